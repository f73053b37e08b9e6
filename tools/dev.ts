/**
 * `npm run dev`: Astro's development server, started on a port that no other server holds
 * (tools/local-port.ts), and, once it is ready, a German line naming the addresses to open: the site
 * and the editor at /admin/. Astro's own output passes through.
 *
 *   node tools/dev.ts [--port 4321] [--next-free] [any option of `astro dev`]
 *
 * Without `--next-free` a taken port ends the start with a German message naming it; with it (as the
 * npm script starts it) the next free port is taken, and the line says so.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { firstFreePort, isPortFree, listenProblem, movedOn, noFreePort } from './local-port.ts';

const astroCli = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

/** `--port N` / `--port=N` and `--next-free` taken out of the arguments; the rest goes to Astro. */
function readArguments(args: readonly string[]): { port: number; nextFree: boolean; rest: string[] } {
  let port = 4321;
  let nextFree = false;
  const rest: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--next-free') nextFree = true;
    else if (arg === '--port') port = Number(args[(index += 1)]);
    else if (arg.startsWith('--port=')) port = Number(arg.slice('--port='.length));
    else rest.push(arg);
  }
  return { port, nextFree, rest };
}

/** The port to start on, or a German message why there is none. */
async function choosePort(asked: number, nextFree: boolean): Promise<number | string> {
  if (nextFree) return (await firstFreePort(asked)) ?? noFreePort(asked);
  return (await isPortFree(asked)) ? asked : listenProblem(asked, 'EADDRINUSE');
}

/** The address Astro's banner names (`┃ Local    http://localhost:4322/`), colour codes aside. */
function localAddress(output: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- colour codes are what this removes
  return /Local\s+(https?:\/\/\S+)/u.exec(output.replace(/\u001b\[[0-9;]*m/gu, ''))?.[1];
}

const { port: asked, nextFree, rest } = readArguments(process.argv.slice(2));
const port = await choosePort(asked, nextFree);
if (typeof port === 'string') {
  console.error(port);
  process.exit(1);
}

const astro = spawn(process.execPath, [astroCli, 'dev', '--port', String(port), ...rest], {
  stdio: ['inherit', 'pipe', 'inherit'],
});
let banner = '';
let told = false;
astro.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (told) return;
  banner += chunk.toString();
  const address = localAddress(banner);
  if (!address) return;
  told = true;
  const served = Number(new URL(address).port);
  if (served !== asked) console.log(`\n${movedOn(asked, served)}`);
  console.log(
    `Die Website läuft unter ${address}, die Redaktion unter ${new URL('admin/', address).href} – ` +
      'diese Adressen im Browser öffnen. Strg+C beendet den Server.\n',
  );
});
// A stop sent to this process is passed on; Astro ends, and this process ends with it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => astro.kill(signal));
astro.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
