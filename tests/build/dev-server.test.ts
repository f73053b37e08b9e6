/**
 * `npm run dev` (tools/dev.ts) beside another server: Astro's development server starts on the next free
 * port, and a German line names the addresses to open, the site and the editor, which answer there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movedOn } from '../../tools/local-port.ts';
import { cleanEnv } from '../support/scratch-build.ts';

let blocker: Server;
let taken = 0;
let dev: ChildProcess | undefined;
let output = '';

/** The German line naming the addresses, once Astro is ready; the test fails with all output if it never comes. */
const READY = /Die Website läuft unter (http:\/\/localhost:(\d+)\/), die Redaktion unter (\S+) – /u;

describe('npm run dev while another server holds its port', () => {
  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((done) => blocker.listen({ port: 0, host: '127.0.0.1' }, done));
    const address = blocker.address();
    taken = typeof address === 'object' && address ? address.port : 0;
    dev = spawn(process.execPath, ['tools/dev.ts', '--port', String(taken), '--next-free'], {
      env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((done, fail) => {
      dev?.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (READY.test(output)) done();
      });
      dev?.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      dev?.once('exit', (code) => fail(new Error(`npm run dev ended with ${code}:\n${output}`)));
    });
  }, 240_000);

  afterAll(async () => {
    if (dev && dev.exitCode === null) {
      const ended = new Promise((done) => dev?.once('exit', done));
      dev.kill('SIGTERM');
      await ended;
    }
    blocker?.close();
  });

  it('takes the next free port and names the site’s and the editor’s address there, in German', async () => {
    const [, site, port, editor] = READY.exec(output) ?? [];
    expect(Number(port)).toBeGreaterThan(taken);
    expect(output).toContain(movedOn(taken, Number(port)));
    expect(editor).toBe(`${site}admin/`);
    const home = await fetch(site ?? '');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<html lang="de"');
    expect((await fetch(editor ?? '')).status).toBe(200);
    expect(output).not.toMatch(/is in use, trying another one/u);
  });
});
