/** Lighthouse 13 scores (mobile settings) for a few pages, in Debian's Chromium. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './util.mjs';

export async function lighthouseScores(origin, pages) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
    logLevel: 'silent',
  });
  const rows = [];
  try {
    for (const { type, path } of pages) {
      const result = await lighthouse(
        origin + path,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        },
        undefined, // default config: mobile form factor, simulated throttling
      );
      const categories = result?.lhr.categories ?? {};
      const score = (id) =>
        categories[id]?.score === null || categories[id]?.score === undefined
          ? null
          : Math.round(categories[id].score * 100);
      const failing = Object.values(result?.lhr.audits ?? {})
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      rows.push({
        type,
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        failing: failing.join(' '),
      });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
