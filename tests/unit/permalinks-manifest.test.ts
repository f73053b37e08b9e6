import { describe, expect, it } from 'vitest';
import {
  checkFiles,
  checkManifest,
  extractIds,
  isRedirectPage,
  movedAnchors,
  passageOpenings,
  sitemapXml,
} from '#src/lib/permalinks/manifest.ts';

describe('reading the built site', () => {
  it('finds every id once, and tells redirect pages apart', () => {
    expect(
      extractIds(
        '<main id="inhalt"><li id="ergebnis-1">x</li><p data-id="no" id="absatz-1"></p><a id="inhalt"></a>',
      ),
    ).toEqual(['inhalt', 'ergebnis-1', 'absatz-1']);
    expect(isRedirectPage('<meta http-equiv="refresh" content="0;url=/neu/">')).toBe(true);
    expect(isRedirectPage('<meta name="description" content="refresh">')).toBe(false);
  });

  it('writes a sitemap with escaped absolute URLs', () => {
    const xml = sitemapXml(['https://example.org/a/?x=1&y=2']);
    expect(xml).toContain('<loc>https://example.org/a/?x=1&amp;y=2</loc>');
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
  });
});

describe('the permalink manifest check', () => {
  const manifest = { pages: { '/a/': ['x', 'y'], '/b/': ['z'] } };

  it('passes when every address still resolves', () => {
    const built = new Map([
      ['/a/', ['x', 'y']],
      ['/b/', ['z']],
    ]);
    expect(checkManifest(manifest, built, {})).toEqual({ broken: [], unlisted: [] });
  });

  it('reports a page that has gone, and an anchor that has gone', () => {
    const built = new Map([['/a/', ['x']]]);
    expect(checkManifest(manifest, built, {}).broken).toEqual(['/a/#y', '/b/']);
  });

  it('accepts a page that has gone when a redirect sends it to a page with the same anchors', () => {
    const built = new Map([
      ['/a/', ['x', 'y']],
      ['/c/', ['z']],
    ]);
    expect(checkManifest(manifest, built, { '/b/': '/c/' }).broken).toEqual([]);
    expect(
      checkManifest(
        manifest,
        new Map([
          ['/a/', ['x', 'y']],
          ['/c/', []],
        ]),
        { '/b/': '/c/' },
      ).broken,
    ).toEqual(['/b/#z']);
  });

  it('lists new pages and anchors, so the manifest is regenerated and stays complete', () => {
    const built = new Map([
      ['/a/', ['x', 'y', 'neu']],
      ['/b/', ['z']],
      ['/d/', []],
    ]);
    expect(checkManifest(manifest, built, {}).unlisted).toEqual(['/a/#neu', '/d/']);
  });
});

describe('passage ids keep their text', () => {
  const page = [
    '<h2 id="befunde">Befunde</h2>',
    '<p id="absatz-1">Die <a href="/x/">Stadt</a> Köln &amp; <em>Hamburg</em> &#8211; eins zwei drei vier fünf sechs sieben</p>',
    '<ol><li id="ergebnis-1">Erstens.</li><li id="ergebnis-2" class="x">Zweitens &quot;so&quot;.</li></ol>',
    '<p id="fussnote">keine Zählung</p>',
    '<p id="absatz-4" class="passage-removed" role="note">Diese Stelle (Absatz 4) wurde entfernt.</p>',
  ].join('\n');

  it('records the opening words of paragraphs and list items with passage ids, as text, not of a removed one’s note', () => {
    expect(passageOpenings(page)).toEqual({
      'absatz-1': 'Die Stadt Köln & Hamburg – eins zwei',
      'ergebnis-1': 'Erstens.',
      'ergebnis-2': 'Zweitens "so".',
    });
  });

  it('reports an anchor whose text changed, not one that is unchanged or gone', () => {
    const manifest = {
      pages: {},
      openings: {
        '/a/#absatz-1': 'Erster Absatz',
        '/a/#absatz-2': 'Zweiter Absatz',
        '/a/#absatz-9': 'Gelöscht',
      },
    };
    // absatz-1 now holds other text; absatz-2 is unchanged; absatz-9 is gone (checkManifest reports that).
    const built = new Map([['/a/', { 'absatz-1': 'Neu eingefügt', 'absatz-2': 'Zweiter Absatz' }]]);
    expect(movedAnchors(manifest, built)).toEqual([
      { address: '/a/#absatz-1', published: 'Erster Absatz', now: 'Neu eingefügt' },
    ]);
    expect(movedAnchors({ pages: {} }, built)).toEqual([]);
  });

  it('reports the published files that are gone and those the manifest lacks', () => {
    const manifest = { pages: {}, files: ['/a.pdf', '/b.md'] };
    expect(checkFiles(manifest, ['/a.pdf', '/c.epub'])).toEqual({ broken: ['/b.md'], unlisted: ['/c.epub'] });
  });
});
