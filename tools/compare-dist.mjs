/**
 * Compares two builds of the site, for changes that must not change what is published:
 *   node tools/compare-dist.mjs BEFORE AFTER
 * Build both with the same SOURCE_DATE_EPOCH. Pages, feeds, data, Markdown, text, BibTeX and RIS are
 * compared as text, with asset names, CSP hashes and white space ignored; PDF and EPUB by their text
 * (pdftotext; the EPUB's XHTML without tags); JavaScript and CSS by their summed size; everything else
 * by presence. Prints each difference and exits 1 when there is one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node tools/compare-dist.mjs BEFORE AFTER');
  process.exit(2);
}

const TEXT = new Set(['.html', '.xml', '.json', '.md', '.txt', '.bib', '.ris', '.webmanifest', '']);
const SIZED = new Set(['.js', '.css', '.mjs']);

/** Every file below `dir`, as paths relative to it with `/`. */
function filesOf(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => statSync(join(dir, file)).isFile());
}

/** A file's name with build hashes taken out: `_astro/page.B1a2C3d4.js` → `_astro/page.js`. */
function stableName(file) {
  return file.replace(/([./_-])[A-Za-z0-9_-]{8,}(\.[a-z]+)$/u, '$2').replace(/^pagefind\/.*$/u, 'pagefind/*');
}

/** Text with what changes from build to build taken out. */
function stableText(text) {
  return text
    .replace(/\/_astro\/([\w.-]+)\.[A-Za-z0-9_-]{8}\.(\w+)\b/gu, '/_astro/$1.$2')
    .replace(/'sha(256|384|512)-[A-Za-z0-9+/=]+'/gu, "'sha$1-…'")
    .replace(/\b([a-z]{2})_[0-9a-f]{6,}\b/gu, '$1_…')
    .replace(/\s+/gu, ' ')
    .replace(/> ?</gu, '>\n<')
    .replace(/([.!?:;]) /gu, '$1\n')
    .replace(/\}/gu, '}\n')
    .trim();
}

function pdfText(path) {
  const result = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  if (result.status !== 0) return `(pdftotext failed: ${result.stderr})`;
  return result.stdout;
}

function epubText(path) {
  const files = unzipSync(readFileSync(path));
  return Object.keys(files)
    .filter((name) => /\.(x?html|opf|ncx)$/u.test(name))
    .sort()
    .map((name) => `${name}\n${strFromU8(files[name]).replace(/<[^>]+>/gu, ' ')}`)
    .join('\n');
}

function contentOf(dir, file) {
  const path = join(dir, file);
  const extension = extname(file);
  if (extension === '.pdf') return pdfText(path);
  if (extension === '.epub') return epubText(path);
  return readFileSync(path, 'utf8');
}

const scratch = mkdtempSync(join(tmpdir(), 'compare-dist-'));
function showDiff(name, left, right) {
  const a = join(scratch, 'a');
  const b = join(scratch, 'b');
  writeFileSync(a, `${left}\n`);
  writeFileSync(b, `${right}\n`);
  const result = spawnSync('diff', ['-U1', a, b], { encoding: 'utf8' });
  const lines = result.stdout.split('\n').slice(2);
  console.log(`\n≠ ${name}`);
  const shown = lines.slice(0, 40).map((line) => (line.length > 240 ? `${line.slice(0, 240)} …` : line));
  console.log(shown.join('\n') + (lines.length > 40 ? `\n  … ${lines.length - 40} more lines` : ''));
}

const left = new Map();
for (const file of filesOf(before)) left.set(stableName(file), [...(left.get(stableName(file)) ?? []), file]);
const right = new Map();
for (const file of filesOf(after))
  right.set(stableName(file), [...(right.get(stableName(file)) ?? []), file]);

let differences = 0;
const sizes = { before: { js: 0, css: 0, pagefind: 0 }, after: { js: 0, css: 0, pagefind: 0 } };
for (const [side, dir, map] of [
  ['before', before, left],
  ['after', after, right],
]) {
  for (const files of map.values()) {
    for (const file of files) {
      const size = statSync(join(dir, file)).size;
      if (file.startsWith('pagefind/')) sizes[side].pagefind += size;
      else if (extname(file) === '.css') sizes[side].css += size;
      else if (SIZED.has(extname(file))) sizes[side].js += size;
    }
  }
}

for (const name of [...new Set([...left.keys(), ...right.keys()])].sort()) {
  const a = left.get(name);
  const b = right.get(name);
  if (!a || !b) {
    differences += 1;
    console.log(`\n${a ? '− only before' : '+ only after'}: ${(a ?? b).join(', ')}`);
    continue;
  }
  const extension = extname(name);
  if (name === 'pagefind/*' || SIZED.has(extension)) continue;
  if (!(TEXT.has(extension) || extension === '.pdf' || extension === '.epub')) {
    const sizeA = a.reduce((sum, file) => sum + statSync(join(before, file)).size, 0);
    const sizeB = b.reduce((sum, file) => sum + statSync(join(after, file)).size, 0);
    if (sizeA !== sizeB) console.log(`\n~ ${name}: ${sizeA} B → ${sizeB} B (binary, compared by size)`);
    continue;
  }
  if (a.length !== 1 || b.length !== 1) continue;
  const textA = stableText(contentOf(before, a[0]));
  const textB = stableText(contentOf(after, b[0]));
  if (textA !== textB) {
    differences += 1;
    showDiff(name, textA, textB);
  }
}

for (const kind of ['js', 'css', 'pagefind']) {
  const delta = sizes.after[kind] - sizes.before[kind];
  console.log(
    `${kind}: ${sizes.before[kind]} B → ${sizes.after[kind]} B (${delta >= 0 ? '+' : ''}${delta} B)`,
  );
}
console.log(differences === 0 ? 'No differences in published text.' : `${differences} files differ.`);
process.exit(differences === 0 ? 0 : 1);
