/**
 * The hosts' build files: the GitHub workflow and the GitLab CI file are valid by their published JSON
 * Schemas (committed copies, tests/fixtures/host-schemas/), each host runs the publication build and
 * publishes `dist/`, netlify.toml's headers are those of public/_headers, and every host gets the Node
 * of .node-version. That the workflow's steps build as written: tests/build/publish-workflow.test.ts.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  netlifyHeadersToml,
  netlifyTomlWithHeaders,
  parseHeadersFile,
  type HeaderRule,
} from '#src/lib/hosting/headers-file.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const workflow = parseYaml(read('.github/workflows/publish.yml')) as GitHubWorkflow;
const gitlab = parseYaml(read('.gitlab-ci.yml')) as Record<string, GitLabJob>;
const netlify = parseToml(read('netlify.toml')) as unknown as NetlifyConfig;

interface GitHubStep {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface GitHubWorkflow {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    { steps: GitHubStep[]; if?: string; needs?: string; permissions?: Record<string, string> }
  >;
}
interface GitLabJob {
  script?: string[];
  before_script?: string[];
  rules?: { if: string }[];
  pages?: { publish: string };
  artifacts?: { paths: string[] };
  extends?: string;
  image?: string;
}
interface NetlifyConfig {
  build: { command: string; publish: string };
  context: Record<string, { command: string }>;
  headers: { for: string; values: Record<string, string> }[];
}

/** A validator for a JSON Schema of SchemaStore's catalog (draft-07, with its formats). */
function schemaValidator(file: string): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(read(`tests/fixtures/host-schemas/${file}`)) as object);
}

const githubSchema = schemaValidator('github-workflow.json');
const gitlabSchema = schemaValidator('gitlab-ci.json');

/** The run steps of a GitHub job, by name. */
function runStep(job: string, name: string): GitHubStep {
  const step = workflow.jobs[job]?.steps.find((each) => each.name === name);
  if (!step?.run) throw new Error(`the job "${job}" has no run step "${name}"`);
  return step;
}

const usesOf = (job: string) => workflow.jobs[job]?.steps.map((step) => step.uses?.split('@')[0]) ?? [];

describe('the GitHub workflow', () => {
  it('is valid by SchemaStore’s schema, which refuses a broken one', () => {
    expect(githubSchema(workflow), JSON.stringify(githubSchema.errors, null, 2)).toBe(true);
    const broken = structuredClone(workflow) as unknown as { jobs: { build: Record<string, unknown> } };
    delete broken.jobs.build['runs-on'];
    expect(githubSchema(broken)).toBe(false);
  });

  it('publishes a push to the default branch on GitHub Pages, and builds a draft for anything else', () => {
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request', 'workflow_dispatch']);
    expect(usesOf('build')).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/configure-pages',
      undefined,
      'actions/cache',
      undefined,
      undefined,
      'actions/upload-pages-artifact',
      'actions/upload-artifact',
    ]);
    const build = runStep('build', 'Website bauen');
    expect(build.run).toContain('npm run build');
    expect(build.run).toMatch(/export SITE="\$PAGES_ORIGIN" BASE_PATH=/u);
    expect(build.env?.['PAGES_ORIGIN']).toBe('${{ steps.pages.outputs.origin }}');
    expect(build.env?.['PAGES_BASE_PATH']).toBe('${{ steps.pages.outputs.base_path }}');
    const pagesArtifact = workflow.jobs['build']?.steps.find((step) =>
      step.uses?.startsWith('actions/upload-pages-artifact'),
    );
    expect(pagesArtifact?.with?.['path']).toBe('dist');
    expect(usesOf('deploy')).toEqual(['actions/deploy-pages']);
    expect(workflow.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('keeps npm’s cache and the cards’ and PDF’s caches of src/lib/build-cache.ts', () => {
    const steps = workflow.jobs['build']?.steps ?? [];
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with?.['cache']).toBe('npm');
    const cache = steps.find((step) => step.uses?.startsWith('actions/cache'));
    expect(String(cache?.with?.['path']).trim().split('\n')).toEqual([
      'node_modules/.cache/tagungsdoku-cards',
      'node_modules/.cache/tagungsdoku-downloads',
    ]);
    // After `npm ci`, which empties node_modules.
    expect(steps.indexOf(cache as GitHubStep)).toBeGreaterThan(
      steps.indexOf(runStep('build', 'Abhängigkeiten installieren')),
    );
  });

  it('puts the build’s messages into the job summary when it fails', () => {
    const summary = runStep('build', 'Meldungen des Baus zusammenfassen');
    expect(summary.if).toBe('failure()');
    expect(summary.run).toContain(
      'tools/build-summary.ts "$RUNNER_TEMP/build-errors.txt" >> "$GITHUB_STEP_SUMMARY"',
    );
    expect(runStep('build', 'Website bauen').run).toContain('tee "$RUNNER_TEMP/build-errors.txt"');
  });
});

