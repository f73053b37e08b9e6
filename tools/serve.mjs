#!/usr/bin/env node
/**
 * A small static server for the built site, as a static host serves it: directories answer with
 * their index.html, unknown paths with 404.html and status 404, everything under BASE_PATH, and the
 * headers that `dist/_headers` sets (the Netlify / Cloudflare Pages format) are applied.
 * Used by `npm start` (`npm run preview`, port 4321), the browser tests and the benchmarks.
 *
 * With `--gzip`, text (HTML, CSS, JS, JSON, SVG, XML) goes out gzip-compressed to clients that accept
 * it, as static hosts and CDNs send it; the search benchmark uses that.
 *
 * It answers hostile requests as a host would and keeps serving: methods other than GET and HEAD get
 * 405; a request target that is not a plain path (absolute form, raw control or non-ASCII bytes),
 * longer than 8 KB, with a bad `%` escape, an encoded NUL or backslash, or a `.` / `..` segment gets
 * 400; an encoded slash, a file reached through a symlink out of the served folder, or a file path
 * with a trailing slash gets the 404 page. Doubled slashes (`//suche`) redirect to the one-slash
 * address when it exists. An HTTP/1.1 request without exactly one Host line, a garbled request line
 * or header, and oversized headers get 400 or 431; an unknown `Expect` gets 417. Every answer carries
 * Content-Length.
 *
 *   node tools/serve.mjs [--dir dist] [--port 4500] [--next-free] [--base /] [--gzip]
 *
 * The line printed on start names the address to open, in German. `--port 0` takes a port the system
 * picks. A port that another server holds ends the start with a German message naming the port and what
 * to do; with `--next-free` (as `npm run preview` starts it) the server takes the next free port instead
 * and says so (tools/local-port.ts).
 */
import { createReadStream, existsSync, readFileSync, realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, STATUS_CODES } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { parseArgs, promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { contentTypeOf } from '#src/lib/file-types.ts';
import { normalizeBase } from '#src/lib/addresses/base.ts';
import { headerPathPattern, parseHeadersFile } from '#src/lib/hosting/headers-file.ts';
import { firstFreePort, listenProblem, movedOn, noFreePort } from './local-port.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.TAGUNGSDOKU_OUT_DIR ?? 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4500' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    gzip: { type: 'boolean', default: false },
    'next-free': { type: 'boolean', default: false },
  },
});

const root = resolve(values.dir);
/** The served folder with its symlinks resolved: no file outside it is ever sent. */
const realRoot = existsSync(root) ? realpathSync(root) : root;
const base = normalizeBase(values.base);
/** Longer request targets get 400, as most hosts refuse them (nginx and CDNs cut at 8 KB). */
const MAX_TARGET_LENGTH = 8 * 1024;
const ALLOWED_METHODS = 'GET, HEAD';
/** Plain-text answers for what is not a page; the 404 for a well-formed address is the site's 404.html. */
const reasons = {
  400: 'Ungültige Anfrage.',
  404: 'Nicht gefunden.',
  405: 'Diese Methode ist nicht erlaubt; der Server liefert nur GET und HEAD.',
  408: 'Die Anfrage kam nicht rechtzeitig an.',
  417: 'Der Server erfüllt keine Expect-Angabe außer 100-continue.',
  431: 'Die Kopfzeilen der Anfrage sind zu groß.',
  500: 'Interner Fehler des Servers.',
};

/** The rules of the served folder's `_headers` (copied there from `public/_headers` by the build). */
const headerRules = existsSync(join(root, '_headers'))
  ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')).map((rule) => ({
      pattern: headerPathPattern(rule.path),
      headers: rule.headers,
    }))
  : [];

/** Headers for a site path (without the base), later rules adding to earlier ones. */
function headersFor(sitePath) {
  const headers = {};
  for (const rule of headerRules) {
    if (rule.pattern.test(sitePath))
      for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
  }
  return headers;
}

/**
 * The request target split into its raw path and query, or the status that refuses it. Only the
 * origin form (`/path?query`) of printable ASCII is accepted: browsers percent-encode everything else.
 * The path is decoded once (`%252e` stays the name `%2e`), and what it decodes to may not hold a
 * control character, a backslash or a `.` / `..` segment.
 */
