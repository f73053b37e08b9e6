/**
 * The people of one section, as the plan needs them: who presented, moderated or is mentioned (a person
 * file may be made for them), the references by title and family name („Prof. Deinet“), and the names
 * the review list asks about — maybes in a speaker's place, and person-like names given no role.
 */
import { headingPeople, shortReferences, type NamedPerson } from '#src/lib/import/people.ts';
import { blockTexts, type SectionBlock } from '#src/lib/import/sections.ts';
import { nameShaped, readsAsPerson } from '#src/lib/import/speakers/given-names.ts';
import { splitSentences } from '#src/lib/german/sentences.ts';
import { speakerLine, type SpeakerLine } from '#src/lib/import/speakers/lines.ts';
import { withLine } from '#src/lib/import/speakers/paragraph.ts';
import { maybeSpeakerNote, unassignedNameNote } from '#src/lib/import/speakers/review.ts';
import { readSentence, speakerSentences, UNLISTED } from '#src/lib/import/speakers/sentence.ts';

/** A person a section names, the sentence that names them, and what they did there. */
export interface SectionPerson {
  person: NamedPerson;
  sentence: string;
  /** The sentence's index in the section, -1 for the heading. */
  at: number;
  field: 'presenters' | 'moderators' | 'mentions';
}

/** A name the review list asks about, with its note. */
export interface UnsureName {
  name: string;
  note: string;
  at: number;
}

/** The people of a section, in the report's order: its heading's, then each sentence's. */
export interface SectionPeople {
  people: SectionPerson[];
  /** Title and family name only („Prof. Deinet“): someone named before, or in the register. */
  references: { familyName: string; sentence: string; at: number }[];
  /** Maybes and names given no role, for the review list; none of them becomes a person file. */
  unsure: UnsureName[];
}

/** A section's sentences as speakers are read from them, each with the index of its first sentence. */
function indexedSentences(sentences: readonly string[]): { sentence: string; at: number }[] {
  let at = 0;
  return speakerSentences(sentences).map((sentence) => {
    const first = at;
    while (at < sentences.length && sentence.includes(sentences[at] ?? '\u0000')) at += 1;
    return { sentence, at: Math.min(first, sentences.length - 1) };
  });
}

/** The markup of a block's running texts, where the reader kept it (emphasis, links). */
function markupsOf(block: SectionBlock): (string | undefined)[] {
  switch (block.kind) {
    case 'list':
      return block.markups ?? [];
    case 'bullets':
      return block.items.map((item) => item.markup);
    case 'paragraph':
    case 'quote':
    case 'footnote':
      return [block.markup];
    default:
      return [];
  }
}

/**
 * The speaker lines among a section's paragraphs and list items (`*Anna Berg*`, „Referentin: …“, „Anna Berg:
 * Titel“), by the index of their first sentence; a line is read whole, so that „Name: „Titel“. In: …“ stays
 * a citation. Empty when the blocks do not add up to the sentences.
 */
function speakerLines(
  blocks: readonly SectionBlock[],
  sentences: readonly string[],
): Map<number, SpeakerLine> {
  const lines = new Map<number, SpeakerLine>();
  let at = 0;
  for (const block of blocks) {
    const markups = markupsOf(block);
    blockTexts(block).forEach((text, index) => {
      // The markup keeps the author's emphasis: `**Anna Berg** Titel` is a speaker line, `Anna Berg Titel` not.
      const line = block.kind === 'table' ? undefined : speakerLine(markups[index] ?? text);
      if (line) lines.set(at, line);
      at += splitSentences(text).length;
    });
  }
  return at === sentences.length ? lines : new Map();
}

/** The people a programme table names in cells of their own: they presented. */
function tablePeople(blocks: readonly SectionBlock[], sentences: readonly string[]): SectionPerson[] {
  return blocks.flatMap((block) =>
    block.kind !== 'table'
      ? []
      : block.rows.slice(1).flatMap((row) => {
          const cells = row.map((cell) => cell.text);
          const line = speakerLine(`| ${cells.join(' | ')} |`);
          const people = (line?.people ?? []).filter((person) =>
            readsAsPerson(person.name, person.honorific),
          );
          return people.map((person) => ({
            person,
            sentence: line?.line ?? '',
            at: Math.max(sentences.indexOf(person.name), 0),
            field: 'presenters' as const,
          }));
        }),
  );
}

/**
 * Everything the importer needs to know about the people of one section: from its title, its sentences,
 * and the programme tables among its blocks.
 */
export function peopleOfSection(
  title: string,
  sentences: readonly string[],
  blocks: readonly SectionBlock[] = [],
): SectionPeople {
  const people: SectionPerson[] = [];
  const unsure: UnsureName[] = [];
  for (const person of headingPeople(title).people) {
    if (readsAsPerson(person.name, person.honorific))
      people.push({ person, sentence: title, at: -1, field: 'presenters' });
    else if (nameShaped(person.name))
      unsure.push({ name: person.name, note: maybeSpeakerNote(person.name, UNLISTED, title), at: -1 });
  }
  const references: SectionPeople['references'] = [];
  const lines = speakerLines(blocks, sentences);
  for (const { sentence, at } of indexedSentences(sentences)) {
    const line = lines.get(at);
    const reading = line ? withLine(readSentence(sentence), line, at === 0) : readSentence(sentence);
    for (const person of reading.people) {
      const field = person.moderating ? 'moderators' : person.presenting ? 'presenters' : 'mentions';
      people.push({ person, sentence, at, field });
    }
    for (const person of reading.maybe)
      unsure.push({ name: person.name, note: maybeSpeakerNote(person.name, person.reason, sentence), at });
    for (const person of reading.seen)
      unsure.push({ name: person.name, note: unassignedNameNote(person.name, sentence), at });
    for (const reference of shortReferences(sentence))
      references.push({ familyName: reference.familyName, sentence, at });
  }
  people.push(...tablePeople(blocks, sentences));
  people.sort((a, b) => a.at - b.at);
  return { people, references, unsure };
}
