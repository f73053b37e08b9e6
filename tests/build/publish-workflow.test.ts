/**
 * The hosts' build steps as written, on a clean clone of the repository (its last commit: changes not
 * committed are not in it). The GitHub workflow's build job runs step by step as a runner would: each
 * `run:` in `bash --noprofile --norc -eo pipefail`, with the env the workflow gives it (its `${{ … }}`
 * expressions taken from a table of what GitHub puts there for a pull request or a push to the default
 * branch), Node 24 first on PATH as actions/setup-node puts it, a step with `if: failure()` only after a
 * failed one. Of the steps that use an action, actions/cache is played by copying the project's caches
 * of cards and PDFs (a cache hit); the others are GitHub's own and left out. The GitLab job "pages" runs
 * its script the same way with GitLab's variables.
 *
 * The install step runs as written in npm's dry run (`npm_config_dry_run`, for that step only): `npm ci`
 * checks package.json against the lock file and fails when they differ, as on a runner, but does not
 * unpack the 665 packages, which took 40 s of a quiet machine and twice that beside the browser tests.
 * The tree it would unpack is the project's own, from the same lock file, hard-linked into the clone
 * (its caches left out: the cache step plays those). A real `npm ci` on a fresh clone runs in
 * `.ci/run` before every landing; tests/unit/install.test.ts holds every locked package's engines to
 * the Node the scripts run on, and tests/unit/hosts.test.ts the workflow's Node to the same major. The
 * later scenarios are further runs of the same commit on that tree. The publication of a project site is
 * also the build under a base path whose every link, asset and address tests/build/base-path.ts checks.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { impressumFields, siteFieldLabel } from '#src/lib/legal/site-info.ts';
import { cleanEnv } from '../support/scratch-build.ts';
import { describeBasePathBuild } from './base-path.ts';

interface Step {
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface StepResult {
  name: string;
  status: number;
  output: string;
}

const project = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'tagungsdoku-workflow-'));
const clone = join(work, 'clone');
/** A folder holding only the Node that runs the tests (the project's Node 24), first on PATH. */
const nodeBin = dirname(process.execPath);

/** What GitHub puts into the workflow's expressions, for a pull request and for a push to `main`. */
const PUBLISH =
  "github.event_name != 'pull_request' && github.ref_name == github.event.repository.default_branch";
const repository = {
  'github.repository': 'tagungsteam/tagungsdoku',
  'github.event.repository.default_branch': 'main',
  'vars.TAGUNGSDOKU_EDITOR_AUTH_URL': '',
};
const pullRequest: Record<string, string> = {
  ...repository,
  [PUBLISH]: 'false',
  // actions/configure-pages is skipped for a draft: its outputs are empty.
  'steps.pages.outputs.origin': '',
  'steps.pages.outputs.base_path': '',
};
const pushToMain: Record<string, string> = {
  ...repository,
  [PUBLISH]: 'true',
  // What actions/configure-pages reads from a project site's Pages settings.
  'steps.pages.outputs.origin': 'https://tagungsteam.github.io',
  'steps.pages.outputs.base_path': '/tagungsdoku',
};

/** `${{ expression }}` replaced from the table; an expression the table lacks fails the test by name. */
function expand(text: string, expressions: Record<string, string>): string {
  return text.replace(/\$\{\{\s*(.+?)\s*\}\}/gu, (_, expression: string) => {
    const value = expressions[expression];
    if (value === undefined)
      throw new Error(`the test does not know what GitHub puts into \${{ ${expression} }}`);
    return value;
  });
}

/** The environment of a runner: the machine's, less what the tests and npm set, plus GitHub's own. */
function runnerEnv(runnerTemp: string): NodeJS.ProcessEnv {
  const env = cleanEnv();
  for (const name of Object.keys(env))
    if (/^(npm_|SITE$|BASE_PATH$|TAGUNGSDOKU_)/u.test(name)) delete env[name];
  return {
    ...env,
    PATH: `${nodeBin}:${env['PATH'] ?? ''}`,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerTemp,
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'step-summary.md'),
    // npm ci takes the packages from npm's cache on this machine, as actions/setup-node's npm cache would.
    npm_config_prefer_offline: 'true',
  };
}

/** Runs a bash script as GitHub's `shell: bash` does, in the clone. */
function bash(
  script: string,
  env: NodeJS.ProcessEnv,
  file: string,
  timeout: number,
): { status: number; output: string } {
  writeFileSync(file, script);
  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
    cwd: clone,
    env,
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status === null)
    throw new Error(
      `${file} did not finish (${run.error?.message ?? run.signal}):\n${run.stdout}${run.stderr}`,
    );
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** The workflow's install step, run in npm's dry run over the project's hard-linked tree. */
const INSTALL = 'Abhängigkeiten installieren';

