/**
 * `npm test`: the whole suite, in two lanes so that both cores work (issue 24: under 8 minutes on a quiet
 * 2-core machine). Most steps are one Node process each; run one after another, they leave a core idle.
 *
 *   lane 1: the site's build, then the build tests (scratch builds in copies of the project)
 *   lane 2: lint, format, type check, unit tests, then the browser tests on the built site
 *
 * The build tests start as soon as the build is done (they need its cache of cards and PDFs, not its
 * pages), beside the checks of lane 2; the browser tests wait for the build and come last, because
 * they alone keep both cores busy when the other lane has finished.
 *
 * Each step's output is printed when it ends, whole, with its time; the first failure fails the run
 * (the other lane finishes its step, so its output is not cut off). `npm test -- --only e2e,check`
 * runs some steps alone, in order.
 */
import { spawn } from 'node:child_process';

/** The steps, by name, as npm scripts. */
const STEPS = {
  lint: 'lint',
  format: 'format:check',
  check: 'check',
  unit: 'test:unit',
  build: 'build',
  'build-tests': 'test:build',
  e2e: 'test:e2e',
};

/** Lanes that run side by side. */
const LANES = [
  ['build', 'build-tests'],
  ['lint', 'format', 'check', 'unit', 'e2e'],
];

/** Steps that wait for a step of the other lane to have passed. */
const NEEDS = { e2e: 'build' };

let failed = false;

/** Runs one npm script; resolves with its exit code after printing its output. */
function run(step) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', STEPS[step]], {
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      process.stdout.write(`\n── ${step} (npm run ${STEPS[step]}) ──\n${Buffer.concat(output).toString()}`);
      process.stdout.write(`── ${step}: ${code === 0 ? 'ok' : `failed (exit ${code})`}, ${seconds} s ──\n`);
      resolve(code ?? 1);
    });
  });
}

/**
 * Each step's exit code, once its lane has come to it (1 for a step skipped after a failure); only the
 * steps of this run, so that a step whose need is not run (`--only e2e`) does not wait for it.
 */
let outcomes = new Map();

/** Runs a lane's steps one after another, stopping at the first failure anywhere. */
async function lane(steps) {
  for (const step of steps) {
    // A need in the same lane is met by the order the steps were given in.
    const needed = NEEDS[step];
    if (needed && !steps.includes(needed)) await outcomes.get(needed)?.code;
    const code = failed ? 1 : await run(step);
    outcomes.get(step)?.settle(code);
    if (code !== 0) failed = true;
  }
}

/** Runs lanes side by side. */
function runLanes(lanes) {
  outcomes = new Map(
    lanes.flat().map((step) => {
      let settle = () => {};
      const code = new Promise((resolve) => (settle = resolve));
      return [step, { code, settle }];
    }),
  );
  return Promise.all(lanes.map(lane));
}

const only = process.argv.indexOf('--only');
const started = Date.now();
if (only >= 0) {
  const wanted = (process.argv[only + 1] ?? '').split(',');
  const unknown = wanted.filter((step) => !(step in STEPS));
  if (unknown.length > 0) {
    console.error(`Unbekannte Schritte: ${unknown.join(', ')}. Es gibt: ${Object.keys(STEPS).join(', ')}.`);
    process.exit(2);
  }
  await runLanes([wanted]);
} else {
  await runLanes(LANES);
}
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`\n${failed ? 'Tests fehlgeschlagen' : 'Alle Tests bestanden'} (${minutes} min).`);
process.exit(failed ? 1 : 0);
