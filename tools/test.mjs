/**
 * `npm test`: the whole suite, in two lanes so that both cores work (issue 24: under 8 minutes on a quiet
 * 2-core machine). Most steps are one Node process each; run one after another, they leave a core idle.
 *
 *   lane 1: lint, format, type check, unit tests            lane 2: the site's build
 *   then, both on the built site:
 *   lane 1: the build tests (scratch builds in copies)      lane 2: the browser tests
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

/** Lanes that run side by side, in phases one after another. */
const PHASES = [
  [['lint', 'format', 'check', 'unit'], ['build']],
  [['build-tests'], ['e2e']],
];

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

/** Runs a lane's steps one after another, stopping at the first failure anywhere. */
async function lane(steps) {
  for (const step of steps) {
    if (failed) return;
    if ((await run(step)) !== 0) failed = true;
  }
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
  await lane(wanted);
} else {
  for (const lanes of PHASES) {
    if (failed) break;
    await Promise.all(lanes.map(lane));
  }
}
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`\n${failed ? 'Tests fehlgeschlagen' : 'Alle Tests bestanden'} (${minutes} min).`);
process.exit(failed ? 1 : 0);
