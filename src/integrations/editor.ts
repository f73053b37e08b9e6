/**
 * The editor for the content team at `/admin/` (Sveltia CMS): written into the build after the pages,
 * and served by `astro dev`, where it edits the working copy („Mit lokalem Repository arbeiten“).
 * Its page, its configuration (from `src/schemas/`), the bundle with every third-party address made
 * the site's own, the interface strings and the fonts all come from the installed npm packages; see
 * `src/lib/editor/` and docs/im-browser-bearbeiten.md. The page is not a reader's page: the sitemap,
 * the search index and the feeds leave it out (`isEditorFile` in src/lib/addresses/built-files.ts).
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { joinBase } from '#src/lib/addresses/base.ts';
import { editorConfig, repositoryFromEnv } from '#src/lib/editor/config.ts';
import { withGermanAdditions } from '#src/lib/editor/german-strings.ts';
import {
  EDITOR_FOLDER,
  LIBRARIES,
  editorPage,
  isFileAddress,
  pinnedVersion,
  statusAnswers,
  thirdPartyAddresses,
  servedBundle,
} from '#src/lib/editor/self-hosted.ts';
import { contentTypeOf } from '#src/lib/file-types.ts';

/**
 * The folder an npm package is installed in, found the way Node finds it: in `node_modules` of the
 * project or of a folder above (a scratch copy of the project in `.tmp/` uses the project's). Looked up
 * by hand, because the packages' `exports` hide their `package.json` and their files from `require`.
 */
function packageDir(project: string, name: string): string {
  for (let folder = project; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'node_modules', name, 'package.json')))
      return join(folder, 'node_modules', name);
    if (dirname(folder) === folder)
      throw new Error(`The editor needs the npm package ${name}: run npm install.`);
  }
}

/** The folder `@sveltia/cms` is installed in, and its version. */
function sveltia(project: string): { root: string; version: string } {
  const root = packageDir(project, '@sveltia/cms');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { root, version };
}

/** The fonts the bundle asks for, from the `@fontsource` packages of the same releases. */
const fonts: Record<string, [string, string]> = {
  'fonts/source-sans-3-latin-wght-normal.woff2': [
    '@fontsource-variable/source-sans-3',
    'files/source-sans-3-latin-wght-normal.woff2',
  ],
  'fonts/noto-mono-latin-400-normal.woff2': [
    '@fontsource/noto-mono',
    'files/noto-mono-latin-400-normal.woff2',
  ],
  'fonts/material-symbols-outlined-latin-wght-normal.woff2': [
    '@fontsource-variable/material-symbols-outlined',
    'files/material-symbols-outlined-latin-wght-normal.woff2',
  ],
};

/** Every file below `/admin/`, by its path there (`index.html`, `cms@0.221.1/locales/de.json` …). */
export function editorFiles(
  project: string,
  base: string,
  env: NodeJS.ProcessEnv = process.env,
): Map<string, string | Buffer> {
  const repository = repositoryFromEnv(env);
  const { root, version } = sveltia(project);
  const files = new Map<string, string | Buffer>();
  files.set('index.html', editorPage(base, repository));
  files.set('config.json', `${JSON.stringify(editorConfig({ base, repository }), null, 2)}\n`);
  const bundle = readFileSync(join(root, 'dist', 'sveltia-cms.js'), 'utf8');
  // The bundle's last line points to a source map that is not shipped.
  files.set('sveltia-cms.js', servedBundle(bundle, base).replace(/\n\/\/# sourceMappingURL=\S+\s*$/u, '\n'));
  // React, loaded only by custom widgets (none here), lies beside the bundle as the bundle expects.
  files.set('chunks/react-dom.js', readFileSync(join(root, 'dist', 'chunks', 'react-dom.js'), 'utf8'));
  // Every language's interface strings: the editor follows the browser's language (German for the team).
  for (const name of readdirSync(join(root, 'locales'))) {
    files.set(`cms@${version}/locales/${name}`, readFileSync(join(root, 'locales', name)));
  }
  // German for the strings the package's German file still lacks (src/lib/editor/german-strings.ts).
  const german = JSON.parse(readFileSync(join(root, 'locales', 'de.json'), 'utf8')) as Parameters<
    typeof withGermanAdditions
  >[0];
  files.set(`cms@${version}/locales/de.json`, `${JSON.stringify(withGermanAdditions(german), null, 2)}\n`);
  files.set('cms/package.json', `${JSON.stringify({ name: '@sveltia/cms', version })}\n`);
  for (const [path, answer] of Object.entries(statusAnswers)) files.set(path, `${answer}\n`);
  for (const [path, [name, file]] of Object.entries(fonts)) {
    files.set(path, readFileSync(join(packageDir(project, name), file)));
  }
  // The libraries it loads on demand, in the version it asks for (src/lib/editor/self-hosted.ts).
  for (const { name, files: paths } of LIBRARIES) {
    const folder = packageDir(project, name);
    const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string };
    const wanted = pinnedVersion(bundle, name);
    if (wanted !== version) {
      throw new Error(
        `The editor loads ${name}@${wanted ?? '?'}, but ${version} is installed: install ${name}@${wanted ?? '?'}.`,
      );
    }
    for (const path of paths) files.set(`lib/${name}@${version}/${path}`, readFileSync(join(folder, path)));
  }
  const missing = thirdPartyAddresses().filter(({ local }) => isFileAddress(local) && !files.has(local));
  if (missing.length > 0)
    throw new Error(`The editor lacks its own copy of ${missing.map(({ what }) => what).join(', ')}`);
  return files;
}

export function editor(): AstroIntegration {
  let base = '/';
  let project = process.cwd();
  return {
    name: 'tagungsdoku:editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        project = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        const files = editorFiles(project, base);
        const prefix = joinBase(`/${EDITOR_FOLDER}/`, base);
        logger.info(`Redaktion unter ${prefix} (in Chrome oder Edge: „Mit lokalem Repository arbeiten“)`);
        server.middlewares.use((request, response, next) => {
          const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          if (!pathname.startsWith(prefix)) return next();
          const path = pathname.slice(prefix.length) || 'index.html';
          const file = files.get(path);
          if (file === undefined) return next();
          response.setHeader('content-type', contentTypeOf(path) ?? 'application/octet-stream');
          response.setHeader('cache-control', 'no-store');
          response.end(file);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = join(fileURLToPath(dir), EDITOR_FOLDER);
        const files = editorFiles(project, base);
        let bytes = 0;
        for (const [path, data] of files) {
          await mkdir(dirname(join(root, path)), { recursive: true });
          await writeFile(join(root, path), data);
          bytes += Buffer.byteLength(data);
        }
        logger.info(`Redaktion: ${files.size} Dateien in ${EDITOR_FOLDER}/ (${Math.round(bytes / 1024)} KB)`);
      },
    },
  };
}
