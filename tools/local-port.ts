/**
 * Ports of the local servers, `npm run preview` (tools/serve.mjs) and `npm run dev` (tools/dev.ts), and
 * what they say about them, in German. Both npm scripts start at 4321 with `--next-free`: when another
 * server holds that port, they take the next free one and name the address to open. A port asked for
 * without `--next-free` (the tests and benchmarks ask for theirs) is that port or a German message
 * naming it and what to do; never a stack trace.
 */
import { createServer } from 'node:net';

/** How many ports `--next-free` tries, the first one included: 4321 to 4330. */
export const PORTS_TO_TRY = 10;

/** Whether `host:port` can be bound now; `absent` when the machine has no such address (no IPv6). */
function probe(host: string, port: number): Promise<'free' | 'taken' | 'absent'> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      done(error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT' ? 'absent' : 'taken'),
    );
    server.listen({ host, port, exclusive: true }, () => server.close(() => done('free')));
  });
}

/**
 * Whether no server answers `http://localhost:<port>/` yet. `localhost` is 127.0.0.1 or ::1, as the
 * system resolves it, so a port counts as free only when neither holds it: else the address printed
 * for one server could open the other.
 */
export async function isPortFree(port: number): Promise<boolean> {
  return (await probe('127.0.0.1', port)) !== 'taken' && (await probe('::1', port)) !== 'taken';
}

/** The first free port of `first` and the ones after it, or undefined when all `count` are taken. */
export async function firstFreePort(first: number, count = PORTS_TO_TRY): Promise<number | undefined> {
  for (let port = first; port < first + count && port <= 65_535; port += 1) {
    if (await isPortFree(port)) return port;
  }
  return undefined;
}

/** What to do when a port is taken: stop the other server, or name another port. */
function whatToDo(port: number): string {
  return (
    `Beenden Sie den anderen Server (Strg+C in seinem Terminal) oder nennen Sie einen anderen Port, ` +
    `etwa mit --port ${port + 1}.`
  );
}

/** Why a server could not listen on `port`, in German, for the terminal. */
export function listenProblem(port: number, code: string | undefined): string {
  if (code === 'EADDRINUSE')
    return (
      `Port ${port} ist schon belegt: Dort läuft ein anderer Server, etwa npm run dev, npm run preview ` +
      `oder ein Test. ${whatToDo(port)}`
    );
  if (code === 'EACCES')
    return (
      `Port ${port} darf dieses Benutzerkonto nicht öffnen (Ports unter 1024 sind dem System vorbehalten). ` +
      'Nennen Sie einen Port ab 1024, etwa --port 4321.'
    );
  return `Der Server konnte auf Port ${port} nicht starten (${code ?? 'unbekannter Fehler'}).`;
}

/** When every port `--next-free` tries is taken. */
export function noFreePort(first: number, count = PORTS_TO_TRY): string {
  return (
    `Die Ports ${first} bis ${first + count - 1} sind alle belegt: Dort laufen schon andere Server. ` +
    `Beenden Sie einen davon (Strg+C in seinem Terminal) oder nennen Sie einen freien Port, etwa mit --port ${first + count}.`
  );
}

/** The line that says a server moved on from the port it was asked for. */
export function movedOn(asked: number, port: number): string {
  return `Port ${asked} ist belegt (dort läuft schon ein anderer Server, etwa npm run dev oder npm run preview); deshalb Port ${port}.`;
}
