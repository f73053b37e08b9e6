import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '~': here('./src'),
      // The real collections read by Astro's own loaders (tests/support/astro-content.ts).
      'astro:content': here('./tests/support/astro-content.ts'),
      'astro:container': 'astro/virtual-modules/container.js',
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 10_000,
  },
});
