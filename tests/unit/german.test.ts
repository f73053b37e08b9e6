/**
 * The German helpers (src/lib/german/): sorting, joining, folding, words, word forms, edit distance,
 * hyphenation and legal references.
 */
import { describe, expect, it } from 'vitest';
import { editDistance } from '#src/lib/german/edit-distance.ts';
import { baseLetters, foldGerman, transliteration } from '#src/lib/german/folding.ts';
import {
  MIN_HYPHENATED_LETTERS,
  SOFT_HYPHEN,
  withoutSoftHyphens,
  withSoftHyphens,
} from '#src/lib/german/hyphenation.ts';
import { joinGerman } from '#src/lib/german/joining.ts';
import { keepReferencesTogether } from '#src/lib/german/references.ts';
import { compareGerman, sortGerman } from '#src/lib/german/sorting.ts';
import { wordFormsOf } from '#src/lib/german/word-forms.ts';
import { wordsOf } from '#src/lib/german/words.ts';

describe('sorting', () => {
  it('puts umlauts with their letters and numbers by their value', () => {
    expect(
      ['Zürich', 'Ölberg', 'Mülheim', 'Essen', 'Stadtbezirk 10', 'Stadtbezirk 5'].sort(compareGerman),
    ).toEqual(['Essen', 'Mülheim', 'Ölberg', 'Stadtbezirk 5', 'Stadtbezirk 10', 'Zürich']);
    // `localeCompare` without `numeric` puts „Bezirk 10“ first: the facets did so before.
    expect(compareGerman('Bezirk 5', 'Bezirk 10')).toBeLessThan(0);
  });

  it('sorts people by family name the German way', () => {
    const names = [
      'Rießen, Anne van',
      'Leßke, Felix',
      'Deinet, Ulrich',
      'Zimmer-Hegmann, Ralf',
      'Farrokhzad, Schahrzad',
    ];
    expect(names.sort(compareGerman)).toEqual([
      'Deinet, Ulrich',
      'Farrokhzad, Schahrzad',
      'Leßke, Felix',
      'Rießen, Anne van',
      'Zimmer-Hegmann, Ralf',
    ]);
  });

  it('sorts items by a key into a new array, equal keys in their order', () => {
    const places = [
      { id: 'b', name: 'Köln' },
      { id: 'a', name: 'Aachen' },
      { id: 'c', name: 'köln' },
    ];
    const sorted = sortGerman(places, (place) => place.name);
    expect(sorted.map((place) => place.id)).toEqual(['a', 'b', 'c']);
    expect(places.map((place) => place.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('joining', () => {
  it('joins lists with „und“', () => {
    expect(joinGerman([])).toBe('');
    expect(joinGerman(['A'])).toBe('A');
    expect(joinGerman(['A', 'B'])).toBe('A und B');
    expect(joinGerman(['A', 'B', 'C'])).toBe('A, B und C');
  });
});

describe('folding', () => {
  it('folds case, umlauts and ß to their written-out forms', () => {
    expect(foldGerman('Köln')).toBe('koeln');
    expect(foldGerman('Leßke')).toBe('lesske');
    expect(foldGerman('Düsseldorf')).toBe('duesseldorf');
    expect(foldGerman('Ärger')).toBe('aerger');
  });

  it('gives a transliteration only for words that need one', () => {
    expect(transliteration('Mülheim')).toBe('muelheim');
    expect(transliteration('Hamburg')).toBeUndefined();
  });

  it('gives the base letters a word shares with its forms: umlauts as plain vowels, ß as ss', () => {
    expect(baseLetters('sozialräumlich')).toBe('sozialraumlich');
    expect(baseLetters('Straße')).toBe('strasse');
    expect(baseLetters('Zürich')).toBe('zurich');
  });
});

describe('word forms', () => {
  const forms = (word: string, candidates: readonly string[]) => candidates.filter(wordFormsOf(word));

  it('finds inflected and derived forms, umlaut included', () => {
    expect(forms('Befragungen', ['Befragung', 'befragten', 'Befragte', 'Fragen'])).toEqual([
      'Befragung',
      'befragten',
      'Befragte',
    ]);
    expect(forms('Vernetzung', ['vernetzen', 'Vernetzungsarbeit', 'Netz'])).toEqual([
      'vernetzen',
      'Vernetzungsarbeit',
    ]);
    expect(forms('Sozialraum', ['sozialräumlichen', 'Sozialraumanalysen', 'Raum'])).toEqual([
      'sozialräumlichen',
      'Sozialraumanalysen',
    ]);
    expect(forms('Sozialräumliche', ['Sozialraum', 'sozialräumlicher'])).toEqual([
      'Sozialraum',
      'sozialräumlicher',
    ]);
  });

  it('finds the word inside a compound, and a compound’s last part standing alone', () => {
    expect(forms('Methoden', ['Nadelmethode', 'Beteiligungsmethoden', 'Metall'])).toEqual([
      'Nadelmethode',
      'Beteiligungsmethoden',
    ]);
    expect(
      forms('Integrationssteuerung', [
        'Steuerung',
        'Steuerungsinstrumente',
        'Integration',
        'Integrationsarbeit',
      ]),
    ).toEqual(['Steuerung', 'Steuerungsinstrumente']);
  });

  it('keeps short words from matching inside others', () => {
    expect(forms('Wohnen', ['Wohngebieten', 'wohnen', 'gewohnt', 'Bewohner'])).toEqual([
      'Wohngebieten',
      'wohnen',
    ]);
    expect(forms('Orte', ['Orten', 'Ortsbindung', 'Sorte'])).toEqual(['Orten']);
    expect(forms('Amt', ['Amt', 'Hauptamt', 'Amtsgericht'])).toEqual(['Amt']);
    // A last part of fewer than six letters is no match on its own: `Tisch` is not `politisch`.
    expect(forms('Gesellschaftspolitische', ['Tisch', 'politischen'])).toEqual(['politischen']);
  });
});

describe('words', () => {
  it('splits at everything but letters and digits, keeping case', () => {
    expect(wordsOf('Welcome-Points der Mitarbeiter_innen (2018): „Köln“!')).toEqual([
      'Welcome',
      'Points',
      'der',
      'Mitarbeiter',
      'innen',
      '2018',
      'Köln',
    ]);
    expect(wordsOf(' – ')).toEqual([]);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('raumerleben', 'raumerleben')).toBe(0);
    expect(editDistance('raumerlebn', 'raumerleben')).toBe(1);
    expect(editDistance('hauprich', 'hauprisch')).toBe(1);
    expect(editDistance('scholten', 'schulten')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('counts two swapped neighbouring letters as one edit', () => {
    expect(editDistance('deinet', 'dienet')).toBe(1);
    expect(editDistance('jepkens', 'jepknes')).toBe(1);
    expect(editDistance('quartier', 'quatrier')).toBe(1);
    expect(editDistance('ruamerlbeen', 'raumerleben')).toBe(2);
  });

  it('compares the strings as given: callers fold them first', () => {
    expect(editDistance('Köln', 'koeln')).toBe(3);
    expect(editDistance(foldGerman('Köln'), foldGerman('koeln'))).toBe(0);
    expect(editDistance(foldGerman('Düsseldorf'), foldGerman('Dusseldorf'))).toBe(1);
  });

  it('stops early past the limit', () => {
    expect(editDistance('integration', 'nadelmethode', 2)).toBe(3);
    expect(editDistance('ab', 'abcdef', 1)).toBe(2);
    expect(editDistance('deinet', 'dienet', 1)).toBe(1);
  });
});

describe('hyphenation', () => {
  /** The soft hyphens shown as „·“, to read the break points. */
  const shown = (text: string) => withSoftHyphens(text).replaceAll(SOFT_HYPHEN, '·');

  it('puts soft hyphens between the syllables of long words', () => {
    // Examples chosen for the test, not from the report: the patterns know words the site never had.
    expect(shown('Arbeitsmarktintegration')).toBe('Arbeits·markt·in·te·gra·tion');
    expect(shown('Bürgerbeteiligung')).toBe('Bürger·be·tei·li·gung');
    expect(shown('Straßenbahnhaltestelle')).toBe('Stra·ßen·bahn·hal·te·stelle');
  });

  it('breaks a compound at its linking s, and inside a part only where the part is long itself', () => {
    expect(shown('Ernährungsberatung')).toBe('Ernährungs·beratung');
    expect(shown('Verwaltungsvorschrift')).toBe('Verwaltungs·vorschrift');
    expect(shown('Bevölkerungsentwicklung')).toBe('Bevölkerungs·entwicklung');
    expect(shown('Kinderbetreuungseinrichtungen')).toBe('Kinder·be·treu·ungs·einrichtungen');
    expect(shown('Jugendwohlfahrtsbetreuungseinrichtungen')).toBe(
      'Jugend·wohl·fahrts·be·treu·ungs·einrichtungen',
    );
    expect(shown('STADTENTWICKLUNGSFORSCHUNG')).toBe('STADT·ENT·WICK·LUNGS·FORSCHUNG');
  });

  it('changes nothing but the soft hyphens', () => {
    const title =
      'Gesellschaftspolitische Rahmenbedingungen der Arbeitsmarktintegration: „Quartiersmanagement“?';
    expect(withSoftHyphens(title)).not.toBe(title);
    expect(withoutSoftHyphens(withSoftHyphens(title))).toBe(title);
    expect(withSoftHyphens('')).toBe('');
  });

  it('leaves words shorter than the threshold whole', () => {
    expect(shown('Integration im Sozialraum')).toBe('Integration im Sozialraum');
    // Fifteen letters stay whole, sixteen get their points.
    expect(MIN_HYPHENATED_LETTERS).toBe(16);
    expect(shown('Schwarzenberg Verständigungen')).toBe('Schwarzenberg Verständigungen');
    expect(shown('Kommunikationsbedarf')).toBe('Kommunikations·bedarf');
    expect(shown('Verwaltungshandeln')).toBe('Verwaltungs·handeln');
    // Text set smaller asks for longer words only, and for syllable points in longer parts only.
    const small = (text: string) => withSoftHyphens(text, 20).replaceAll(SOFT_HYPHEN, '·');
    expect(small('Zusammenhang Bürgerbeteiligung')).toBe('Zusammenhang Bürgerbeteiligung');
    expect(small('Gesellschaftswissenschaften')).toBe('Gesellschafts·wissenschaften');
  });

  it('keeps four letters together at either end of a word', () => {
    // The patterns alone allow „Da-“, „Ar-“, „So-“ and „-on“: none of them is kept.
    for (const word of [
      'Datenschutzerklärung',
      'Arbeitsmarktintegration',
      'Bürgerbeteiligung',
      'Sozialraumorientierung',
    ]) {
      const pieces = withSoftHyphens(word).split(SOFT_HYPHEN);
      expect(pieces.length, word).toBeGreaterThan(2);
      expect([...(pieces[0] ?? '')].length, word).toBeGreaterThanOrEqual(4);
      expect([...(pieces.at(-1) ?? '')].length, word).toBeGreaterThanOrEqual(4);
    }
  });

  it('counts each part of a hyphenated word alone', () => {
    expect(shown('Online-Befragung')).toBe('Online-Befragung');
    expect(shown('Kinder-Jugendhilfeplanung')).toBe('Kinder-Jugend·hil·fe·pla·nung');
  });

  it('leaves addresses, numbers and words that already carry soft hyphens alone', () => {
    for (const token of [
      'https://example.org/stadtentwicklungsforschung',
      'www.stadtentwicklungsforschung.de',
      'stadtentwicklungsforschung.de',
      'info@stadtentwicklungsforschung.de',
      '/tagung-2018/stadtentwicklungsforschung/',
      'Haushaltsjahresabschluss2019',
      `Stadtentwicklungs${SOFT_HYPHEN}forschung`,
    ])
      expect(withSoftHyphens(token)).toBe(token);
    expect(shown('Siehe https://example.org/stadtentwicklungsforschung zur Stadtentwicklungsforschung')).toBe(
      'Siehe https://example.org/stadtentwicklungsforschung zur Stadt·ent·wick·lungs·forschung',
    );
  });
});

describe('legal references', () => {
  const together = (text: string) => keepReferencesTogether(text).replaceAll('\u00a0', '~');

  it('join a reference with no-break spaces, to the law it names', () => {
    expect(together('Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV')).toBe(
      'Verantwortlich für den Inhalt nach §~18~Abs.~2~MStV',
    );
    expect(together('(Art. 6 Abs. 1 lit. a DSGVO, § 25 Abs. 1 TDDDG)')).toBe(
      '(Art.~6~Abs.~1~lit.~a~DSGVO, §~25~Abs.~1~TDDDG)',
    );
    expect(together('Angaben gemäß § 5 DDG')).toBe('Angaben gemäß §~5~DDG');
  });

  it('leave the words around a reference free to break', () => {
    expect(together('nach § 5 Die Angaben')).toBe('nach §~5 Die Angaben');
    expect(together('Art. 15 und Art. 16 DSGVO')).toBe('Art.~15 und Art.~16~DSGVO');
    expect(together('Artikel 5 und Abs. 2 ohne Paragraf')).toBe('Artikel 5 und Abs. 2 ohne Paragraf');
  });
});
