/**
 * Text from the YAML files as the pages show it, in one real build of a copy of the project with SITE
 * set: the Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit are filled from
 * content/site.yaml and invent nothing (some fields filled, some empty: the build warns by name, the
 * pages show what is given and name what is missing), and markup in a YAML value is published as text.
 * A publication with an Impressum begun but incomplete fails: tests/build/content-errors.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editContent,
  removeScratch,
  scratchBuild,
  writeContent,
  type ScratchBuild,
} from '../support/scratch-build.ts';

let build: ScratchBuild;
const page = (path: string) => readFileSync(join(build.root, 'dist', path, 'index.html'), 'utf8');

describe('text from the YAML files', () => {
  beforeAll(() => {
    build = scratchBuild(
      'site-info',
      'partly-filled',
      (dir) => {
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
        editContent(dir, 'people/katja-jepkens.yaml', (text) =>
          text.replace(
            'name: Katja Jepkens',
            "name: 'Katja <script>alert(1)</script><img src=x onerror=alert(2)> Jepkens'",
          ),
        );
      },
      // A draft: published under SITE with the Impressum still incomplete (TAGUNGSDOKU_DRAFT=1).
      { SITE: 'https://tagungsdoku.example.org', TAGUNGSDOKU_DRAFT: '1' },
    );
  });
  afterAll(() => removeScratch('site-info'));

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('fills the legal pages, names what is missing, and warns by name when SITE is set', () => {
    const warning = build.output.split('\n').find((line) => line.includes('content/site.yaml')) ?? '';
    for (const field of ['phone', 'responsible', 'host', 'accessibilityReview'])
      expect(warning).toContain(field);
    for (const field of ['operator', 'address', 'email']) expect(warning).not.toContain(`${field} (`);

    const impressum = page('impressum');
    expect(impressum).toContain('Hochschule Beispielstadt');
    expect(impressum).toContain('Musterstraße 1');
    expect(impressum).toContain('Diese Seite ist noch unvollständig.');
    // The reference is held together on one line (no-break spaces); the page says once what is missing.
    expect(impressum.replaceAll('\u00a0', ' ')).toContain(
      'Verantwortlich für den Inhalt (§ 18 Abs. 2 MStV)</li>',
    );
    expect(impressum).not.toContain('Noch nicht angegeben.');
    expect(impressum).not.toContain('<li>Anschrift</li>');
    expect(page('datenschutz')).toContain('<li>Hosting-Anbieter</li>');
    expect(page('barrierefreiheit')).toContain('<li>Datum der letzten Prüfung der Barrierefreiheit</li>');
    // With a contact, every page's footer offers to report an error, by e-mail with the page named.
    expect(page('tagung-2018/raumerleben')).toMatch(
      /<a href="mailto:redaktion@example\.org\?subject=Fehler[^"]*2\.3%20Raumerleben[^"]*"[^>]*>\s*Fehler melden/u,
    );
  });

  it('publishes markup in a YAML value as text, never as markup', () => {
    const html = page('tagung-2018/online-befragung');
    expect(html).toContain(
      'Katja &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; Jepkens',
    );
    // Inside quoted attribute values `<` is plain text; everywhere else no such element may appear.
    const outsideAttributes = html.replace(/="[^"]*"/gu, '=""');
    expect(outsideAttributes).not.toMatch(/<script>alert|<img src=x/u);
  });
});
