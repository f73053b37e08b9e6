import { describe, expect, it } from 'vitest';
import {
  kindAddsToTitle,
  nestSections,
  presentersNotInTitle,
  sectionByline,
  shownKind,
} from '#src/lib/outline.ts';

describe('nestSections', () => {
  it('puts numbered sections below their chapter and keeps the reading order', () => {
    const outline = nestSections([
      { number: undefined, slug: 'einleitung' },
      { number: '1', slug: 'begruessung' },
      { number: '2', slug: 'inteso' },
      { number: '2.1', slug: 'forschungsdesign' },
      { number: '2.1.1', slug: 'detail' },
      { number: '2.2', slug: 'online-befragung' },
      { number: '3', slug: 'andere-kommunen' },
    ]);
    const shape = (entries: typeof outline): unknown =>
      entries.map((entry) => [entry.section.slug, shape(entry.children)]);
    expect(shape(outline)).toEqual([
      ['einleitung', []],
      ['begruessung', []],
      [
        'inteso',
        [
          ['forschungsdesign', [['detail', []]]],
          ['online-befragung', []],
        ],
      ],
      ['andere-kommunen', []],
    ]);
  });

  it('keeps a section whose chapter is missing on the top level instead of dropping it', () => {
    const outline = nestSections([{ number: '5.1', slug: 'waise' }]);
    expect(outline.map((entry) => entry.section.slug)).toEqual(['waise']);
  });
});

describe('kindAddsToTitle and shownKind', () => {
  it('leaves out a kind that the title already says, as a word and in any case', () => {
    expect(kindAddsToTitle('Einleitung', ['Tagung „Integration im Sozialraum“', 'Einleitung'])).toBe(false);
    expect(kindAddsToTitle('Begrüßung', ['Begrüßung und Auftakt'])).toBe(false);
    expect(kindAddsToTitle('Schlusskommentar', ['Schlusskommentar durch Prof. Dr. Ulrich Deinet'])).toBe(
      false,
    );
    expect(kindAddsToTitle('Gastvortrag', ['GASTVORTRAG: Ein Thema'])).toBe(false);
  });

  it('keeps a kind the title does not say, also where it is only part of a longer word', () => {
    expect(kindAddsToTitle('Projektvortrag', ['Online-Befragung'])).toBe(true);
    expect(kindAddsToTitle('Einleitung', ['Kapiteleinleitung'])).toBe(true);
  });

  it('gives the label to show, or nothing', () => {
    const section = {
      kindLabel: 'Projektvortrag',
      title: 'Online-Befragung',
      shortTitle: 'Online-Befragung',
    };
    expect(shownKind(section)).toBe('Projektvortrag');
    expect(shownKind({ ...section, kindLabel: 'Begrüßung', title: 'Begrüßung und Auftakt' })).toBeUndefined();
  });
});

describe('presentersNotInTitle and sectionByline: one rule for every list', () => {
  const deinet = { name: 'Ulrich Deinet', displayName: 'Prof. Dr. Ulrich Deinet' };
  const scholten = { name: 'Lisa Scholten', displayName: 'Lisa Scholten' };
  const closing = {
    kindLabel: 'Schlusskommentar',
    title: 'Schlusskommentar durch Prof. Dr. Ulrich Deinet',
    shortTitle: 'Schlusskommentar',
    presenters: [deinet],
  };

  it('leaves out a presenter the title names, with or without the academic title', () => {
    expect(presentersNotInTitle(closing.title, [deinet, scholten])).toEqual([scholten]);
    expect(presentersNotInTitle('Ulrich Deinet: Ein Thema', [deinet])).toEqual([]);
    // Soft hyphens and line breaks in a title do not hide a name.
    expect(presentersNotInTitle('Ein Beitrag von Ulrich Dei\u00adnet', [deinet])).toEqual([]);
    expect(presentersNotInTitle('Ein Beitrag von Ulrich\n Deinet', [deinet])).toEqual([]);
  });

  it('gives no byline under a full title that names its presenter and says its kind', () => {
    expect(sectionByline(closing, closing.title)).toBe('');
    // The short title names nobody: the presenter stands below it.
    expect(sectionByline(closing, closing.shortTitle)).toBe('Prof. Dr. Ulrich Deinet');
  });

  it('names the kind of every talk, not only the first of a row, and the presenters joined the German way', () => {
    const talk = {
      kindLabel: 'Projektvortrag',
      title: 'Raumerleben junger Geflüchteter',
      shortTitle: 'Raumerleben junger Geflüchteter',
      presenters: [scholten, deinet],
    };
    expect(sectionByline(talk, talk.shortTitle)).toBe(
      'Projektvortrag · Lisa Scholten und Prof. Dr. Ulrich Deinet',
    );
    const guest = {
      kindLabel: 'Gastvortrag',
      title: 'Lisa Scholten: Ein Gastvortrag über Räume',
      shortTitle: 'Ein Gastvortrag über Räume',
      presenters: [scholten],
    };
    // The full title names her and says „Gastvortrag“: nothing left to say below it.
    expect(sectionByline(guest, guest.title)).toBe('');
  });
});
