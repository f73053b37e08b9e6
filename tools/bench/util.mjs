/** Small helpers shared by the benchmark scripts. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const project = resolve('.');

export { chromiumArgs, chromiumPath } from '../chromium.mjs';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

export function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

export function folderSize(dir) {
  try {
    const files = walk(dir);
    return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
  } catch {
    return { files: 0, bytes: 0 };
  }
}

/** Runs `astro build` in `root` (the project or a scratch copy) and returns the wall time in ms. */
export function timedBuild({ root = project, env = {} } = {}) {
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build', '--root', root], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`build in ${root} failed:\n${result.stdout}\n${result.stderr}`);
  return ms;
}

/** A scratch copy of the project (code, config and content) below .tmp/, for builds that must not touch dist/. */
export function scratchProject(name) {
  const root = join(project, '.tmp', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(join(project, entry), join(root, entry), { recursive: true });
  }
  return root;
}

/**
 * Starts tools/serve.mjs for `dir` on `port`, under `base`, with `gzip` compressing text as hosts do;
 * resolves with a stop function once it listens.
 */
export function serve(dir, port, { base = '/', gzip = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const options = ['--dir', dir, '--port', String(port), '--base', base, ...(gzip ? ['--gzip'] : [])];
    const child = spawn(process.execPath, [join(project, 'tools', 'serve.mjs'), ...options], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.once('data', () => resolvePromise(() => child.kill()));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

export const readBytes = (path) => readFileSync(path);

export function formatBytes(bytes) {
  if (bytes === null || bytes === undefined) return 'n/a';
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(2)} MB`
    : bytes >= 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${bytes} B`;
}

export function table(rows, columns) {
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => String(row[column] ?? '').length)),
  );
  const line = (cells) => cells.map((cell, index) => String(cell ?? '').padEnd(widths[index])).join('  ');
  return [
    line(columns),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map((row) => line(columns.map((c) => row[c]))),
  ].join('\n');
}
