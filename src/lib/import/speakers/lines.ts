/**
 * Speaker lines: a paragraph that names who spoke rather than telling it, as programmes and reports set
 * it under a talk's heading — `*Anna Berg*`, `(Anna Berg)`, „Referentin: Anna Berg“, „Anna Berg
 * (Universität Bremen)“, „**Anna Berg**, Funktion, …“ or „**Anna Berg** Titel des Vortrags“ at the start
 * of a paragraph, „Anna Berg: Titel“ as a programme item, and a row of a programme table.
 */
import type { NamedPerson } from '#src/lib/import/people.ts';
import { PERSON_LIST } from '#src/lib/import/speakers/patterns.ts';
import { namesIn, plainText } from '#src/lib/import/speakers/sentence.ts';

/** Who a speaker line names, and whether they moderated rather than spoke. */
export interface SpeakerLine {
  people: NamedPerson[];
  moderating: boolean;
  /**
   * True for names that stand alone (`*Anna Berg*`, „Anna Berg (Universität Bremen)“): a speaker line right
   * under a heading, but further down perhaps a signature or a caption.
   */
  alone: boolean;
  /** The line as the text has it, for the review list. */
  line: string;
}

/** Labels before the names of who spoke or moderated. */
const LABEL = new RegExp(
  '^(?:(?<moderation>Moderation|Moderiert von|Chair|Moderator(?:in)?)|Referent(?:in|en|innen)?|Referierende|' +
    'Vortragende[rn]?|Impuls(?:geber(?:in)?)?|Input|Vortrag|Keynote|Speakers?|Presenters?|Mit)\\s*:\\s*',
  'iu',
);
/** The names alone, in emphasis or brackets: `*Anna Berg*`, `(Anna Berg)`, `__Anna Berg__`. */
const ALONE = new RegExp(`^(?:\\*\\*|__|\\*|_|\\()?(${PERSON_LIST})(?:\\*\\*|__|\\*|_|\\))?[.]?$`, 'u');
/** Names and their institution in brackets: „Anna Berg (Universität Bremen)“. */
const WITH_INSTITUTION = new RegExp(`^(${PERSON_LIST})\\s+\\([^)]{2,80}\\)[.]?$`, 'u');
/** Names in emphasis at the start of a paragraph, then the title or what they do. */
const EMPHASISED_START = new RegExp(`^(\\*\\*|__)(${PERSON_LIST})\\1(?=[\\s:,.]|$)`, 'u');
/** „Anna Berg: Titel“ as a programme item; „In:“ after it makes it a citation, not a talk. */
const NAME_COLON = new RegExp(`^(${PERSON_LIST})\\s*:\\s+(?!.*\\bIn:)`, 'u');

/** The names of a line, placed where they stand in its plain text (for what follows them). */
function line(text: string, list: string, moderating = false, alone = false): SpeakerLine {
  const plain = plainText(text).trim();
  const names = plainText(list);
  const offset = Math.max(plain.indexOf(names), 0);
  return { people: namesIn(names, offset, offset + names.length, true), moderating, alone, line: plain };
}

/** The people a programme table's row names in a cell of their own. */
function tableRow(text: string): SpeakerLine | undefined {
  if (!/^\|.*\|$/u.test(text) || /^\|[\s:|-]+\|$/u.test(text)) return undefined;
  const cells = text
    .slice(1, -1)
    .split('|')
    .map((cell) => plainText(cell).trim());
  const names = cells.filter((cell) => new RegExp(`^${PERSON_LIST}$`, 'u').test(cell));
  if (names.length === 0) return undefined;
  const people = names.flatMap((cell) => namesIn(cell));
  return { people, moderating: false, alone: false, line: cells.join(' | ') };
}

/** A paragraph (one line of a list) that names who spoke; undefined when it tells instead. */
export function speakerLine(paragraph: string): SpeakerLine | undefined {
  const text = paragraph
    .trim()
    .replace(/^(?:[-*+]|\d+[.)])\s+/u, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1');
  const row = tableRow(text);
  if (row) return row;
  const emphasised = EMPHASISED_START.exec(text);
  if (emphasised?.[2]) return line(text, emphasised[2]);
  const plain = plainText(text).trim();
  const label = LABEL.exec(plain);
  if (label) {
    const rest = plain.slice(label[0].length);
    const names = new RegExp(`^(${PERSON_LIST})`, 'u').exec(rest);
    return names?.[1] ? line(text, names[1], label.groups?.['moderation'] !== undefined) : undefined;
  }
  const alone = ALONE.exec(text.replace(/\s+/gu, ' ')) ?? WITH_INSTITUTION.exec(plain);
  if (alone?.[1]) return line(text, alone[1], false, true);
  const item = NAME_COLON.exec(plain);
  return item?.[1] ? line(text, item[1]) : undefined;
}
