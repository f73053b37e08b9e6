/**
 * The Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit are filled from
 * content/site.yaml and invent nothing: a copy of the project with some fields filled and some empty
 * is built with SITE set; the build warns by name, the pages show what is given and name what is missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeScratch, scratchBuild, writeContent } from '../support/scratch-build';

describe('content/site.yaml', { timeout: 150_000 }, () => {
  afterAll(() => removeScratch('site-info'));

  it('fills the legal pages, names what is missing, and warns by name when SITE is set', () => {
    const previousSite = process.env['SITE'];
    process.env['SITE'] = 'https://tagungsdoku.example.org';
    let build;
    try {
      build = scratchBuild('site-info', 'partly-filled', (dir) => {
        writeContent(
          dir,
          'site.yaml',
          [
            'operator: Hochschule Beispielstadt',
            'address: [Musterstraße 1, 40000 Beispielstadt]',
            'email: redaktion@example.org',
            '',
          ].join('\n'),
        );
      });
    } finally {
      if (previousSite === undefined) delete process.env['SITE'];
      else process.env['SITE'] = previousSite;
    }
    const { status, output, root } = build;
    expect(status, output).toBe(0);
    const warning = output.split('\n').find((line) => line.includes('content/site.yaml')) ?? '';
    for (const field of ['phone', 'responsible', 'host', 'accessibilityReview'])
      expect(warning).toContain(field);
    for (const field of ['operator', 'address', 'email']) expect(warning).not.toContain(`${field} (`);

    const page = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
    const impressum = page('impressum');
    expect(impressum).toContain('Hochschule Beispielstadt');
    expect(impressum).toContain('Musterstraße 1');
    expect(impressum).toContain('Diese Seite ist noch unvollständig.');
    expect(impressum).toContain('Verantwortlich für den Inhalt (§ 18 Abs. 2 MStV)</li>');
    expect(impressum).not.toContain('<li>Anschrift</li>');
    expect(page('datenschutz')).toContain('<li>Hosting-Anbieter</li>');
    expect(page('barrierefreiheit')).toContain('<li>Datum der letzten Prüfung der Barrierefreiheit</li>');
    // With a contact, every page's footer offers to report an error, by e-mail with the page named.
    expect(page('tagung-2018/raumerleben')).toMatch(
      /<a href="mailto:redaktion@example\.org\?subject=Fehler[^"]*2\.3%20Raumerleben[^"]*"[^>]*>\s*Fehler melden/u,
    );
  });
});
