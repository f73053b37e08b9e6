/** The 404 page's suggestions: which page an unknown address probably meant, and words to search for. */
import { describe, expect, it } from 'vitest';
import { searchWordsFromPath, suggestPages } from '#src/lib/not-found/suggestions.ts';

const pages = [
  { path: '/', title: 'Start' },
  { path: '/tagung-2018/', title: 'Tagung „Integration im Sozialraum“: der Bericht' },
  { path: '/tagung-2018/raumerleben/', title: '2.3 Raumerleben junger Geflüchteter' },
  { path: '/tagung-2018/online-befragung/', title: '2.2 Online-Befragung' },
  { path: '/themen/ehrenamt/', title: 'Ehrenamt und Hauptamt' },
  { path: '/orte/koeln/', title: 'Köln' },
];

describe('suggestions for an unknown address', () => {
  it('find the page a link with a typo, upper case or no slash meant', () => {
    expect(suggestPages('/tagung-2018/raumerlebn/', pages).map((page) => page.path)).toEqual([
      '/tagung-2018/raumerleben/',
    ]);
    expect(suggestPages('/Tagung-2018/Raumerleben', pages)[0]?.path).toBe('/tagung-2018/raumerleben/');
    expect(suggestPages('/tagung-2018/raumerleben/index.html', pages)[0]?.path).toBe(
      '/tagung-2018/raumerleben/',
    );
    // The last part alone is enough when the folder is wrong.
    expect(suggestPages('/tagung-2019/online-befragung/', pages)[0]?.path).toBe(
      '/tagung-2018/online-befragung/',
    );
    expect(suggestPages('/orte/k%C3%B6ln/', pages)[0]?.path).toBe('/orte/koeln/');
  });

  it('count two swapped letters as one wrong letter', () => {
    // Two swaps each: four letters changed, too many without swaps, two edits with them.
    expect(suggestPages('/tagung-2018/ruamerlbeen/', pages).map((page) => page.path)).toEqual([
      '/tagung-2018/raumerleben/',
    ]);
    expect(suggestPages('/orte/okenl/', pages).map((page) => page.path)).toEqual(['/orte/koeln/']);
  });

  it('respect a base path and suggest nothing for an address that resembles no page', () => {
    const based = pages.map((page) => ({ ...page, path: `/tagungsdoku${page.path}` }));
    expect(suggestPages('/tagungsdoku/themen/ehrenamd/', based, '/tagungsdoku/')[0]?.path).toBe(
      '/tagungsdoku/themen/ehrenamt/',
    );
    expect(suggestPages('/impressum/', pages)).toEqual([]);
    expect(suggestPages('/', pages)).toEqual([]);
  });

  it('turn the last part of an address into words to search for', () => {
    expect(searchWordsFromPath('/tagung-2018/alter-name/')).toBe('alter name');
    expect(searchWordsFromPath('/tagungsdoku/Welcome_Points.html', '/tagungsdoku/')).toBe('welcome points');
    // Markup typed into an address leaves its words, not its brackets.
    expect(searchWordsFromPath('/<script>')).toBe('script');
    expect(searchWordsFromPath('/%3Cscript%3E')).toBe('script');
    expect(searchWordsFromPath('/Straßen-Namen/')).toBe('straßen namen');
  });
});