function parseTarget(target) {
  if (target.length > MAX_TARGET_LENGTH) return { status: 400 };
  if (!/^\/[\x21-\x7e]*$/u.test(target) || target.includes('#')) return { status: 400 };
  const cut = target.indexOf('?');
  const path = cut === -1 ? target : target.slice(0, cut);
  const search = cut === -1 ? '' : target.slice(cut);
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { status: 400 };
  }
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\x00-\x1f\x7f\\]/u.test(decoded)) return { status: 400 };
  if (decoded.split('/').some((segment) => segment === '.' || segment === '..')) return { status: 400 };
  // An encoded slash would let one address name a file under another's folder; no file carries one.
  if (/%2f/iu.test(path)) return { status: 404, path };
  return { path, search };
}

/** `candidate` with its symlinks resolved, if that lies inside the served folder. */
async function insideRoot(candidate) {
  try {
    const real = await realpath(candidate);
    return real === realRoot || real.startsWith(`${realRoot}${sep}`) ? real : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The file a site path (raw, under the base, one slash between segments) names: a file, or a
 * directory's index.html (`directory: true`). A path ending in `/` names only a directory.
 */
async function findFile(sitePath) {
  const candidate = join(root, ...decodeURIComponent(sitePath).split('/').filter(Boolean));
  try {
    const real = await insideRoot(candidate);
    if (!real) return undefined;
    const info = await stat(real);
    if (info.isFile() && !sitePath.endsWith('/')) return { file: real, name: candidate, size: info.size };
    if (!info.isDirectory()) return undefined;
    const index = await insideRoot(join(real, 'index.html'));
    const indexInfo = index && (await stat(index));
    return indexInfo?.isFile()
      ? { file: index, name: index, size: indexInfo.size, directory: true }
      : undefined;
  } catch {
    return undefined;
  }
}

const gzipAsync = promisify(gzip);
/** Compressed bodies by file, kept while the file's size and time stay the same. */
const compressed = new Map();

async function gzipped(file) {
  const info = await stat(file);
  const cached = compressed.get(file);
  if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.body;
  const body = await gzipAsync(await readFile(file));
  compressed.set(file, { mtimeMs: info.mtimeMs, size: info.size, body });
  return body;
}

/** Whether `Accept-Encoding` names gzip (or `*`) without `q=0`. */
function acceptsGzip(header = '') {
  return header.split(',').some((entry) => {
    const [coding = '', ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (!quality || Number(quality.slice(2)) > 0);
  });
}

/** A short plain-text answer with the site-wide headers of `_headers`. */
function sendText(request, response, status, extraHeaders = {}) {
  const body = Buffer.from(`${reasons[status] ?? STATUS_CODES[status]}\n`);
  response.writeHead(status, {
    ...headersFor('/'),
    'content-type': 'text/plain; charset=utf-8',
    'content-length': body.length,
    ...extraHeaders,
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function redirect(response, location) {
  response.writeHead(301, { location, 'content-length': 0 }).end();
}

/** Sends `found` (or the 404 page when it is undefined) for a path inside the base. */
async function sendFile(request, response, found, insidePath) {
  const status = found ? 200 : 404;
  const file = found ?? (await findFile('/404.html'));
  if (!file) {
    sendText(request, response, 404);
    return;
  }
  const type = contentTypeOf(file.name) ?? 'application/octet-stream';
  const compressible = values.gzip && /text|json|javascript|svg|xml/u.test(type);
  const headers = {
    ...headersFor(insidePath),
    'content-type': type,
    ...(compressible ? { vary: 'accept-encoding' } : {}),
  };
  if (compressible && acceptsGzip(request.headers['accept-encoding'])) {
    const body = await gzipped(file.file);
    response.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  response.writeHead(status, { ...headers, 'content-length': file.size });
  if (request.method === 'HEAD') response.end();
  // A file that vanishes or a client that leaves mid-way ends this one response, not the server; a
  // client that left before the file was opened (a page navigated away) gets nothing more.
  else if (!response.destroyed) pipeline(createReadStream(file.file), response, () => {});
}

async function answer(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(request, response, 405, { allow: ALLOWED_METHODS });
    return;
  }
  // HTTP/1.1 requires exactly one Host line (RFC 9112, 3.2); HTTP/1.0 may leave it out. Node's parser
  // lets `HTTP/2.0` through, which is no HTTP/1 request.
  const hosts = request.headersDistinct.host?.length ?? 0;
  if (request.httpVersionMajor !== 1 || hosts > 1 || (hosts === 0 && request.httpVersion !== '1.0')) {
    sendText(request, response, 400);
    return;
  }
  const target = parseTarget(request.url ?? '');
  if (target.status === 400) {
    sendText(request, response, 400);
    return;
  }
  if (target.status === 404) {
    await sendFile(request, response, undefined, target.path);
    return;
  }
  const sitePath = target.path.replace(/\/{2,}/gu, '/');
  // The base path without its trailing slash (`/tagungsdoku`) redirects to it, as hosts do.
  if (`${sitePath}/` === base) {
    redirect(response, `${base}${target.search}`);
    return;
  }
  if (!sitePath.startsWith(base)) {
    await sendFile(request, response, undefined, sitePath);
    return;
  }
  const inside = sitePath.slice(base.length - 1);
  const found = await findFile(inside);
  // A directory without a trailing slash redirects, as static hosts do; so does an address with
  // doubled slashes, to its one-slash form (never to `//host`, which a browser reads as another site).
  const slash = found?.directory && !sitePath.endsWith('/') ? '/' : '';
  if (found && (slash || sitePath !== target.path)) {
    redirect(response, `${sitePath}${slash}${target.search}`);
    return;
  }
  await sendFile(request, response, found, inside);
}

/** Responses under way per socket: a parse error on a pipelined request must not write into one. */
const busy = new WeakMap();

// Host is checked in `answer`: Node's own refusal of a missing Host sends no Content-Length.
const server = createServer({ requireHostHeader: false }, (request, response) => {
  const { socket } = request;
  busy.set(socket, (busy.get(socket) ?? 0) + 1);
  response.once('close', () => busy.set(socket, busy.get(socket) - 1));
  answer(request, response).catch((error) => {
    console.error(error);
    if (response.headersSent) response.destroy();
    else sendText(request, response, 500);
  });
});

/** A raw answer on a socket the HTTP layer has given up (parse error) or handed over (CONNECT). */
function answerSocket(socket, status, extraHeaders = '') {
  const body = Buffer.from(`${reasons[status] ?? STATUS_CODES[status]}\n`);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: text/plain; charset=utf-8\r\n` +
      `content-length: ${body.length}\r\n${extraHeaders}connection: close\r\n\r\n${body}`,
  );
}

// Garbled request lines, unknown methods, bad header syntax, oversized headers, timeouts.
server.on('clientError', (error, socket) => {
  if (!socket.writable || busy.get(socket) > 0 || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  answerSocket(socket, status);
});

// Node's own 417 for an `Expect` other than 100-continue sends no Content-Length.
server.on('checkExpectation', (request, response) => sendText(request, response, 417));

// Without this listener Node closes a CONNECT request's socket without any answer.
server.on('connect', (_request, socket) => {
  socket.on('error', () => socket.destroy());
  answerSocket(socket, 405, `allow: ${ALLOWED_METHODS}\r\n`);
});

/** Ends the start with a German message (no stack trace): the port is taken or may not be opened. */
function refuse(message) {
  console.error(message);
  process.exit(1);
}

const asked = Number(values.port);
const port = values['next-free'] && asked !== 0 ? await firstFreePort(asked) : asked;
if (port === undefined) refuse(noFreePort(asked));
const notListening = (error) => refuse(listenProblem(port, error.code));
server.once('error', notListening);
server.listen(port, '127.0.0.1', () => {
  server.off('error', notListening);
  if (port !== asked && asked !== 0) console.log(movedOn(asked, port));
  console.log(
    `Die gebaute Website (${values.dir}) läuft unter http://localhost:${server.address().port}${base} – ` +
      'diese Adresse im Browser öffnen. Strg+C beendet den Server.',
  );
});
