/**
 * Builds the Pagefind search index at the end of `astro build` and serves the last build's index
 * under `astro dev`.
 *
 * Only pages with `data-pagefind-body` (the section pages' <article>) are indexed, in German.
 * Before a page goes to Pagefind, the indexer adds to the copy it indexes (not to the page in
 * dist/): an invisible metadata field `terms` with the parts of compound words and the
 * umlaut-free spellings (see src/lib/search/compound-parts.ts), and `data-pagefind-title` on the numbered
 * findings (`#ergebnis-N`) and paragraphs (`#absatz-N`), so results link straight to them.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { compoundSplitter, extraSearchTerms } from '#src/lib/search/compound-parts.ts';
import { loadGermanLexicon } from '#src/integrations/german-dictionary.ts';
import { prepareForIndex } from '#src/lib/search/page-index.ts';
import { buildVocabulary } from '#src/lib/search/typos.ts';
import { buildSynonymTable, shardSynonyms, siteWords } from '#src/lib/search/synonyms.ts';
import { loadSynonymRules, loadThesaurus } from '#src/integrations/synonyms.ts';
import { escapeHtml } from '#src/lib/html.ts';
import { pageAddressOf } from '#src/lib/addresses/built-files.ts';
import { pagefindPath } from '#src/lib/addresses/paths.ts';
import { searchAnswersPath } from '#src/lib/addresses/search-data.ts';
import { searchChunks } from '#src/integrations/search-chunks.ts';
import { contentTypeOf } from '#src/lib/file-types.ts';

/** The vocabulary's file in dist/pagefind/ (its address: `searchVocabularyPath` in src/lib/addresses/paths.ts). */
const VOCABULARY_FILE = 'vocabulary.json';
/** The synonyms' folder in dist/pagefind/, one file per first letter (`searchSynonymsPath`). */
const SYNONYMS_FOLDER = 'synonyme';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A page as the indexer hands it to Pagefind: its address and the copy prepared for indexing. */
interface PreparedPage {
  url: string;
  content: string;
}

/** Fragments (one per indexed page, compressed) are prefetched while together they stay within this. */
const PREFETCH_FRAGMENTS_BYTES = 32 * 1024;

/** An index of `pages`; with `maxFragments`, Pagefind bundles the fragments into that many files. */
async function indexPages(pages: readonly PreparedPage[], maxFragments?: number) {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'de',
    ...(maxFragments ? { maxFragments } : {}),
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const page of pages) {
    const added = await index.addHTMLFile(page);
    if (added.errors.length > 0)
      throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
  }
  return index;
}

/**
 * Writes the index of `pages` to `outputPath`. While the site is small, every page's fragment goes
 * into one file: a first search then needs that one file, whichever sections it finds, and the
 * starter can preload it without preloading fragments that go unused. Where that file would be
 * larger than `PREFETCH_FRAGMENTS_BYTES`, each page keeps a fragment of its own, fetched as results
 * need them (Pagefind's default).
 */
async function writeIndex(pages: readonly PreparedPage[], outputPath: string): Promise<void> {
  let index = await indexPages(pages, 1);
  const { files } = await index.getFiles();
  const fragmentBytes = files
    .filter(({ path }) => path.startsWith('fragment/'))
    .reduce((sum, { content }) => sum + content.length, 0);
  if (fragmentBytes > PREFETCH_FRAGMENTS_BYTES) {
    await index.deleteIndex();
    index = await indexPages(pages);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0)
    throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
}

/** Writes `<dir>/pagefind/` for the built site in `dir`. */
export async function buildSearchIndex(
  dir: string,
  base: string,
  logger: AstroIntegrationLogger,
  code: readonly string[] = [],
): Promise<void> {
  const started = performance.now();
  const parts = compoundSplitter(await loadGermanLexicon());
  // Read first, so that a mistake in content/synonyms.yaml stops the build before the slow part.
  const synonymRules = loadSynonymRules();
  const pages: PreparedPage[] = [];
  const texts: string[] = [];
  for (const file of await htmlFiles(dir)) {
    const html = await readFile(file, 'utf8');
    const prepared = prepareForIndex(html, (text) => {
      texts.push(text);
      return extraSearchTerms(text, parts);
    });
    if (prepared !== undefined)
      pages.push({ url: pageAddressOf(relative(dir, file), base), content: prepared });
  }
  await writeIndex(pages, join(dir, 'pagefind'));
  // The site has its own search UI and highlighter and runs Pagefind without its worker.
  for (const name of await readdir(join(dir, 'pagefind'))) {
    if (UNUSED_FILES.test(name)) await rm(join(dir, 'pagefind', name));
  }
  // The words of the indexed pages, for correcting misspelled queries (see src/lib/search/typos.ts).
  const vocabulary = buildVocabulary(texts);
  await writeFile(join(dir, 'pagefind', VOCABULARY_FILE), JSON.stringify(vocabulary));
  // The thesaurus reduced to what leads to the site's own words (see src/lib/search/synonyms.ts).
  const synonyms = buildSynonymTable(loadThesaurus(), synonymRules, siteWords(texts));
  await mkdir(join(dir, 'pagefind', SYNONYMS_FOLDER), { recursive: true });
  for (const [shard, table] of shardSynonyms(synonyms))
    await writeFile(join(dir, 'pagefind', SYNONYMS_FOLDER, `${shard}.json`), JSON.stringify(table));
  const files = await prefetchFiles(join(dir, 'pagefind'));
  await announcePrefetch(dir, base, files, code);
  logger.info(`Suchindex: ${pages.length} Seiten in ${Math.round(performance.now() - started)} ms`);
}

