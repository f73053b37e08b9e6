/**
 * Real `astro build` runs on a copy of the project under .tmp/, for tests that change content (broken
 * fixtures, a second conference) without touching content/ or dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const project = resolve('.');

/**
 * The environment without what Vitest sets for itself: its `BASE_URL=/`, `MODE`, `NODE_ENV=test` would
 * reach the child's Vite as `import.meta.env` and override the configured base.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|TAGUNGSDOKU_CONTENT)$/u.test(name))
      delete env[name];
  }
  return env;
}

export interface ScratchBuild {
  status: number | null;
  /** stdout and stderr, without colour codes. */
  output: string;
  /** The scratch project; its build is in `dist/` below it. */
  root: string;
}

/**
 * Copies the project to `.tmp/<group>/<name>`, lets `prepare` change it, and builds it there, with `env`
 * added to the environment (e.g. `SITE` for a publication build, `TAGUNGSDOKU_DRAFT=1` for a draft).
 */
export function scratchBuild(
  group: string,
  name: string,
  prepare: (root: string) => void,
  env: NodeJS.ProcessEnv = {},
): ScratchBuild {
  const root = join(project, '.tmp', group, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(join(project, entry), join(root, entry), { recursive: true });
  }
  prepare(root);
  const result = spawnSync('npx', ['astro', 'build', '--root', root], {
    cwd: root,
    encoding: 'utf8',
    env: { ...cleanEnv(), ...env, NO_COLOR: '1', FORCE_COLOR: '0', TAGUNGSDOKU_OUT_DIR: join(root, 'dist') },
    timeout: 120_000,
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/gu, '');
  return { status: result.status, output, root };
}

/** Changes one content file of a scratch project; fails when the change changed nothing. */
export function editContent(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, 'content', file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the fixture did not change ${file}`);
  writeFileSync(path, after);
}

/** Writes a new content file into a scratch project. */
export function writeContent(root: string, file: string, text: string): void {
  const path = join(root, 'content', file);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

/** The HTML files a build wrote (none when it failed before writing pages). */
export function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

/** Removes the scratch projects of a group. */
export function removeScratch(group: string): void {
  rmSync(join(project, '.tmp', group), { recursive: true, force: true });
}
