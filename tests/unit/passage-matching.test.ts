/**
 * Passage ids that hold (src/lib/content/passage-matching.ts, document.ts, passage-record.ts): a
 * passage keeps the id its text was published under, whatever is inserted, deleted or moved around it
 * and through a small correction of its own words; a new passage gets a number never used before.
 */
import { describe, expect, it } from 'vitest';
import { passagesOf, readText } from '#src/lib/content/document.ts';
import {
  assignPassageIds,
  similarity,
  passageWords,
  type RecordedPassage,
} from '#src/lib/content/passage-matching.ts';
import { updatedRecord } from '#src/lib/content/passage-record.ts';

const paragraphs = [
  'Die Welcome Points beraten Geflüchtete in ihrem Stadtbezirk.',
  'Ehrenamtliche Unterstützer_innen sind im Quartier unentbehrlich.',
  'Die Online-Befragung richtete sich an haupt- und ehrenamtlich Tätige.',
  'Junge Geflüchtete eignen sich öffentliche Räume auf eigene Weise an.',
];

/** The record a first build of `texts` leaves. */
function published(texts: readonly string[]): RecordedPassage[] {
  const { blocks } = readText(texts.join('\n\n'), 'x.mdx');
  return updatedRecord([], passagesOf(blocks));
}

/** The passages of `texts` as a build with `record` gives them: text by id. */
function build(texts: readonly string[], record: readonly RecordedPassage[]) {
  const { blocks, removed } = readText(texts.join('\n\n'), 'x.mdx', 1, record);
  return { byId: Object.fromEntries(passagesOf(blocks).map(({ id, text }) => [id, text])), removed };
}

describe('passage ids matched against the record', () => {
  const record = published(paragraphs);

  it('are counted in reading order for a text without a record', () => {
    expect(record.map((passage) => passage.id)).toEqual(['absatz-1', 'absatz-2', 'absatz-3', 'absatz-4']);
  });

  it('stay with their text when a paragraph is inserted before them', () => {
    const { byId } = build(['Ein neuer erster Absatz.', ...paragraphs], record);
    paragraphs.forEach((text, index) => expect(byId[`absatz-${index + 1}`]).toBe(text));
    expect(byId['absatz-5']).toBe('Ein neuer erster Absatz.');
  });

  it('stay with their text when two paragraphs are swapped', () => {
    const [first = '', second = '', ...rest] = paragraphs;
    const { byId } = build([second, first, ...rest], record);
    expect(byId['absatz-1']).toBe(first);
    expect(byId['absatz-2']).toBe(second);
  });

  it('leave a deleted paragraph’s id unused, also for a paragraph added later', () => {
    const withoutSecond = paragraphs.filter((_, index) => index !== 1);
    const { byId, removed } = build([...withoutSecond, 'Später hinzugefügt.'], record);
    expect(removed.map((passage) => passage.id)).toEqual(['absatz-2']);
    expect(byId['absatz-2']).toBeUndefined();
    expect(byId['absatz-5']).toBe('Später hinzugefügt.');
    expect(byId['absatz-3']).toBe(paragraphs[2]);
  });

  it('keep a paragraph whose words were corrected a little, and give a rewritten one a new id', () => {
    const corrected = paragraphs[0]?.replace('beraten', 'unterstützen') ?? '';
    const rewritten = 'Ganz andere Worte stehen jetzt an dieser Stelle des Berichts.';
    const { byId, removed } = build([corrected, rewritten, ...paragraphs.slice(2)], record);
    expect(byId['absatz-1']).toBe(corrected);
    expect(byId['absatz-5']).toBe(rewritten);
    expect(removed.map((passage) => passage.id)).toEqual(['absatz-2']);
  });

  it('do not depend on the order the record lists its passages in', () => {
    const edited = ['Neu.', paragraphs[3] ?? '', paragraphs[0] ?? '', paragraphs[2] ?? ''];
    expect(build(edited, [...record].reverse())).toEqual(build(edited, record));
  });

  it('give a restored paragraph its old id back', () => {
    const withoutFirst = build(paragraphs.slice(1), record);
    const after = updatedRecord(
      record,
      Object.entries(withoutFirst.byId).map(([id, text]) => ({ id, text })),
    );
    expect(after.find((passage) => passage.id === 'absatz-1')).toMatchObject({ removed: true });
    expect(build(paragraphs, after).byId['absatz-1']).toBe(paragraphs[0]);
  });
});

describe('list items as passages', () => {
  const text = [
    'Dr. van Rießen fasst erste Ergebnisse zusammen:',
    '1. Die Situation ist durch neue Regelungen gekennzeichnet.\n2. Ehrenamtliche sind unentbehrlich.',
    'Als nächste Schritte nannte sie:',
    '1. Strukturen vor Ort betrachten.\n2. Die Perspektive der Nutzer_innen ergänzen.',
  ];

  it('take the kind of their lead-in when no id is written', () => {
    expect(Object.keys(build(text, []).byId)).toEqual([
      'absatz-1',
      'ergebnis-1',
      'ergebnis-2',
      'absatz-2',
      'schritt-1',
      'schritt-2',
    ]);
  });

  it('keep the ids written on them, and get theirs from the record once written as a Markdown list', () => {
    const written = [
      text[0],
      '<ol>\n  <li id="ergebnis-1">Die Situation ist durch neue Regelungen gekennzeichnet.</li>\n  <li id="ergebnis-2">Ehrenamtliche sind unentbehrlich.</li>\n</ol>',
    ].join('\n\n');
    const { blocks } = readText(written, 'x.mdx');
    const record = updatedRecord([], passagesOf(blocks));
    const swapped = [
      text[0] ?? '',
      '1. Ehrenamtliche sind unentbehrlich.\n2. Die Situation ist durch neue Regelungen gekennzeichnet.',
    ];
    const { byId } = build(swapped, record);
    expect(byId['ergebnis-1']).toBe('Die Situation ist durch neue Regelungen gekennzeichnet.');
    expect(byId['ergebnis-2']).toBe('Ehrenamtliche sind unentbehrlich.');
  });
});

describe('the matching', () => {
  it('compares words, not punctuation, case or soft hyphens', () => {
    expect(passageWords('Welcome\u00adPoints, „sozial­räumlich“!')).toEqual([
      'welcomepoints',
      'sozialräumlich',
    ]);
    expect(similarity(['a', 'b', 'c', 'd'], ['a', 'b', 'x', 'd'])).toBe(0.75);
  });

  it('keeps written ids and numbers new passages after the highest id of their kind ever given', () => {
    const record = [
      { id: 'absatz-7', text: 'Alt.' },
      { id: 'ergebnis-2', text: 'Eins.' },
    ];
    const { ids, removed } = assignPassageIds(
      [
        { kind: 'absatz', text: 'Neu.' },
        { kind: 'ergebnis', text: 'Zwei.', written: 'ergebnis-5' },
        { kind: 'ergebnis', text: 'Drei.' },
      ],
      record,
    );
    expect(ids).toEqual(['absatz-8', 'ergebnis-5', 'ergebnis-6']);
    expect(removed).toEqual(record);
  });
});
