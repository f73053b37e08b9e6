#!/usr/bin/env node
/**
 * A small static server for the built site, as a static host serves it: directories answer with
 * their index.html, unknown paths with 404.html and status 404, everything under BASE_PATH, and the
 * headers that `dist/_headers` sets (the Netlify / Cloudflare Pages format) are applied.
 * Used by `npm start` (`npm run preview`, port 4321), the browser tests and the benchmark.
 *
 * With `--gzip`, text (HTML, CSS, JS, JSON, SVG) goes out gzip-compressed to clients that accept it,
 * as static hosts and CDNs send it; the search benchmark uses that.
 *
 *   node tools/serve.mjs [--dir dist] [--port 4500] [--base /] [--gzip]
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.TAGUNGSDOKU_OUT_DIR ?? 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4500' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    gzip: { type: 'boolean', default: false },
  },
});

const root = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/gu, '')}/`.replace('//', '/');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.pdf': 'application/pdf',
  '.epub': 'application/epub+zip',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * Reads `_headers`: a line without indentation is a path pattern (`*` matches any run of characters),
 * indented `Name: value` lines below it are its headers.
 */
function readHeaderRules(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/gu, '\\$&')
          .replace(/\*/gu, '.*')}$`,
        'u',
      );
      rules.push({ pattern, headers: [] });
    } else if (rules.length > 0) {
      const cut = line.indexOf(':');
      rules[rules.length - 1].headers.push([line.slice(0, cut).trim(), line.slice(cut + 1).trim()]);
    }
  }
  return rules;
}

const headerRules = readHeaderRules(join(root, '_headers'));

/** Headers for a site path (without the base), later rules adding to earlier ones. */
function headersFor(sitePath) {
  const headers = {};
  for (const rule of headerRules) {
    if (rule.pattern.test(sitePath))
      for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
  }
  return headers;
}

async function findFile(pathname) {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/u, '');
  const candidate = join(root, relative);
  if (!candidate.startsWith(root)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) {
      const index = join(candidate, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let file;
  let inside = url.pathname;
  // The base path without its trailing slash (`/tagungsdoku`) redirects to it, as hosts do.
  if (`${url.pathname}/` === base) {
    response.writeHead(301, { location: `${base}${url.search}` }).end();
    return;
  }
  if (url.pathname.startsWith(base)) {
    inside = url.pathname.slice(base.length - 1);
    // A directory without a trailing slash redirects, as static hosts do.
    file = await findFile(inside);
    if (file?.endsWith('index.html') && !inside.endsWith('/') && !inside.endsWith('.html')) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
  }
  const status = file ? 200 : 404;
  file ??= await findFile('/404.html');
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Nicht gefunden');
    return;
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  const compress =
    values.gzip &&
    /gzip/u.test(request.headers['accept-encoding'] ?? '') &&
    /text|json|javascript|svg|xml/u.test(type);
  response.writeHead(status, {
    ...headersFor(inside),
    'content-type': type,
    ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
  });
  if (request.method === 'HEAD') response.end();
  else if (compress) createReadStream(file).pipe(createGzip()).pipe(response);
  else createReadStream(file).pipe(response);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://localhost:${values.port}${base} (Ctrl+C stops it)`);
});
