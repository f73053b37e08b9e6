#!/usr/bin/env node
/**
 * A small static server for the built site, as a static host serves it: directories answer with
 * their index.html, unknown paths with 404.html and status 404, everything under BASE_PATH.
 * Used by the browser tests and the benchmark; `npm start` uses `astro preview`.
 *
 *   node scripts/serve.mjs [--dir dist] [--port 4500] [--base /]
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.TAGUNGSDOKU_OUT_DIR ?? 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4500' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
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
};

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
  if (url.pathname.startsWith(base)) {
    const inside = url.pathname.slice(base.length - 1);
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
  response.writeHead(status, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
