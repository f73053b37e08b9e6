/**
 * Servers that share a machine (tools/local-port.ts): `npm run preview` (tools/serve.mjs with
 * `--next-free`) takes the next free port when another server holds its own, and names the address to
 * open, in German; a port asked for without `--next-free`, as the tests and benchmarks ask for theirs, is
 * that port or a German message naming it, never a stack trace. `npm run dev` (tools/dev.ts) refuses a
 * taken port the same way; that it moves on and names its addresses: tests/build/dev-server.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { firstFreePort, isPortFree, listenProblem, movedOn } from '../../tools/local-port.ts';

const folder = mkdtempSync(join(tmpdir(), 'tagungsdoku-ports-'));
const site = join(folder, 'site');
mkdirSync(site);
writeFileSync(join(site, 'index.html'), '<!doctype html><title>Start</title><h1>STARTSEITE-PORTS</h1>\n');

const blockers: Server[] = [];
const servers: ChildProcess[] = [];

/** Holds a port on `host` as another server would; resolves with the port (the system picks one for 0). */
function block(port = 0, host = '127.0.0.1'): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen({ port, host, exclusive: true }, () => {
      blockers.push(server);
      const address = server.address();
      done(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Starts tools/serve.mjs and resolves with what it printed once it names an address, or once it ends. */
function serve(...options: string[]): Promise<{ out: string; err: string; code: number | null }> {
  const child = spawn(process.execPath, ['tools/serve.mjs', '--dir', site, ...options], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  servers.push(child);
  let out = '';
  let err = '';
  return new Promise((done) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/localhost:\d+\//u.test(out)) done({ out, err, code: null });
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => done({ out, err, code }));
  });
}

afterEach(() => {
  for (const server of blockers.splice(0)) server.close();
  for (const child of servers.splice(0)) child.kill();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run preview on a busy port', () => {
  it('takes the next free port and names the address to open, in German', async () => {
    const taken = await block();
    const started = await serve('--port', String(taken), '--next-free');
    const port = Number(/localhost:(\d+)\//u.exec(started.out)?.[1]);
    expect(port).toBeGreaterThan(taken);
    expect(started.out).toContain(movedOn(taken, port));
    expect(started.out).toContain(`läuft unter http://localhost:${port}/ – diese Adresse im Browser öffnen.`);
    expect(await (await fetch(`http://localhost:${port}/`)).text()).toContain('STARTSEITE-PORTS');
  });

  it('gives up after the ports it may try, and counts a port taken on ::1 as taken (localhost may be ::1)', async () => {
    const taken = await block();
    expect(await firstFreePort(taken, 1)).toBeUndefined();
    const ipv6 = await block(taken + 1, '::1').catch(() => undefined);
    if (ipv6 === undefined) return; // no IPv6 on this machine: nothing to mix up
    expect(await isPortFree(taken + 1)).toBe(false);
    expect(await firstFreePort(taken, 2)).toBeUndefined();
  });

  it('keeps a port it was asked for without --next-free, or says in German which is taken and what to do', async () => {
    const taken = await block();
    const refused = await serve('--port', String(taken));
    expect(refused.code).toBe(1);
    expect(refused.err.trim()).toBe(listenProblem(taken, 'EADDRINUSE'));
    expect(refused.err).toContain(`Port ${taken} ist schon belegt`);
    expect(refused.err).toContain('Strg+C');
    expect(refused.err).not.toMatch(/Error|^\s+at /mu);
  });
});

describe('npm run dev on a busy port', () => {
  it('keeps a port it was asked for without --next-free, or says in German which is taken, before starting Astro', async () => {
    const taken = await block();
    const child = spawn(process.execPath, ['tools/dev.ts', '--port', String(taken)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    servers.push(child);
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise((done) => child.once('exit', done));
    expect(code).toBe(1);
    expect(err.trim()).toBe(listenProblem(taken, 'EADDRINUSE'));
  });
});
