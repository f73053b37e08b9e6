import { defineConfig } from 'vitest/config';
import unit from './vitest.config.ts';

/**
 * The real builds (`npm run test:build`): a base-path build served as a static host would, a second
 * conference, content/site.yaml, and one failing build per kind of bad content. Each build takes tens of
 * seconds; they run one file at a time so that two builds never share the machine's cores.
 */
export default defineConfig({
  ...unit,
  test: {
    ...unit.test,
    include: ['tests/build/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
