/**
 * Makes the site's web font once, and the fallback faces that keep the page from shifting while it loads:
 *
 * 1. Source Serif 4 Regular and SemiBold from the TTFs in `@expo-google-fonts/source-serif-4`, subset to
 *    the characters of src/lib/fonts.ts, as WOFF2 into `src/assets/fonts/` (the semibold is fetched only
 *    by a page that sets serif text in bold: the home page's figures, the search's result titles, bold
 *    words in a report; no browser has to fake a bold);
 * 2. `src/styles/fonts.css`: the @font-face of those files (font-display: swap: text paints at once), and
 *    one fallback face per common system serif (Georgia on Apple systems and Windows, Noto Serif on
 *    Android, DejaVu Serif on Linux)
 *    whose size-adjust and ascent/descent/line-gap overrides give it Source Serif 4's width and line
 *    box, so that nothing moves when the web font arrives (CLS 0).
 *
 * Widths: the system fonts' average widths from `@capsizecss/metrics` where it has them, else measured
 * from the font file on this machine with HarfBuzz over German text. Commit the results; run again only
 * when the subset or a package changes: `node_modules/.bin/node tools/fonts.mjs`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { format, resolveConfig } from 'prettier';
import { entireMetricsCollection as metrics } from '@capsizecss/metrics/entireMetricsCollection';
import { SERIF_FAMILY, serifTtfPath, webSubsetText } from '#src/lib/fonts.ts';

const require = createRequire(import.meta.url);
const hb = await require('harfbuzzjs');

const cssFile = new URL('../src/styles/fonts.css', import.meta.url);

/** The web faces: the file each is written to and the TTF it is made from. */
const webFaces = [
  { weight: 400, face: 'regular' },
  { weight: 600, face: 'semibold' },
].map((entry) => ({
  ...entry,
  file: new URL(`../src/assets/fonts/source-serif-4-${entry.weight}.woff2`, import.meta.url),
}));

const regular = readFileSync(serifTtfPath('regular'));
const written = [];
for (const { face, file } of webFaces) {
  const woff2 = await subsetFont(readFileSync(serifTtfPath(face)), webSubsetText(), {
    targetFormat: 'woff2',
    // Kerning, ligatures, marks and the tabular figures of section numbers; nothing else (small caps,
    // fractions and the like would each bring their glyphs). No hinting: screens render without it.
    keepFeatures: ['kern', 'liga', 'locl', 'ccmp', 'mark', 'mkmk', 'tnum'],
    noHinting: true,
    preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 13, 14],
  });
  await writeFile(file, woff2);
  written.push(`${file.pathname}: ${woff2.byteLength} bytes`);
}

/** A German sample for measured widths: the opening of the report's summary. */
const SAMPLE =
  'Die zweite Fachtagung des Forschungsprojekts zielte auf einen Wissenschaft-Praxis-Transfer, indem ' +
  'aktuelle Forschungsergebnisse zum Stand und zu Gelingensbedingungen der sozialräumlichen Integration ' +
  'geflüchteter Menschen wissenschaftlich betrachtet wurden. Übergänge, Größe, Straßen: „Räume“.';

/** The sample's advance width in em, shaped by HarfBuzz. */
function sampleWidth(bytes) {
  const blob = hb.createBlob(bytes);
  const face = hb.createFace(blob, 0);
  const font = hb.createFont(face);
  const buffer = hb.createBuffer();
  buffer.addText(SAMPLE);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const width = buffer.json().reduce((sum, glyph) => sum + glyph.ax, 0) / face.upem;
  for (const item of [buffer, font, face, blob]) item.destroy();
  return width;
}

/** hhea ascender, descender and line gap, and units per em, read from a TTF. */
function verticalMetrics(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map();
  for (let index = 0; index < view.getUint16(4); index++) {
    const at = 12 + 16 * index;
    tables.set(String.fromCharCode(...bytes.subarray(at, at + 4)), view.getUint32(at + 8));
  }
  const hhea = tables.get('hhea');
  const head = tables.get('head');
  return {
    ascent: view.getInt16(hhea + 4),
    descent: view.getInt16(hhea + 6),
    lineGap: view.getInt16(hhea + 8),
    unitsPerEm: view.getUint16(head + 18),
  };
}

const serif = { ...verticalMetrics(regular), xWidthAvg: metrics.sourceSerif4.xWidthAvg };
const serifSample = sampleWidth(regular);

const fallbacks = [
  { name: 'Georgia', local: ['Georgia'], metrics: metrics.georgia },
  { name: 'Noto Serif', local: ['Noto Serif', 'NotoSerif-Regular'], metrics: metrics.notoSerif },
  {
    name: 'DejaVu Serif',
    local: ['DejaVu Serif', 'DejaVuSerif'],
    file: '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
  },
];

const percent = (value) => `${(value * 100).toFixed(2)}%`;
const faces = [];
for (const fallback of fallbacks) {
  let sizeAdjust;
  if (fallback.metrics) {
    sizeAdjust =
      serif.xWidthAvg / serif.unitsPerEm / (fallback.metrics.xWidthAvg / fallback.metrics.unitsPerEm);
  } else if (fallback.file && existsSync(fallback.file)) {
    sizeAdjust = serifSample / sampleWidth(readFileSync(fallback.file));
  } else {
    throw new Error(`No metrics for ${fallback.name}: add its font file or capsize metrics.`);
  }
  faces.push(`@font-face {
  font-family: '${SERIF_FAMILY} ${fallback.name}';
  src: ${fallback.local.map((name) => `local('${name}')`).join(', ')};
  size-adjust: ${percent(sizeAdjust)};
  ascent-override: ${percent(serif.ascent / serif.unitsPerEm / sizeAdjust)};
  descent-override: ${percent(-serif.descent / serif.unitsPerEm / sizeAdjust)};
  line-gap-override: ${percent(serif.lineGap / serif.unitsPerEm / sizeAdjust)};
}`);
}

const css = `/*
 * Made by tools/fonts.mjs: do not edit by hand. Source Serif 4 (SIL Open Font License), subset to Latin
 * and German, painted at once with a system serif shaped to its metrics until it has loaded.
 */
${webFaces
  .map(
    ({ weight }) => `@font-face {
  font-family: '${SERIF_FAMILY}';
  src: url('../assets/fonts/source-serif-4-${weight}.woff2') format('woff2');
  font-weight: ${weight};
  font-style: normal;
  font-display: swap;
}`,
  )
  .join('\n')}
${faces.join('\n')}
`;
// Written as the project's Prettier writes CSS, so that `npm run format:check` passes on it.
const options = (await resolveConfig(cssFile.pathname)) ?? {};
await writeFile(cssFile, await format(css, { ...options, filepath: cssFile.pathname }));
console.log(`${written.join('\n')}\n${cssFile.pathname}: ${fallbacks.length} fallback faces`);
