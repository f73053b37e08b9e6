import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The fast tests (`npm run test:unit`, `npx vitest run`): pure modules and the real data module over
 * the real content, no build. `astro:content` is the real collections read by Astro's own loaders
 * (tests/support/astro-content.ts). Real builds have their own config: vitest.build.config.ts.
 */
export default defineConfig({
  resolve: {
    alias: {
      'astro:content': here('./tests/support/astro-content.ts'),
      'astro:container': 'astro/virtual-modules/container.js',
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Worker threads, not child processes: the unit tests ran in 47–51 s instead of 67 s on a quiet
    // 2-core machine (no test changes the working directory or exits the process).
    pool: 'threads',
    // Far from what a test takes on a quiet machine (the slowest, a few seconds), so that a busy one
    // cannot fail a landing.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
