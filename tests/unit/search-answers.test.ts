import { describe, expect, test } from 'vitest';
import { matchAnswers, packAnswers, unpackAnswers, type Answer } from '#src/lib/search/answers.ts';
import { siteAnswers } from '#src/lib/search/answers-data.ts';
import { getAllSections, getRegister } from '#src/lib/report.ts';

describe('instant answers', () => {
  const answers: Answer[] = [
    {
      kind: 'Person',
      label: 'Prof. Dr. Schahrzad Farrokhzad',
      url: '/a/',
      detail: '3.1 Kommunales Management',
    },
    { kind: 'Abschnitt', label: '3.1 Kommunales Management', url: '/a/', detail: 'Gastvortrag' },
    { kind: 'Thema', label: 'Ehrenamt', url: '/themen/ehrenamt/', detail: '4 Abschnitte' },
    {
      kind: 'Institution',
      label: 'Technische Hochschule Köln',
      url: '/institutionen/th/',
      also: ['TH Köln'],
    },
    { kind: 'Ort', label: 'Köln', url: '/orte/koeln/' },
  ];
  const indexed = unpackAnswers(packAnswers(answers));

  test('survive the compact file', () => {
    expect(indexed.map(({ words: _words, ...answer }) => answer)).toEqual(
      answers.map(({ also: _also, ...answer }) => answer),
    );
  });
  test('match the beginnings of their words, umlauts folded, each page once', () => {
    expect(matchAnswers(indexed, 'Farrokhzad').map(({ url }) => url)).toEqual(['/a/']);
    expect(matchAnswers(indexed, 'ehrenam')[0]?.label).toBe('Ehrenamt');
    expect(matchAnswers(indexed, 'Koeln').map(({ kind }) => kind)).toEqual(['Institution', 'Ort']);
    expect(matchAnswers(indexed, 'TH Koeln')[0]?.label).toBe('Technische Hochschule Köln');
  });
  test('forgive one edit in the word being typed, not in the words before it', () => {
    expect(matchAnswers(indexed, 'Farok')[0]?.label).toBe('Prof. Dr. Schahrzad Farrokhzad');
    expect(matchAnswers(indexed, 'Farok Kommunales')).toEqual([]);
    expect(matchAnswers(indexed, 'Xylophon')).toEqual([]);
    expect(matchAnswers(indexed, 'K')).toEqual([]);
  });
});

describe('the report’s answers', () => {
  test('lead a presenter to each section they presented, and every section by its short title', async () => {
    const sections = (await getAllSections()).map(({ section }) => section);
    const answers = siteAnswers(await getRegister(), sections);
    const deinet = answers.filter(({ kind, label }) => kind === 'Person' && label.endsWith('Ulrich Deinet'));
    expect(deinet.length).toBeGreaterThanOrEqual(2);
    expect(new Set(deinet.map(({ url }) => url)).size).toBe(deinet.length);
    for (const section of sections)
      expect(answers.some(({ kind, url }) => kind === 'Abschnitt' && url === section.url)).toBe(true);
    expect(answers.some(({ kind }) => kind === 'Thema')).toBe(true);
    expect(answers.some(({ kind }) => kind === 'Ort')).toBe(true);
  });
});

test('a presenter’s answer names the section by number and short title, without the presenter again', async () => {
  const sections = (await getAllSections()).map(({ section }) => section);
  const presented = siteAnswers(await getRegister(), sections).filter(
    ({ kind, url }) => kind === 'Person' && !url.includes('/referierende/'),
  );
  expect(presented.length).toBeGreaterThan(0);
  for (const { label, detail } of presented) expect(detail ?? '', label).not.toContain(label);
});