/**
 * What a first search fetches, in the order Pagefind asks for it: its script, its entry file (under
 * the build's cache tag, see `metaCacheTag` in src/browser/search/pagefind-api.ts), the language's
 * meta file and WebAssembly, the index and filter chunks (all of them: the index is small), and the
 * fragments while they are few (one file, see `writeIndex`): then no request stands between the
 * keystroke and the first result. With more, the search fetches the fragments of the first results
 * first. The vocabulary is not listed: the search fetches it itself, once a query's first results
 * are on their way (src/browser/search/engine.ts), and uses it only for a query that finds little.
 */
async function prefetchFiles(indexDir: string): Promise<{ tag: string; paths: string[] }> {
  const entry = JSON.parse(await readFile(join(indexDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm?: string | null }>;
  };
  const languages = Object.values(entry.languages);
  const tag = languages.map(({ hash }) => hash).join('-');
  const chunks = async (folder: string) =>
    (await readdir(join(indexDir, folder))).sort().map((name) => `${folder}/${name}`);
  const fragments = await chunks('fragment');
  const sizes = await Promise.all(fragments.map(async (path) => (await stat(join(indexDir, path))).size));
  const fragmentBytes = sizes.reduce((sum, size) => sum + size, 0);
  return {
    tag,
    // In the order they are needed: the browser opens only a few connections at a time. The
    // WebAssembly, the largest, first (after the answers and the search code, see announcePrefetch).
    paths: [
      ...languages.map(({ wasm }) => `wasm.${wasm ?? 'unknown'}.pagefind`),
      'pagefind.js',
      `pagefind-entry.json?ts=${tag}`,
      ...languages.map(({ hash }) => `pagefind.${hash}.pf_meta`),
      ...(await chunks('index')),
      ...(fragmentBytes <= PREFETCH_FRAGMENTS_BYTES ? fragments : []),
      ...(await chunks('filter')),
    ],
  };
}

/**
 * Writes the prefetch list (the instant answers, then Pagefind's files) into every built page's search
 * box (`data-search-files`, `data-search-tag`), so the few hundred bytes of its starter can fetch
 * them all at once when the reader moves toward search. Under `astro dev` the attributes are missing and the search loads as Pagefind asks.
 */
async function announcePrefetch(
  dir: string,
  base: string,
  files: { tag: string; paths: string[] },
  code: readonly string[],
): Promise<void> {
  const prefix = pagefindPath('', base);
  const paths = files.paths.map((path) => prefix + path);
  const wasm = paths.filter((path) => path.endsWith('.pagefind'));
  // The instant answers first: a few KB that let the result list answer at the first keystroke; then
  // the WebAssembly (the longest to arrive) and the header search's code, every chunk of it at once
  // rather than one level of imports per round trip; then the rest of Pagefind's files.
  const list = [
    searchAnswersPath(base),
    ...wasm,
    ...code.map((file) => `${base.replace(/\/?$/u, '/')}${file}`),
    ...paths.filter((path) => !wasm.includes(path)),
  ]
    .map(escapeHtml)
    .join(' ');
  const attributes = ` data-search-files="${list}" data-search-tag="${escapeHtml(files.tag)}"`;
  for (const file of await htmlFiles(dir)) {
    const html = await readFile(file, 'utf8');
    const marked = html.replace(/(<[a-z]+\b[^>]*?\sdata-search-box)(?=[\s>])/u, `$1${attributes}`);
    if (marked !== html) await writeFile(file, marked);
  }
}

/** Pagefind's ready-made UIs, its highlighter and its web worker, which this site does not use. */
const UNUSED_FILES = /^pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\.(?:js|css)$/u;

function newestChange(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0);
}

/** The Astro integration: index after every build; serve the last build's index in development. */
export default function pagefindSearch(): AstroIntegration {
  let base = '/';
  let outDir = resolve('dist');
  let root = resolve('.');
  const chunks = searchChunks();
  return {
    name: 'tagungsdoku:pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [chunks.plugin] } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), base, logger, chunks.files());
      },
      'astro:server:setup': ({ server, logger }) => {
        const indexDir = join(outDir, 'pagefind');
        const entry = join(indexDir, 'pagefind-entry.json');
        if (!existsSync(entry)) {
          logger.warn('Kein Suchindex: Die Suche funktioniert erst nach `npm run build`.');
        } else {
          const builtAt = statSync(entry).mtimeMs;
          const changedAt = Math.max(newestChange(join(root, 'content')), newestChange(join(root, 'src')));
          if (changedAt > builtAt) {
            logger.warn(
              'Der Suchindex stammt vom letzten `npm run build` und ist älter als Inhalt oder Code: ' +
                'Treffer können veraltet sein. `npm run build` erneuert ihn.',
            );
          } else {
            logger.info('Suche nutzt den Index des letzten Builds (dist/pagefind/).');
          }
        }
        const prefix = pagefindPath('', base);
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!pathname.startsWith(prefix)) return next();
          const file = resolve(indexDir, decodeURIComponent(pathname.slice(prefix.length)));
          if (!file.startsWith(indexDir) || !existsSync(file) || !statSync(file).isFile()) {
            response.statusCode = 404;
            response.end('Kein Suchindex: bitte `npm run build` ausführen.');
            return;
          }
          response.setHeader('content-type', contentTypeOf(file) ?? 'application/octet-stream');
          response.setHeader('cache-control', 'no-store');
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
