#!/usr/bin/env node
/**
 * `npm run bench`: builds the site and prints what it costs. Writes the same figures as JSON to
 * .bench/ (ignored by git). Nothing here is asserted: the tests assert sizes, this measures times.
 *
 *   npm run bench                  everything, with Lighthouse on the fixture conference's section pages
 *   npm run bench -- --quick       one build, no Lighthouse, scale test with 10 and 100 pages only
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { lighthouseScores } from './bench/lighthouse.mjs';
import { materialsLighthouse } from './bench/materials.mjs';
import { measureQuery } from './bench/query.mjs';
import { scaleTest } from './bench/scale.mjs';
import { folderSize, formatBytes, median, project, serve, table, timedBuild, walk } from './bench/util.mjs';
import { measurePageWeights } from './bench/weights.mjs';

const { values: options } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const port = Number(process.env.BENCH_PORT ?? 4590);
const origin = `http://127.0.0.1:${port}`;
const dist = join(project, 'dist');
const report = { date: new Date().toISOString(), quick: options.quick };

// 1. Build time: median of three production builds that draw every social card and typeset the
//    PDF (as on a fresh clone), then one build that takes cards and PDF from the caches the last of
//    them filled (as when a maintainer builds again). The last build stays in dist/.
const runs = options.quick ? 1 : 3;
const buildTimes = [];
for (let run = 0; run < runs; run += 1)
  buildTimes.push(
    timedBuild({ env: { BASE_PATH: '/', TAGUNGSDOKU_CARD_CACHE: 'off', TAGUNGSDOKU_DOWNLOAD_CACHE: 'off' } }),
  );
for (const cache of ['tagungsdoku-cards', 'tagungsdoku-downloads'])
  rmSync(join(project, 'node_modules', '.cache', cache), { recursive: true, force: true });
timedBuild({ env: { BASE_PATH: '/' } });
const cachedBuildMs = timedBuild({ env: { BASE_PATH: '/' } });
report.build = {
  runs: buildTimes.map((ms) => Math.round(ms)),
  medianMs: Math.round(median(buildTimes)),
  cachedCardsMs: Math.round(cachedBuildMs),
};

// 2. What was built.
const htmlFiles = walk(dist).filter((file) => file.endsWith('.html'));
report.pages = htmlFiles.length;
report.pagefind = folderSize(join(dist, 'pagefind'));
const sectionPages = htmlFiles
  .map((file) => file.slice(dist.length).replace(/index\.html$/u, ''))
  .filter(
    (path) =>
      /^\/[^/]+\/[^/]+\/$/u.test(path) &&
      !/^\/(referierende|themen|institutionen|orte|register|suche)\//u.test(path),
  );
const longestSection = sectionPages.reduce((a, b) =>
  statSync(join(dist, b, 'index.html')).size > statSync(join(dist, a, 'index.html')).size ? b : a,
);
const exists = (path) => {
  try {
    return statSync(join(dist, path, 'index.html')).isFile();
  } catch {
    return false;
  }
};
const pageTypes = [
  { type: 'home', path: '/' },
  { type: 'section (longest)', path: longestSection },
  { type: 'whole report', path: `/${longestSection.split('/')[1]}/` },
  ...['/referierende/', '/register/']
    .filter(exists)
    .slice(0, 1)
    .map((path) => ({ type: 'register', path })),
  ...(exists('/suche/') ? [{ type: 'search', path: '/suche/' }] : []),
  { type: '404', path: '/404.html' },
];

const stop = await serve(dist, port);
try {
  // 3. Bytes per page type, as Chromium loads them.
  report.weights = await measurePageWeights(dist, origin, pageTypes);
  // 4. One search query against the index.
  report.query = await measureQuery(dist, origin, 'Nadelmethode');
  // 5. Lighthouse on the home, a section, the whole report, a register and the search page.
  if (!options.quick) {
    report.lighthouse = await lighthouseScores(
      origin,
      pageTypes.filter((page) =>
        ['home', 'section (longest)', 'whole report', 'register', 'search'].includes(page.type),
      ),
    );
  }
} finally {
  stop();
}

// 6. Lighthouse on the fixture conference's section pages: slides, photos, a video, a platform recording.
if (!options.quick) report.lighthouseMaterials = await materialsLighthouse(port + 2);

// 7. Scale test.
report.scale = await scaleTest(options.quick ? [10, 100] : [10, 100, 1000], port + 1);

// Print.
const kb = (bytes) => formatBytes(bytes);
console.log(`\nTagungsdoku benchmark, ${report.date}${options.quick ? ' (quick)' : ''}\n`);
console.log(
  `Build time: median ${(report.build.medianMs / 1000).toFixed(2)} s of ${runs} ` +
    `(${report.build.runs.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s), drawing every social card`,
);
console.log(
  `Build time with the social cards from the cache: ${(report.build.cachedCardsMs / 1000).toFixed(2)} s`,
);
console.log(`Pages: ${report.pages}`);
console.log(`Pagefind index: ${kb(report.pagefind.bytes)} in ${report.pagefind.files} files\n`);
console.log(
  'Bytes per page type (before any interaction; gzip as a CDN would send it; inline CSS/JS also counted in HTML)',
);
console.log(
  table(
    report.weights.map((row) => ({
      page: `${row.type} ${row.path}`,
      'HTML raw/gz': `${kb(row.htmlRaw)} / ${kb(row.htmlGzip)}`,
      'CSS raw/gz': `${kb(row.cssRaw)} / ${kb(row.cssGzip)}`,
      'JS raw/gz': `${kb(row.jsRaw)} / ${kb(row.jsGzip)}`,
      'to first paint raw/gz': `${kb(row.firstPaintRaw)} / ${kb(row.firstPaintGzip)}`,
      'FCP ms': row.fcpMs ?? 'n/a',
    })),
    ['page', 'HTML raw/gz', 'CSS raw/gz', 'JS raw/gz', 'to first paint raw/gz', 'FCP ms'],
  ),
);
console.log(
  report.query
    ? `\nOne query („${report.query.query}“, ${report.query.results} results, first 5 loaded): ` +
        `${kb(report.query.bytes)} fetched, cold ${report.query.coldMs} ms, warm ${report.query.warmMs} ms (Pagefind API, median of 5)`
    : '\nSearch: no Pagefind index in dist/',
);
const lighthouseTables = [
  ['Lighthouse 13, mobile', report.lighthouse],
  [
    'Lighthouse 13, mobile: the fixture conference with materials, photos and recordings',
    report.lighthouseMaterials,
  ],
];
for (const [title, rows] of lighthouseTables) {
  if (!rows) continue;
  console.log(`\n${title}`);
  console.log(
    table(rows, ['type', 'path', 'performance', 'accessibility', 'bestPractices', 'seo', 'failing']),
  );
}
console.log('\nScale test (synthetic conferences)');
console.log(
  table(
    report.scale.map((row) => ({
      sections: row.sections,
      pages: row.pages,
      'build s': row.buildS,
      index: `${kb(row.indexBytes)} (${row.indexFiles} files)`,
      'one query': row.queryBytes === null ? 'n/a' : `${kb(row.queryBytes)}, ${row.queryColdMs} ms`,
    })),
    ['sections', 'pages', 'build s', 'index', 'one query'],
  ),
);

mkdirSync(join(project, '.bench'), { recursive: true });
const stamp = report.date.replace(/[:.]/gu, '-');
writeFileSync(join(project, '.bench', `bench-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(project, '.bench', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWritten to .bench/bench-${stamp}.json`);
