/**
 * tools/serve.mjs — what `npm start`, the browser tests and the benchmarks serve `dist/` with — under
 * hostile requests. It serves a small folder written here (home page, 404 page, a sub page, a stylesheet,
 * symlinks to a file and a folder outside it), and every request goes through a raw socket, so malformed
 * request lines and headers reach the server as sent.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const HOME = 'STARTSEITE-7f3a';
const NOT_FOUND = 'Seite nicht gefunden';
const SEARCH = 'SUCHSEITE-51c2';
const SECRET = 'GEHEIM-AUSSERHALB-9d04';

interface Reply {
  status: number;
  headers: Map<string, string[]>;
  body: Buffer;
  raw: string;
}

interface Server {
  port: number;
  child: ChildProcess;
  stderr: () => string;
}

const folder = mkdtempSync(join(tmpdir(), 'tagungsdoku-serve-'));
const site = join(folder, 'site');
const servers: ChildProcess[] = [];

/** The served folder, and beside it what no request may reach: a folder whose name starts like it. */
function writeSite(): void {
  mkdirSync(join(site, 'suche'), { recursive: true });
  mkdirSync(join(folder, 'site-outside'));
  writeFileSync(join(site, 'index.html'), `<!doctype html><title>Start</title><h1>${HOME}</h1>\n`);
  writeFileSync(join(site, '404.html'), `<!doctype html><title>404</title><h1>${NOT_FOUND}</h1>\n`);
  writeFileSync(join(site, 'suche', 'index.html'), `<!doctype html><h1>${SEARCH}</h1>\n`);
  writeFileSync(join(site, 'stil.css'), `body { color: black; }\n`.repeat(200));
  writeFileSync(
    join(site, '_headers'),
    '/*\n  X-Content-Type-Options: nosniff\n/suche/*\n  X-Seite: suche\n',
  );
  writeFileSync(join(folder, 'secret.txt'), `${SECRET}\n`);
  writeFileSync(join(folder, 'site-outside', 'secret.txt'), `${SECRET}\n`);
  symlinkSync(join(folder, 'secret.txt'), join(site, 'verweis.txt'));
  symlinkSync(join(folder, 'site-outside'), join(site, 'ordner'));
}

/** Starts the server on a free port (`--port 0`) and reads the port from the line it prints. */
function startServer(...options: string[]): Promise<Server> {
  const child = spawn(
    process.execPath,
    [resolve('tools/serve.mjs'), '--dir', site, '--port', '0', ...options],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  servers.push(child);
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((done, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const port = /localhost:(\d+)\//u.exec(out)?.[1];
      if (port) done({ port: Number(port), child, stderr: () => errors });
    });
    child.once('exit', (code) => fail(new Error(`the server exited with ${code}: ${errors}`)));
  });
}

