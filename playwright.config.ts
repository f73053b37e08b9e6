import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, testBrowserPath } from './tools/chromium.mjs';

/** Browser tests run against the built site (`npm run build` first), served as a static host would. */
const port = Number(process.env.TEST_PORT ?? 4500);
const basePath = process.env.BASE_PATH ?? '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // As many workers as the machine has cores (2 on the project's machines).
  workers: availableParallelism(),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'de-DE',
    launchOptions: {
      executablePath: testBrowserPath,
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `node tools/serve.mjs --port ${port} --base ${basePath}`,
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