/**
 * The packages the lock file installs, as the project has them, hard-linked into the clone: every
 * package and `.bin`, not the folders builds write into (`.cache`, `.astro`), which a link would share.
 */
function linkInstalledTree(): void {
  const installed = join(project, 'node_modules');
  mkdirSync(join(clone, 'node_modules'));
  for (const entry of readdirSync(installed)) {
    if (entry.startsWith('.') && entry !== '.bin') continue;
    const linked = spawnSync('cp', ['-al', join(installed, entry), join(clone, 'node_modules', entry)], {
      encoding: 'utf8',
    });
    expect(linked.status, linked.stderr).toBe(0);
  }
}

/** Plays actions/cache's restore: the paths it keeps, copied from the project's own caches. */
function restoreCache(paths: string, into = (path: string) => join(clone, path)): void {
  for (const path of paths.trim().split('\n')) {
    const kept = join(project, path);
    if (existsSync(kept)) cpSync(kept, into(path), { recursive: true });
  }
}

/**
 * The build job's steps in order, from `from` on (a step's name), as a runner runs them; the results of
 * the run steps.
 */
function runBuildJob(
  expressions: Record<string, string>,
  from?: string,
): { steps: StepResult[]; summary: string } {
  const workflow = parse(readFileSync(join(clone, '.github/workflows/publish.yml'), 'utf8')) as {
    jobs: { build: { env: Record<string, string>; steps: Step[] } };
  };
  const job = workflow.jobs.build;
  const runnerTemp = mkdtempSync(join(work, 'runner-'));
  const env = runnerEnv(runnerTemp);
  for (const [name, value] of Object.entries(job.env)) env[name] = expand(value, expressions);
  const start = from ? job.steps.findIndex((step) => step.name === from) : 0;
  expect(start, `the job has a step "${from}"`).toBeGreaterThanOrEqual(0);
  const steps: StepResult[] = [];
  let failed = false;
  for (const [index, step] of job.steps.slice(start).entries()) {
    if (step.uses) {
      if (step.uses.startsWith('actions/cache@') && !failed) restoreCache(step.with?.['path'] ?? '');
      continue;
    }
    if (step.if !== undefined && step.if !== 'failure()')
      throw new Error(`the test cannot evaluate if: ${step.if}`);
    if ((step.if === 'failure()') !== failed) continue;
    const stepEnv: NodeJS.ProcessEnv = {
      ...env,
      ...(step.name === INSTALL ? { npm_config_dry_run: 'true' } : {}),
    };
    for (const [name, value] of Object.entries(step.env ?? {})) stepEnv[name] = expand(value, expressions);
    const script = expand(step.run ?? '', expressions);
    const result = bash(script, stepEnv, join(runnerTemp, `step-${index}.sh`), 900_000);
    steps.push({ name: step.name ?? script, ...result });
    if (result.status !== 0) failed = true;
  }
  const summaryFile = join(runnerTemp, 'step-summary.md');
  return { steps, summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '' };
}

const page = (path: string) => readFileSync(join(clone, 'dist', path), 'utf8');
const canonical = (path = 'index.html') => /<link rel="canonical" href="([^"]+)"/u.exec(page(path))?.[1];
const editorBackend = () =>
  (JSON.parse(page('admin/config.json')) as { backend: Record<string, unknown> }).backend;

/** content/site.yaml with every field an Impressum needs, as a team fills it in before publishing. */
const IMPRESSUM = [
  'operator: Hochschule Beispielstadt',
  'address: [Musterstraße 1, 40000 Beispielstadt]',
  'email: redaktion@example.org',
  'responsible: Erika Mustermann',
  '',
].join('\n');

