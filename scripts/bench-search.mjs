#!/usr/bin/env node
/**
 * Measures the search in Chromium against the built site (run `npm run build` first) and prints:
 * - first-result latency on a cold page: from the keystroke that opens search (`/`, with the query
 *   typed right after it) to the first result on screen, in a fresh browser context;
 * - warm latency: from a query's input event to its results, median of several queries;
 * - bytes fetched for the first query (response bodies as scripts/serve.mjs sends them, uncompressed);
 * - the size of the search index in dist/pagefind/.
 * Prints figures only; budgets are judged by a reader of the output, not asserted.
 *
 *   node scripts/bench-search.mjs [--port 4590] [--runs 5] [--chromium /usr/bin/chromium]
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4590' },
    runs: { type: 'string', default: '5' },
    chromium: { type: 'string', default: chromiumPath },
  },
});
const port = Number(values.port);
const runs = Math.max(1, Number(values.runs));
const dist = resolve(process.env.TAGUNGSDOKU_OUT_DIR ?? 'dist');
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/gu, '')}/`.replace('//', '/');
const origin = `http://127.0.0.1:${port}`;
const startPage = `${origin}${base}tagung-2018/raumerleben/`;
const coldQuery = 'Farrokhzad';
const warmQueries = [
  'Köln',
  'Nadelmethode',
  'Ehrenamt',
  'konzepte',
  'Duesseldorf',
  'Welcome Points',
  'befragung',
];

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function sizeOf(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Resolves when the header's status names the query, with the time of that moment. */
function waitForResults(page, query) {
  return page.evaluate(
    (wanted) =>
      new Promise((done) => {
        const status = document.querySelector('[data-search-status]');
        const check = () => {
          if (
            status?.textContent?.includes(`„${wanted}“`) &&
            document.querySelector('[data-search-results] a')
          ) {
            observer.disconnect();
            done(performance.now());
            return true;
          }
          return false;
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        check();
      }),
    query,
  );
}

async function waitForServer() {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      if ((await fetch(`${origin}${base}`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`scripts/serve.mjs did not answer on ${origin}${base}`);
}

const server = spawn(
  process.execPath,
  ['scripts/serve.mjs', '--port', String(port), '--base', base, '--dir', dist],
  { stdio: 'ignore' },
);
try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: values.chromium,
    args: chromiumArgs,
  });
  const cold = [];
  const bytes = [];
  const warm = [];
  let searchRequestsBeforeOpen = 0;
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const responses = [];
    let afterLoad = false;
    page.on('requestfinished', async (request) => {
      if (!afterLoad) {
        if (/\/pagefind\/|\/(header|engine|render)\./u.test(request.url())) searchRequestsBeforeOpen += 1;
        return;
      }
      responses.push(request.sizes().then((sizes) => sizes.responseBodySize));
    });
    await page.goto(startPage, { waitUntil: 'networkidle' });
    afterLoad = true;
    // Cold: the keystroke that opens search starts the clock; the query follows at once.
    const results = waitForResults(page, coldQuery);
    const started = await page.evaluate(() => performance.now());
    await page.keyboard.press('/');
    await page.keyboard.insertText(coldQuery);
    cold.push((await results) - started);
    await page.waitForLoadState('networkidle');
    bytes.push((await Promise.all(responses)).reduce((sum, size) => sum + size, 0));
    // Warm: each further query as one input event, timed from that event to its results.
    for (const query of warmQueries) {
      const done = waitForResults(page, query);
      const input = page.locator('[data-search-input]');
      await input.selectText();
      const at = await page.evaluate(() => performance.now());
      await page.keyboard.insertText(query);
      warm.push((await done) - at);
    }
    await context.close();
  }
  await browser.close();

  const indexDir = join(dist, 'pagefind');
  const searchFiles = readdirSync(indexDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/pagefind-(?:component-|modular-)?ui|pagefind-highlight/u.test(file));
  const fragmentsDir = join(indexDir, 'fragment');
  console.log(`Search benchmark (Chromium, ${origin}, ${runs} cold runs, ${warm.length} warm queries)`);
  console.log(`  search requests before search was opened: ${searchRequestsBeforeOpen}`);
  console.log(
    `  first result, cold page ("/" + "${coldQuery}"): median ${median(cold).toFixed(0)} ms ` +
      `(min ${Math.min(...cold).toFixed(0)}, max ${Math.max(...cold).toFixed(0)})`,
  );
  console.log(
    `  first result, warm: median ${median(warm).toFixed(1)} ms (min ${Math.min(...warm).toFixed(1)}, max ${Math.max(...warm).toFixed(1)})`,
  );
  console.log(`  bytes fetched for the first query: ${kb(median(bytes))} (uncompressed, as served)`);
  console.log(
    `  index: ${kb(searchFiles.reduce((sum, file) => sum + statSync(file).size, 0))} in dist/pagefind used by the search ` +
      `(all files ${kb(sizeOf(indexDir))}; fragments ${kb(sizeOf(fragmentsDir))})`,
  );
} finally {
  server.kill();
}