describe('the GitLab CI file', () => {
  it('is valid by GitLab’s schema, which refuses a broken one', () => {
    expect(gitlabSchema(gitlab), JSON.stringify(gitlabSchema.errors, null, 2)).toBe(true);
    expect(gitlabSchema({ ...gitlab, pages: { ...gitlab['pages'], pages: { publsh: 'dist' } } })).toBe(false);
  });

  it('publishes the default branch from a job "pages" running the publication build', () => {
    const pages = gitlab['pages'];
    expect(pages?.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(pages?.script?.join('\n')).toMatch(/export SITE=[^\n]*CI_PAGES_URL[\s\S]*npm run build/u);
    expect(pages?.pages?.publish).toBe('dist');
    expect(gitlab['.build']?.before_script).toEqual(['npm ci --no-audit --no-fund']);
    expect(gitlab['entwurf']?.script).toEqual(['npm run build']);
  });
});

describe('netlify.toml', () => {
  it('builds the production site as a publication under its address, and publishes dist/', () => {
    expect(netlify.build).toEqual({ command: 'npm run build', publish: 'dist' });
    expect(netlify.context['production']?.command).toBe('SITE="$URL" npm run build');
    for (const context of ['deploy-preview', 'branch-deploy'])
      expect(netlify.context[context]?.command).toContain('TAGUNGSDOKU_DRAFT=1');
  });

  it('sends the headers of public/_headers, as npm run netlify-headers writes them', () => {
    const fromToml: HeaderRule[] = netlify.headers.map((rule) => ({
      path: rule.for,
      headers: Object.entries(rule.values),
    }));
    const fromFile = parseHeadersFile(read('public/_headers'));
    expect(fromFile.length).toBeGreaterThan(3);
    expect(fromToml).toEqual(fromFile);
    expect(netlifyTomlWithHeaders(read('netlify.toml'), read('public/_headers'))).toBe(read('netlify.toml'));
  });
});

describe('the _headers file', () => {
  it('reads paths, their headers and comments as static hosts do', () => {
    const text =
      '# a comment\n  Stray: before any path\n/*\n  X-A: 1\n\n  # indented comment\n/b/*\n  X-B: a: b\n';
    expect(parseHeadersFile(text)).toEqual([
      { path: '/*', headers: [['X-A', '1']] },
      { path: '/b/*', headers: [['X-B', 'a: b']] },
    ]);
  });

  it('writes TOML that reads back the same, quotes and backslashes included', () => {
    const rules: HeaderRule[] = [
      { path: '/"x"/*', headers: [['Content-Security-Policy', `default-src 'self' "a\\b"`]] },
    ];
    const toml = parseToml(netlifyHeadersToml(rules)) as unknown as NetlifyConfig;
    expect(toml.headers).toEqual([
      { for: '/"x"/*', values: { 'Content-Security-Policy': `default-src 'self' "a\\b"` } },
    ]);
  });
});

describe('Node on the hosts', () => {
  it('is the major version of the node devDependency, which every npm script runs on', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version: string }> };
    const major = lock.packages['node_modules/node']?.version.split('.')[0];
    expect(read('.node-version').trim()).toBe(major);
    expect((gitlab['default'] as GitLabJob).image).toBe(`node:${major}`);
    const setupNode = workflow.jobs['build']?.steps.find((step) =>
      step.uses?.startsWith('actions/setup-node'),
    );
    expect(setupNode?.with?.['node-version-file']).toBe('.node-version');
  });
});