describe('the hosts’ build steps as written, on a clean clone', () => {
  let draft: { steps: StepResult[]; summary: string };

  beforeAll(() => {
    const cloned = spawnSync('git', ['clone', '--quiet', '--no-hardlinks', project, clone], {
      encoding: 'utf8',
    });
    expect(cloned.status, cloned.stderr).toBe(0);
    linkInstalledTree();
    draft = runBuildJob(pullRequest);
  }, 1_200_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('installs and builds a draft for a pull request, nothing to publish and no summary', () => {
    // The install's 0: npm found package.json and the lock file in step (it exits 1 when they differ).
    expect(draft.steps.map((step) => `${step.name}: ${step.status}`)).toEqual([
      `${INSTALL}: 0`,
      'Website bauen: 0',
    ]);
    expect(canonical()).toBe('http://localhost:4321/');
    // The draft's editor edits a local working copy only.
    expect(editorBackend()['repo']).toBe('lokal/tagungsdoku');
    expect(draft.summary).toBe('');
  });

  it('refuses to publish this repository’s content as it is, and the job summary gives the build’s German message', () => {
    const { steps, summary } = runBuildJob(pushToMain, 'Karten und PDF des letzten Baus holen');
    expect(steps.map((step) => `${step.name}: ${step.status === 0 ? 'ok' : 'failed'}`)).toEqual([
      'Website bauen: failed',
      'Meldungen des Baus zusammenfassen: ok',
    ]);
    expect(summary).toMatch(/^## Die Website wurde nicht neu veröffentlicht\n/u);
    expect(summary).toContain('content/site.yaml: Das Impressum ist unvollständig');
    // Each missing field by its label in the editor („E-Mail“), where the team fills it in.
    for (const field of impressumFields) expect(summary).toContain(`„${siteFieldLabel(field)}“`);
    expect(summary).not.toMatch(/Stack trace|node_modules/u);
  }, 600_000);

  it('publishes under the Pages site’s address, with the editor saving into the repository', () => {
    writeFileSync(join(clone, 'content/site.yaml'), IMPRESSUM);
    const { steps, summary } = runBuildJob(pushToMain, 'Karten und PDF des letzten Baus holen');
    expect(
      steps.map((step) => `${step.name}: ${step.status}`),
      steps.at(-1)?.output,
    ).toEqual(['Website bauen: 0']);
    expect(summary).toBe('');
    expect(canonical()).toBe('https://tagungsteam.github.io/tagungsdoku/');
    expect(canonical('tagung-2018/index.html')).toBe(
      'https://tagungsteam.github.io/tagungsdoku/tagung-2018/',
    );
    expect(page('index.html')).toContain('href="/tagungsdoku/tagung-2018/"');
    expect(editorBackend()).toMatchObject({
      name: 'github',
      repo: 'tagungsteam/tagungsdoku',
      branch: 'main',
    });
  }, 600_000);

  // The publication above is a build under a base path with SITE set: the base path's checks run on it.
  describeBasePathBuild(() => ({
    outDir: join(clone, 'dist'),
    site: pushToMain['steps.pages.outputs.origin'] ?? '',
    base: `${pushToMain['steps.pages.outputs.base_path'] ?? ''}/`,
  }));

  it('publishes on GitLab Pages under the address GitLab gives, from the job “pages” as written', () => {
    const gitlab = parse(readFileSync(join(clone, '.gitlab-ci.yml'), 'utf8')) as Record<
      string,
      { variables?: Record<string, string>; script?: string[] }
    >;
    const predefined: Record<string, string> = {
      CI_PROJECT_DIR: clone,
      CI_PAGES_URL: 'https://tagungsteam.gitlab.io/tagungsdoku',
      CI_PROJECT_PATH: 'tagungsteam/tagungsdoku',
      CI_DEFAULT_BRANCH: 'main',
      CI_API_V4_URL: 'https://gitlab.com/api/v4',
    };
    const env: NodeJS.ProcessEnv = {
      ...runnerEnv(mkdtempSync(join(work, 'gitlab-'))),
      GITLAB_CI: 'true',
      ...predefined,
    };
    const variables: Record<string, string> = {
      ...(gitlab['variables'] as unknown as Record<string, string>),
      ...gitlab['pages']?.variables,
    };
    for (const [name, value] of Object.entries(variables))
      env[name] = value.replace(/\$(\w+)/gu, (_, variable: string) => predefined[variable] ?? '');
    // GitLab's cache of cards and PDFs, as it would restore it.
    const cacheDir = env['TAGUNGSDOKU_CACHE_DIR'] ?? '';
    expect(cacheDir).toContain(clone);
    mkdirSync(cacheDir, { recursive: true });
    restoreCache('node_modules/.cache/tagungsdoku-cards\nnode_modules/.cache/tagungsdoku-downloads', (path) =>
      join(cacheDir, path.replace('node_modules/.cache/', '')),
    );
    const script = (gitlab['pages']?.script ?? []).join('\n');
    const run = bash(script, env, join(work, 'gitlab-pages.sh'), 600_000);
    expect(run.status, run.output).toBe(0);
    expect(canonical()).toBe('https://tagungsteam.gitlab.io/tagungsdoku/');
    expect(editorBackend()).toMatchObject({
      name: 'gitlab',
      repo: 'tagungsteam/tagungsdoku',
      branch: 'main',
      api_root: 'https://gitlab.com/api/v4',
    });
  }, 600_000);
});
