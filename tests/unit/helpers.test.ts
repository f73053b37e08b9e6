/** The small shared helpers: the Markdown escaper and the memo helper. */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '#src/lib/markdown.ts';
import { memoize, once } from '#src/lib/memoize.ts';
import { conferenceByOrganizer } from '#src/lib/naming/labels.ts';

describe('escapeMarkdown', () => {
  it('leaves an underscore inside a word alone', () => {
    expect(escapeMarkdown('Mitarbeiter_innen und Projektleiter_innen')).toBe(
      'Mitarbeiter_innen und Projektleiter_innen',
    );
  });

  it('escapes underscores at the edge of a word and every other inline markup character', () => {
    expect(escapeMarkdown('_betont_ und _Anfang')).toBe('\\_betont\\_ und \\_Anfang');
    expect(escapeMarkdown('*Stern* [Klammer] <tag> `code` \\')).toBe(
      '\\*Stern\\* \\[Klammer\\] \\<tag\\> \\`code\\` \\\\',
    );
    expect(escapeMarkdown('„Tagung“, 15. Juni 2018 – Köln')).toBe('„Tagung“, 15. Juni 2018 – Köln');
  });
});

describe('memoize', () => {
  it('computes once per key and gives later calls the same result', () => {
    const calls: string[] = [];
    const length = memoize((word) => {
      calls.push(word);
      return word === 'leer' ? undefined : word.length;
    });
    expect([length('Köln'), length('Köln'), length('leer'), length('leer'), length('Essen')]).toEqual([
      4,
      4,
      undefined,
      undefined,
      5,
    ]);
    expect(calls).toEqual(['Köln', 'leer', 'Essen']);
  });

  it('keys other arguments by the key given, and keeps a promise once made', async () => {
    let made = 0;
    const bookOf = memoize(
      async (conference: { slug: string }) => {
        made += 1;
        return `Buch ${conference.slug}`;
      },
      (conference) => conference.slug,
    );
    const first = bookOf({ slug: 'tagung-2018' });
    expect(bookOf({ slug: 'tagung-2018' })).toBe(first);
    expect(await Promise.all([first, bookOf({ slug: 'tagung-2019' })])).toEqual([
      'Buch tagung-2018',
      'Buch tagung-2019',
    ]);
    expect(made).toBe(2);
  });
});

describe('once', () => {
  it('loads on the first call and shares the load with every later one', async () => {
    let loads = 0;
    const answers = once(async () => {
      loads += 1;
      return ['Köln'];
    });
    const first = answers();
    expect(answers()).toBe(first);
    expect(await first).toEqual(['Köln']);
    expect(await answers()).toEqual(['Köln']);
    expect(loads).toBe(1);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    let loads = 0;
    const answers = once(async () => {
      loads += 1;
      if (loads === 1) throw new Error('offline');
      return 'geladen';
    });
    await expect(answers()).rejects.toThrow('offline');
    expect(await answers()).toBe('geladen');
    expect(await answers()).toBe('geladen');
    expect(loads).toBe(2);
  });
});

describe('memoize with a limit', () => {
  it('keeps the newest keys and computes a forgotten one again', () => {
    const calls: string[] = [];
    const upper = memoize(
      (word: string) => {
        calls.push(word);
        return word.toUpperCase();
      },
      (word) => word,
      2,
    );
    for (const word of ['a', 'b', 'c', 'c', 'b', 'a']) upper(word);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('conferenceByOrganizer', () => {
  it('names a research project by its kind and short name, any other organizer by its name in brackets', () => {
    expect(
      conferenceByOrganizer('Zweite Tagung', {
        kind: 'forschungsprojekt',
        name: 'INTESO – Integration im Sozialraum. Lokale Konzepte zur Vernetzung und Steuerung zivilgesellschaftlicher und institutioneller Ressourcen',
        shortName: 'INTESO',
      }),
    ).toBe('Zweite Tagung des Forschungsprojekts INTESO');
    expect(
      conferenceByOrganizer('Tagung', {
        kind: 'hochschule',
        name: 'Hochschule Düsseldorf',
        shortName: 'HSD',
      }),
    ).toBe(
      'Tagung (Hochschule Düsseldorf)',
      // Its abbreviation is left out: no brackets inside brackets.
    );
  });
});
