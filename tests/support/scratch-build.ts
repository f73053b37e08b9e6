/**
 * Real `astro build` runs on a copy of the project under .tmp/, for tests that change content (broken
 * fixtures, a second conference) without touching content/ or dist/. The copies share the project's
 * cache of social cards and PDFs (`TAGUNGSDOKU_CACHE_DIR`, see src/lib/build-cache.ts): only what the
 * test changed is drawn or typeset again.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const project = resolve('.');

/** Astro's command line, from the project's node_modules. */
const astroCli = join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** The project's Node (the `node` package, as npm scripts use it), else the one running the tests. */
const localNode = join(project, 'node_modules', '.bin', 'node');
const node = existsSync(localNode) ? localNode : process.execPath;

/** The project's build cache (or the one `TAGUNGSDOKU_CACHE_DIR` names), shared with every copy. */
const projectCacheDir = process.env['TAGUNGSDOKU_CACHE_DIR'] || join(project, 'node_modules', '.cache');

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
  status: number;
  /** stdout and stderr, without colour codes. */
  output: string;
  /** The scratch project; its build is in `dist/` below it. */
  root: string;
}

/**
 * `astro build` in `root`, as `npm run build` runs it (telemetry off, the project's Node), without npx
 * in between, so that a timeout stops the build itself. `env` comes on top of
 * `cleanEnv()`. Throws when the build does not finish: a hung build has not failed the way tests expect.
 */
export function astroBuild(root: string, env: NodeJS.ProcessEnv = {}): { status: number; output: string } {
  const result = spawnSync(node, [astroCli, 'build', '--root', root], {
    cwd: root,
    encoding: 'utf8',
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    timeout: 280_000,
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/gu, '');
  if (result.status === null)
    throw new Error(
      `the build in ${root} did not finish (${result.error?.message ?? result.signal}):\n${output}`,
    );
  return { status: result.status, output };
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
  const build = astroBuild(root, {
    ...env,
    TAGUNGSDOKU_OUT_DIR: join(root, 'dist'),
    TAGUNGSDOKU_CACHE_DIR: projectCacheDir,
  });
  return { ...build, root };
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

/**
 * Adds a conference of its own to a scratch project: its event file and one introduction with one
 * paragraph, presented by a person the project has (`ulrich-deinet`).
 */
export function writeConference(
  root: string,
  conference: { slug: string; title: string; date: string; introduction: string },
): void {
  const { slug, title, date, introduction } = conference;
  writeContent(
    root,
    `events/${slug}.yaml`,
    [
      `title: ${title}`,
      `reportTitle: Tagung „${title}“`,
      `slug: ${slug}`,
      `date: ${date}`,
      'organizer: inteso',
      'audience: { count: 10, description: Testpublikum. }',
      'summary: Eine Tagung nur für diesen Test.',
      'license: { name: CC BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/deed.de" }',
      '',
    ].join('\n'),
  );
  writeContent(
    root,
    `sections/${slug}/00-einleitung.mdx`,
    [
      '---',
      `event: ${slug}`,
      'order: 0',
      `title: ${introduction}`,
      'slug: einleitung',
      'kind: introduction',
      'description: Ein Absatz nur für diesen Test.',
      'presenters: [ulrich-deinet]',
      '---',
      '',
      'Ein Absatz nur für diesen Test.',
      '',
    ].join('\n'),
  );
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

/** A built site served by tools/serve.mjs, as a static host would serve it. */
export interface ServedSite {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  stop(): void;
}

/**
 * Serves a build's `dist` on `port` (under `base`, `/` if not given) and waits until it answers, up to
 * 30 s: a busy machine starts Node slowly.
 */
export async function serveBuild(dist: string, port: number, base = '/'): Promise<ServedSite> {
  const server = spawn(
    process.execPath,
    ['tools/serve.mjs', '--dir', dist, '--port', String(port), '--base', base],
    { stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => server.kill();
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const up = await fetch(`${origin}${base}`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return { origin, stop };
    await new Promise((done) => setTimeout(done, 100));
  }
  stop();
  throw new Error(`the server on port ${port} did not start`);
}
