#!/usr/bin/env node
/**
 * Measures the search in Chromium against the built site (run `npm run build` first) and prints:
 * - time to the first instant answer („Direkt zu“) and to the first full-text result after the
 *   first keystroke of a query, on a cold page (fresh browser
 *   context), two ways: with the field focused one second before the keystroke, and typed at once
 *   after the keystroke that focuses the field (`/`); each unthrottled and under Lighthouse's slow-4G
 *   profile (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, Chromium's network emulation over
 *   CDP); median, min and max of `--runs`;
 * - the chain of requests after the keystroke (one run of each way, slow 4G): when each started and
 *   ended, relative to the keystroke;
 * - warm latency: from a query's input event to its complete results, median of several queries;
 * - bytes fetched for the first query, as sent (tools/serve.mjs --gzip compresses text as hosts do);
 * - the size of the search index in dist/pagefind/.
 * Prints figures only; budgets are judged by a reader of the output, not asserted.
 *
 *   node tools/bench-search.mjs [--port 4590] [--runs 10] [--chromium /usr/bin/chromium]
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { normalizeBase } from '#src/lib/addresses/base.ts';
import { chromiumArgs, chromiumPath, folderSize, formatBytes, median, serve } from './bench/util.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4590' },
    runs: { type: 'string', default: '10' },
    chromium: { type: 'string', default: chromiumPath },
  },
});
const port = Number(values.port);
const runs = Math.max(1, Number(values.runs));
const dist = resolve(process.env.TAGUNGSDOKU_OUT_DIR ?? 'dist');
const base = normalizeBase(process.env.BASE_PATH ?? '/');
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
/** Lighthouse's slow-4G profile, as Chromium's network emulation takes it (bytes per second). */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6e6 / 8) | 0,
  uploadThroughput: (750e3 / 8) | 0,
};

const spread = (numbers) =>
  `median ${median(numbers).toFixed(0)} ms (min ${Math.min(...numbers).toFixed(0)}, max ${Math.max(...numbers).toFixed(0)})`;

/**
 * Resolves, once the header's result list shows a full-text result, with that time and the time it
 * first showed an instant answer („Direkt zu“; the full-text time if none came before).
 */
function waitForFirstResult(page) {
  return page.evaluate(
    () =>
      new Promise((done) => {
        let answerAt;
        const check = () => {
          if (
            answerAt === undefined &&
            document.querySelector('[data-search-results] li[data-search-answers] a')
          )
            answerAt = performance.now();
          if (document.querySelector('[data-search-results] li.search-hit a')) {
            observer.disconnect();
            const hitAt = performance.now();
            done({ hitAt, answerAt: answerAt ?? hitAt });
            return true;
          }
          return false;
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true });
        check();
      }),
  );
}

/** Resolves when the header's status names the query (the list is complete), with the time. */
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

/**
 * One cold first search. `focusedBefore`: press `/`, wait a second, then type the query (the clock
 * starts at the query's input event); otherwise the query follows `/` at once (the clock starts at
 * the `/` keydown). Times are the page's own (event time stamps, resource timing).
 */
async function coldSearch(browser, { throttled, focusedBefore }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let searchRequestsBeforeOpen = 0;
  let opened = false;
  page.on('requestfinished', (request) => {
    if (!opened && /\/pagefind\/|\/(header|engine|render|answers)\.|antworten\.json/u.test(request.url()))
      searchRequestsBeforeOpen += 1;
  });
  await page.goto(startPage, { waitUntil: 'networkidle' });
  const loadedAt = await page.evaluate(() => performance.now());
  if (throttled) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  const arm = (type) =>
    page.evaluate((eventType) => {
      window.__benchStart = undefined;
      window.addEventListener(eventType, (event) => (window.__benchStart ??= event.timeStamp), {
        capture: true,
        once: true,
      });
    }, type);
  const first = waitForFirstResult(page);
  opened = true;
  if (focusedBefore) {
    await page.keyboard.press('/');
    await page.waitForTimeout(1000);
    await arm('input');
    await page.keyboard.insertText(coldQuery);
  } else {
    await arm('keydown');
    await page.keyboard.press('/');
    await page.keyboard.insertText(coldQuery);
  }
  const { hitAt: shownAt, answerAt } = await first;
  await page.waitForLoadState('networkidle');
  const { start, entries } = await page.evaluate(
    (after) => ({
      start: window.__benchStart,
      entries: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime > after)
        .map((entry) => ({
          url: entry.name,
          startTime: entry.startTime,
          responseEnd: entry.responseEnd,
          size: entry.encodedBodySize,
        })),
    }),
    loadedAt,
  );
  await context.close();
  return {
    elapsed: shownAt - start,
    answer: answerAt - start,
    bytes: entries.reduce((sum, entry) => sum + entry.size, 0),
    searchRequestsBeforeOpen,
    chain: entries.map((entry) => ({
      path: new URL(entry.url).pathname + new URL(entry.url).search,
      start: entry.startTime - start,
      end: entry.responseEnd - start,
      beforeFirst: entry.startTime < shownAt,
    })),
    firstAt: shownAt - start,
  };
}

