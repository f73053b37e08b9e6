/**
 * Bytes fetched and time taken for one search query, through Pagefind's own JS API in Chromium
 * against a served build (independent of the search UI): cold (first query on a fresh page) and warm.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath, median } from './util.mjs';

export async function measureQuery(dist, origin, query, { repeats = 5 } = {}) {
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) return null;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const cold = [];
    const warm = [];
    let bytes = 0;
    let results = 0;
    for (let run = 0; run < repeats; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let fetched = 0;
      page.on('response', async (response) => {
        if (new URL(response.url()).pathname.includes('/pagefind/')) {
          fetched += (await response.body().catch(() => Buffer.alloc(0))).length;
        }
      });
      await page.goto(`${origin}/404.html`);
      const timing = await page.evaluate(
        async ([term]) => {
          const t0 = performance.now();
          const pagefind = await import('/pagefind/pagefind.js');
          const search = await pagefind.search(term);
          await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
          const t1 = performance.now();
          const again = await pagefind.search(`${term.slice(0, -1)}`);
          await Promise.all(again.results.slice(0, 5).map((result) => result.data()));
          const t2 = performance.now();
          return { cold: t1 - t0, warm: t2 - t1, results: search.results.length };
        },
        [query],
      );
      await page.waitForLoadState('networkidle');
      cold.push(timing.cold);
      warm.push(timing.warm);
      if (run === 0) {
        bytes = fetched;
        results = timing.results;
      }
      await context.close();
    }
    return { query, results, bytes, coldMs: Math.round(median(cold)), warmMs: Math.round(median(warm)) };
  } finally {
    await browser.close();
  }
}
