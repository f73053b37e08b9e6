import { describe, expect, test } from 'vitest';
import { stemGerman } from '#src/lib/german/stemming.ts';
import {
  buildSynonymTable,
  expandQuery,
  parseThesaurus,
  shardSynonyms,
  siteWords,
  synonymShard,
} from '#src/lib/search/synonyms.ts';
import { loadSynonymRules, loadThesaurus, parseSynonymRules } from '#src/integrations/synonyms.ts';
import { readSections } from '../support/content.ts';

describe('the German stem', () => {
  test('meets inflected forms of one word, umlauts folded', () => {
    expect(stemGerman('Umfragen')).toBe(stemGerman('Umfrage'));
    expect(stemGerman('Ehrenamtlichen')).toBe(stemGerman('ehrenamtlich'));
    expect(stemGerman('Asylsuchender')).toBe(stemGerman('Asylsuchende'));
    expect(stemGerman('Flüchtlinge')).toBe('fluechtling');
  });
  test('keeps a noun made from a verb apart from the verb’s noun', () => {
    expect(stemGerman('Mitarbeiter')).not.toBe(stemGerman('Mitarbeit'));
    expect(stemGerman('Anwohner')).not.toBe(stemGerman('anwohnen'));
  });
});

describe('the thesaurus', () => {
  test('is read as sets of single words, labels removed, phrases and vulgar words left out', () => {
    const sets = parseThesaurus(
      '# comment\nErhebung;Umfrage;Befragung (Statistik);eine Frage stellen\nBlödmann (derb);Trottel;Dummkopf\nDeputat...;Konzessions...\n',
    );
    expect(sets).toEqual([
      ['Erhebung', 'Umfrage', 'Befragung'],
      ['Trottel', 'Dummkopf'],
    ]);
  });

  const site = siteWords([
    'Die Online-Befragung richtete sich an Ehrenamtliche und Hauptamtliche.',
    'Die Ehrenamtlichen nutzen Netzwerke. Die Befragungen zeigen, dass Befragung hilft.',
  ]);
  const thesaurus = parseThesaurus(
    'Umfrage;Befragung;Erhebung\nbefragen;interviewen;ausfragen\nNetz;Netzwerk;Geflecht\nGeflecht;netzartig',
  );

  test('leads a reader’s word to the site’s word of the same set, in the site’s spelling', () => {
    const table = buildSynonymTable(thesaurus, { sets: [], blocked: [] }, site);
    expect(table[stemGerman('Umfrage')]).toEqual(['Befragung']);
    expect(table[stemGerman('Erhebung')]).toEqual(['Befragung']);
    // Verbs are not expanded; a noun does not lead to an adjective.
    expect(table[stemGerman('interviewen')]).toBeUndefined();
    expect(table[stemGerman('netzartig')]).toBeUndefined();
    // A word that is the site's own word does not lead to itself.
    expect(table[stemGerman('Befragung')]).toBeUndefined();
  });
  test('puts the team’s sets first and leaves blocked pairs out', () => {
    const table = buildSynonymTable(
      thesaurus,
      { sets: [['Freiwillige', 'Ehrenamtliche']], blocked: [['Erhebung', 'Befragung']] },
      site,
    );
    expect(table[stemGerman('Freiwilliger')]?.[0]).toMatch(/^Ehrenamtliche/u);
    expect(table[stemGerman('Erhebung')]).toBeUndefined();
    expect(table[stemGerman('Umfrage')]).toEqual(['Befragung']);
  });
  test('is split by first letter, and a query looks in its words’ files', () => {
    const table = buildSynonymTable(thesaurus, { sets: [], blocked: [] }, site);
    const shards = shardSynonyms(table);
    expect(shards.get(synonymShard(stemGerman('Umfrage')))?.[stemGerman('Umfrage')]).toEqual(['Befragung']);
    expect(expandQuery('Umfragen Düsseldorf', table)).toEqual([
      { query: 'Befragung Düsseldorf', synonym: 'Befragung', word: 'Umfragen' },
    ]);
    expect(expandQuery('Düsseldorf', table)).toEqual([]);
  });
});

describe('the team’s file', () => {
  test('a mistake names the file and the field', () => {
    expect(() => parseSynonymRules('synonyms:\n  - [Freiwillige]\n', 'content/synonyms.yaml')).toThrow(
      /content\/synonyms\.yaml: synonyms\.0: a set needs at least two words/u,
    );
    expect(() =>
      parseSynonymRules('blocked:\n  - [Eröffnung, zwei Wörter]\n', 'content/synonyms.yaml'),
    ).toThrow(/content\/synonyms\.yaml: blocked\.0\.1: must be one word/u);
    expect(() => parseSynonymRules('synonym: []\n', 'content/synonyms.yaml')).toThrow(
      /content\/synonyms\.yaml/u,
    );
  });
});

describe('the report’s synonyms (OpenThesaurus and content/synonyms.yaml on the report’s text)', () => {
  const texts = readSections().map((section) => section.body ?? '');
  const table = buildSynonymTable(loadThesaurus(), loadSynonymRules(), siteWords(texts));

  test('„Umfrage“ leads to the Befragung, „Freiwillige“ to the Ehrenamtlichen', () => {
    expect(table[stemGerman('Umfrage')]).toContain('Befragung');
    expect(table[stemGerman('Freiwillige')]?.[0]).toMatch(/^Ehrenamtliche/u);
    expect(table[stemGerman('Stadtviertel')]?.some((word) => word.startsWith('Quartier'))).toBe(true);
  });
  test('each word leads to at most three of the site’s words', () => {
    expect(Math.max(...Object.values(table).map((words) => words.length))).toBeLessThanOrEqual(3);
  });
});
