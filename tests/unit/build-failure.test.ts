/**
 * The job summary of a failed build (src/lib/hosting/build-failure.ts, tools/build-summary.ts): the
 * build's own words, from what real failed builds wrote to stderr (tests/fixtures/build-errors/), without
 * Astro's and npm's additions, and in German what to do.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildErrorLines, buildFailureSummary } from '#src/lib/hosting/build-failure.ts';
import { impressumFields } from '#src/lib/legal/site-info.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/build-errors/${name}.txt`, 'utf8');

/** What no summary may show: where in the code, and npm's own lines. */
function expectNoCodeLocations(text: string): void {
  expect(text).not.toMatch(/Stack trace|Location:|node_modules|^\s*at /mu);
  expect(text).not.toMatch(/\[ERROR\]|npm error|An unhandled error occurred/u);
}

describe('what a failed build said', () => {
  it('is the Impressum’s message alone, naming the file and each missing field', () => {
    const lines = buildErrorLines(fixture('impressum'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\.\/content\/site\.yaml: Das Impressum ist unvollständig/u);
    for (const field of impressumFields) expect(lines[0]).toContain(`${field} (`);
    expectNoCodeLocations(lines.join('\n'));
  });

  it('is a schema error’s entry and field, without Astro’s hint to its English docs', () => {
    expect(buildErrorLines(fixture('content-schema'))).toEqual([
      'sections → tagung-2018/01-begruessung data does not match collection schema.',
      '',
      '  title: Too small: expected string to have >=1 characters',
    ]);
  });

  it('keeps a list of problems as a list', () => {
    const lines = buildErrorLines(fixture('content-integrity'));
    expect(lines[0]).toBe('The content has 1 problem:');
    expect(lines[1]).toMatch(/^ {2}- content\/events\/tagung-2018\.yaml: edition: /u);
    expect(lines).toHaveLength(2);
  });

  it('drops colour codes and npm’s lines, whatever the message says', () => {
    const stderr =
      '\u001b[31m12:00:01 [ERROR]\u001b[39m [check] Eine neue Meldung in anderem Wortlaut.\n' +
      '  \u001b[2mStack trace:\u001b[22m\n    at x (file:///a.js:1:1)\n' +
      'npm error Lifecycle script `build` failed with error:\nnpm error code 1\n';
    expect(buildErrorLines(stderr)).toEqual(['Eine neue Meldung in anderem Wortlaut.']);
  });
});

describe('the job summary', () => {
  it('says in German that nothing new went online, what the build said, and what to do', () => {
    const summary = buildFailureSummary(fixture('content-integrity'));
    expect(summary).toMatch(
      /^## Die Website wurde nicht neu veröffentlicht\n\nDie bisherige Fassung bleibt online\./u,
    );
    expect(summary).toContain(
      '\n\nThe content has 1 problem:\n\n- content/events/tagung-2018.yaml: edition: ',
    );
    // Markdown in a message is shown as text: the placeholder's brackets are no link.
    expect(summary).toContain('"\\[Bitte ergänzen: Ausgabe\\]"');
    expect(summary).toContain('Redaktion unter `/admin/`');
    expectNoCodeLocations(summary);
  });

  it('says when the build said nothing, and when it never started', () => {
    expect(buildFailureSummary('\n  Stack trace:\n    at x\n')).toContain(
      'ohne eine Fehlermeldung auszugeben',
    );
    expect(buildFailureSummary(undefined)).toContain('Der Bau hat nicht begonnen');
  });

  it('is what tools/build-summary.ts prints for the file the workflow keeps', () => {
    const run = spawnSync(
      process.execPath,
      ['tools/build-summary.ts', 'tests/fixtures/build-errors/impressum.txt'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(buildFailureSummary(fixture('impressum')));
    const missing = spawnSync(
      process.execPath,
      ['tools/build-summary.ts', 'tests/fixtures/build-errors/none.txt'],
      {
        encoding: 'utf8',
      },
    );
    expect(missing.stdout).toBe(buildFailureSummary(undefined));
  });
});