const stopServer = await serve(dist, port, { base, gzip: true });
try {
  const browser = await chromium.launch({ executablePath: values.chromium, args: chromiumArgs });
  const ways = [
    { name: 'focused 1 s before the first keystroke', focusedBefore: true },
    { name: 'typed at once after "/"', focusedBefore: false },
  ];
  const results = [];
  let searchRequestsBeforeOpen = 0;
  const bytes = [];
  for (const throttled of [false, true]) {
    for (const way of ways) {
      const times = [];
      const answers = [];
      let chain = [];
      let firstAt = 0;
      for (let run = 0; run < runs; run += 1) {
        const outcome = await coldSearch(browser, { throttled, focusedBefore: way.focusedBefore });
        times.push(outcome.elapsed);
        answers.push(outcome.answer);
        searchRequestsBeforeOpen += outcome.searchRequestsBeforeOpen;
        if (!throttled) bytes.push(outcome.bytes);
        if (run === 0) ({ chain, firstAt } = outcome);
      }
      results.push({ throttled, way: way.name, times, answers, chain, firstAt });
    }
  }
  // Warm: each further query as one input event, timed from that event to its complete results.
  const warm = [];
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(startPage, { waitUntil: 'networkidle' });
    const ready = waitForResults(page, coldQuery);
    await page.keyboard.press('/');
    await page.keyboard.insertText(coldQuery);
    await ready;
    for (let round = 0; round < 2; round += 1) {
      for (const query of warmQueries) {
        const done = waitForResults(page, query);
        await page.locator('[data-search-input]').selectText();
        const at = await page.evaluate(() => performance.now());
        await page.keyboard.insertText(query);
        warm.push((await done) - at);
      }
    }
    await context.close();
  }
  await browser.close();

  const indexDir = join(dist, 'pagefind');
  const fragmentsDir = join(indexDir, 'fragment');
  console.log(`Search benchmark (Chromium, ${origin}, ${runs} cold runs per case, query "${coldQuery}")`);
  console.log(`  search requests before search was opened: ${searchRequestsBeforeOpen}`);
  for (const { throttled, way, times, answers } of results) {
    console.log(
      `  first instant answer, ${throttled ? 'slow 4G' : 'unthrottled'}, ${way}: ${spread(answers)}`,
    );
    console.log(
      `  first full-text result, ${throttled ? 'slow 4G' : 'unthrottled'}, ${way}: ${spread(times)}`,
    );
  }
  console.log(
    `  warm (complete results after an input event): ${spread(warm)}; median ${median(warm).toFixed(1)} ms`,
  );
  console.log(
    `  bytes fetched for the first query: ${formatBytes(median(bytes))} as sent (text gzip-compressed, as hosts send it)`,
  );
  console.log(
    `  index: ${formatBytes(folderSize(indexDir).bytes)} in dist/pagefind (fragments ${formatBytes(folderSize(fragmentsDir).bytes)})`,
  );
  for (const { throttled, way, chain, firstAt } of results.filter((result) => result.throttled)) {
    console.log(
      `  request chain, ${throttled ? 'slow 4G' : 'unthrottled'}, ${way}, first run ` +
        `(ms from the keystroke; first result at ${firstAt.toFixed(0)} ms; * = started before it):`,
    );
    for (const { path, start, end, beforeFirst } of chain) {
      console.log(
        `    ${beforeFirst ? '*' : ' '} ${start.toFixed(0).padStart(6)} → ${end.toFixed(0).padStart(6)}  ${path}`,
      );
    }
  }
} finally {
  stopServer();
}