/** Sends `request` byte for byte and reads until the server closes the connection. */
function send(port: number, request: string): Promise<Reply> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(5_000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(request)}`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', fail);
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, end === -1 ? all.length : end).toString('latin1');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Map<string, string[]>();
      for (const line of lines) {
        const cut = line.indexOf(':');
        const name = line.slice(0, cut).trim().toLowerCase();
        headers.set(name, [...(headers.get(name) ?? []), line.slice(cut + 1).trim()]);
      }
      done({
        status: Number(/^HTTP\/1\.1 (\d{3}) /u.exec(statusLine)?.[1] ?? 0),
        headers,
        body: end === -1 ? Buffer.alloc(0) : all.subarray(end + 4),
        raw: all.toString('latin1'),
      });
    });
    socket.write(Buffer.from(request, 'latin1'));
  });
}

/** A request as a browser-like client sends it, closing the connection after the answer. */
const request = (method: string, target: string, extraHeaders = ''): string =>
  `${method} ${target} HTTP/1.1\r\nHost: localhost\r\n${extraHeaders}Connection: close\r\n\r\n`;

interface HostileCase {
  name: string;
  request: string;
  status: number;
  location?: string;
}

const hostile: HostileCase[] = [
  { name: 'a bad % escape', request: request('GET', '/%ZZ'), status: 400 },
  { name: 'a lone %', request: request('GET', '/suche/%'), status: 400 },
  { name: 'a cut-off UTF-8 escape', request: request('GET', '/%E0%A4%A'), status: 400 },
  { name: 'an escape that is not UTF-8', request: request('GET', '/%C3%28'), status: 400 },
  { name: 'a doubled slash', request: request('GET', '//suche'), status: 301, location: '/suche/' },
  {
    name: 'a doubled slash with a query',
    request: request('GET', '//suche//?q=x'),
    status: 301,
    location: '/suche/?q=x',
  },
  { name: 'a doubled slash naming another host', request: request('GET', '//evil.example/'), status: 404 },
  { name: 'POST', request: request('POST', '/', 'Content-Length: 3\r\n') + 'a=b', status: 405 },
  { name: 'PUT', request: request('PUT', '/index.html', 'Content-Length: 0\r\n'), status: 405 },
  { name: 'DELETE', request: request('DELETE', '/index.html'), status: 405 },
  { name: 'PATCH', request: request('PATCH', '/'), status: 405 },
  { name: 'OPTIONS *', request: request('OPTIONS', '*'), status: 405 },
  { name: 'TRACE', request: request('TRACE', '/'), status: 405 },
  { name: 'CONNECT', request: request('CONNECT', 'evil.example:443'), status: 405 },
  { name: 'an encoded ../', request: request('GET', '/%2e%2e%2fsecret.txt'), status: 400 },
  { name: 'an encoded ..\\', request: request('GET', '/..%5c..%5csecret.txt'), status: 400 },
  { name: 'an encoded ./', request: request('GET', '/%2e/index.html'), status: 400 },
  { name: 'an encoded NUL', request: request('GET', '/index.html%00.txt'), status: 400 },
  { name: 'an encoded line break', request: request('GET', '/suche%0d%0aSet-Cookie:%20a=b'), status: 400 },
  { name: 'a path over 8 KB', request: request('GET', `/${'a'.repeat(9000)}`), status: 400 },
  { name: 'an absolute-form target', request: request('GET', 'http://evil.example/'), status: 400 },
  { name: 'a raw /../', request: request('GET', '/../site-outside/secret.txt'), status: 400 },
  { name: 'a raw /../ after a folder', request: request('GET', '/suche/../../secret.txt'), status: 400 },
  { name: 'a raw /./', request: request('GET', '/./index.html'), status: 400 },
  { name: 'raw backslashes', request: request('GET', '/..\\..\\secret.txt'), status: 400 },
  { name: 'a double-encoded ../', request: request('GET', '/%252e%252e/secret.txt'), status: 404 },
  { name: 'an encoded slash', request: request('GET', '/suche%2Findex.html'), status: 404 },
  { name: 'a symlink to a file outside', request: request('GET', '/verweis.txt'), status: 404 },
  { name: 'a symlink to a folder outside', request: request('GET', '/ordner/secret.txt'), status: 404 },
  { name: 'a file with a trailing slash', request: request('GET', '/stil.css/'), status: 404 },
  { name: 'a fragment in the target', request: request('GET', '/#x'), status: 400 },
  { name: 'a raw non-ASCII byte', request: request('GET', '/\xfc'), status: 400 },
  { name: 'a raw space in the path', request: request('GET', '/a b'), status: 400 },
  { name: 'a lowercase method', request: request('get', '/'), status: 400 },
  { name: 'an invented method', request: request('BREW', '/'), status: 400 },
  { name: 'a request line of garbage', request: '\x16\x03\x01\x02\x00garbage\r\n\r\n', status: 400 },
  { name: 'a request line with a fourth word', request: 'GET / HTTP/1.1 extra\r\n\r\n', status: 400 },
  { name: 'an unknown HTTP version', request: request('GET', '/').replace('1.1', '7.3'), status: 400 },
  {
    name: 'a request line claiming HTTP/2.0',
    request: request('GET', '/').replace('1.1', '2.0'),
    status: 400,
  },
  { name: 'an Expect other than 100-continue', request: request('GET', '/', 'Expect: tee\r\n'), status: 417 },
  { name: 'a missing Host', request: 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n', status: 400 },
  { name: 'two Host lines', request: request('GET', '/', 'Host: evil.example\r\n'), status: 400 },
  { name: 'a header line without a colon', request: request('GET', '/', 'garbage\r\n'), status: 400 },
  {
    name: 'a very long header',
    request: request('GET', '/', `X-Lang: ${'a'.repeat(20_000)}\r\n`),
    status: 431,
  },
  {
    name: 'Content-Length beside Transfer-Encoding',
    request: request('GET', '/', 'Content-Length: 4\r\nTransfer-Encoding: chunked\r\n') + '0\r\n\r\n',
    status: 400,
  },
  { name: 'a wrong address', request: request('GET', '/gibt-es-nicht'), status: 404 },
  { name: 'a wrong address by HEAD', request: request('HEAD', '/gibt-es-nicht'), status: 404 },
];

beforeAll(writeSite);

afterAll(() => {
  for (const child of servers) child.kill();
  rmSync(folder, { recursive: true, force: true });
});

describe('the static server under hostile requests', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer();
  });

  it.each(hostile)('answers $name with $status', async (hostileCase) => {
    const reply = await send(server.port, hostileCase.request);
    expect(reply.status).toBe(hostileCase.status);
    expect(reply.status).toBeGreaterThanOrEqual(300);
    expect(reply.status).toBeLessThan(500);
    expect(reply.raw).not.toContain(SECRET);
    expect(reply.raw).not.toContain(HOME);
    expect(reply.raw).not.toContain(SEARCH);
    if (hostileCase.location) expect(reply.headers.get('location')).toEqual([hostileCase.location]);
    if (reply.status === 405) expect(reply.headers.get('allow')).toEqual(['GET, HEAD']);
    // The answer's length is declared and is what came (a HEAD answer declares the page it leaves out).
    const length = Number(reply.headers.get('content-length')?.[0]);
    expect(length).toBe(
      hostileCase.request.startsWith('HEAD')
        ? readFileSync(join(site, '404.html')).length
        : reply.body.length,
    );
  });

  it('answers a wrong address with the 404 page, and HEAD without a body', async () => {
    const reply = await send(server.port, request('GET', '/gibt-es-nicht'));
    expect(reply.body.toString()).toContain(NOT_FOUND);
    expect(reply.headers.get('content-type')).toEqual(['text/html; charset=utf-8']);
    const head = await send(server.port, request('HEAD', '/gibt-es-nicht'));
    expect(head.body.length).toBe(0);
  });

  it('still serves the home page afterwards, with the right Content-Length', async () => {
    expect(server.child.exitCode).toBeNull();
    const page = readFileSync(join(site, 'index.html'));
    const reply = await send(server.port, request('GET', '/'));
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-length')).toEqual([String(page.length)]);
    expect(reply.body).toEqual(page);
    const head = await send(server.port, request('HEAD', '/'));
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toEqual([String(page.length)]);
    expect(head.body.length).toBe(0);
    expect(server.stderr()).toBe('');
  });

  it('keeps answering a kept-alive connection after a refused request', async () => {
    const pipelined =
      `GET /%ZZ HTTP/1.1\r\nHost: localhost\r\n\r\n` +
      `GET /suche/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`;
    const reply = await send(server.port, pipelined);
    expect(reply.status).toBe(400);
    expect(reply.raw).toMatch(/HTTP\/1\.1 200 OK[^]*SUCHSEITE-51c2/u);
  });
});

describe('the static server as a host serves the site', () => {
  let plain: Server;
  let underBase: Server;
  beforeAll(async () => {
    [plain, underBase] = await Promise.all([startServer(), startServer('--gzip', '--base', '/tagungsdoku/')]);
  });

  it('redirects a folder to its trailing slash and applies _headers', async () => {
    const redirect = await send(plain.port, request('GET', '/suche?q=Bezirk'));
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toEqual(['/suche/?q=Bezirk']);
    const page = await send(plain.port, request('GET', '/suche/'));
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain(SEARCH);
    expect(page.headers.get('x-content-type-options')).toEqual(['nosniff']);
    expect(page.headers.get('x-seite')).toEqual(['suche']);
    const notFound = await send(plain.port, request('GET', '/gibt-es-nicht'));
    expect(notFound.headers.get('x-content-type-options')).toEqual(['nosniff']);
  });

  it('serves under the base path and redirects the base without its slash', async () => {
    const redirect = await send(underBase.port, request('GET', '/tagungsdoku'));
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toEqual(['/tagungsdoku/']);
    const doubled = await send(underBase.port, request('GET', '//tagungsdoku//suche'));
    expect(doubled.status).toBe(301);
    expect(doubled.headers.get('location')).toEqual(['/tagungsdoku/suche/']);
    const outside = await send(underBase.port, request('GET', '/'));
    expect(outside.status).toBe(404);
    expect(outside.body.toString()).not.toContain(HOME);
    const home = await send(underBase.port, request('GET', '/tagungsdoku/'));
    expect(home.status).toBe(200);
    expect(home.body.toString()).toContain(HOME);
  });

  it('compresses text with --gzip and declares the compressed length', async () => {
    const css = readFileSync(join(site, 'stil.css'));
    const reply = await send(
      underBase.port,
      request('GET', '/tagungsdoku/stil.css', 'Accept-Encoding: gzip, br\r\n'),
    );
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-encoding')).toEqual(['gzip']);
    expect(reply.headers.get('content-length')).toEqual([String(reply.body.length)]);
    expect(reply.body.length).toBeLessThan(css.length);
    expect(gunzipSync(reply.body)).toEqual(css);
    const head = await send(
      underBase.port,
      request('HEAD', '/tagungsdoku/stil.css', 'Accept-Encoding: gzip\r\n'),
    );
    expect(head.headers.get('content-length')).toEqual([String(reply.body.length)]);
    expect(head.body.length).toBe(0);
    const refused = await send(
      underBase.port,
      request('GET', '/tagungsdoku/stil.css', 'Accept-Encoding: gzip;q=0\r\n'),
    );
    expect(refused.headers.get('content-encoding')).toBeUndefined();
    expect(refused.headers.get('content-length')).toEqual([String(css.length)]);
    expect(refused.body).toEqual(css);
  });
});
