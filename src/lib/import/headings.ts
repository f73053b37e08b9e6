/**
 * What a block of a report is: a numbered heading („2.1 Online-Befragung“), an item of a numbered
 * list („1. Die Situation …“), the report's title, or a paragraph. A heading's number must follow the
 * one before it (after „2.1“: „2.2“, „2.1.1“ or „3“), and a line that starts with a year or a date
 * („2015 …“, „15. Juni …“, „15.06.2018 …“) is not a heading.
 */
import type { SourceBlock } from '#src/lib/import/blocks.ts';

/** A section number and its title; each part of the number has one or two digits, no leading zero. */
const NUMBERED = /^((?:[1-9]\d?|0)(?:\.(?:[1-9]\d?|0))*)\.?\s+(\S.*)$/u;
const LIST_ITEM = /^([1-9]\d?)[.)]\s+(\S.*)$/u;
const MONTH = new RegExp(
  '^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|' +
    'Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\\b',
  'u',
);
/** A heading's title starts with a capital, a digit or an opening quote or bracket. */
const TITLE_START = /^[\p{Lu}\d„“"»(]/u;
/** A heading does not end like a sentence or a clause (a question mark may end it). */
const CLAUSE_END = /[.,;:]$/u;

/** Headings are short: a line or two, seldom three. */
const MAX_HEADING_LINES = 3;
const MAX_HEADING_LENGTH = 250;

/** The numbered headings met so far; a new one must follow the last. */
export class HeadingSequence {
  private last: number[] | undefined;

  /** True when `number` may follow the last heading: the next at its level or above, or its first child. */
  follows(number: string): boolean {
    const parts = number.split('.').map(Number);
    const last = this.last;
    if (last === undefined) return true;
    const candidates = [[...last, 1]];
    for (let level = 0; level < last.length; level += 1) {
      candidates.push([...last.slice(0, level), (last[level] ?? 0) + 1]);
    }
    return candidates.some((candidate) => candidate.join('.') === parts.join('.'));
  }

  accept(number: string): void {
    this.last = number.split('.').map(Number);
  }
}

/** A number and title that read like a heading, or undefined. */
export function headingParts(text: string): { number: string; title: string } | undefined {
  const match = NUMBERED.exec(text);
  const number = match?.[1];
  const title = match?.[2];
  if (number === undefined || title === undefined) return undefined;
  if (MONTH.test(title) || !TITLE_START.test(title) || CLAUSE_END.test(title)) return undefined;
  if (text.length > MAX_HEADING_LENGTH) return undefined;
  return { number, title };
}

/** True when the text reads like a title: short, not a sentence. */
export function readsLikeTitle(text: string, lines: number): boolean {
  return (
    text !== '' &&
    lines <= MAX_HEADING_LINES &&
    text.length <= 200 &&
    !/[.:,;][“”"»)]?$/u.test(text) &&
    headingParts(text) === undefined
  );
}

/** Where a block stands, for `classifyBlock`. */
export interface BlockContext {
  /** How many lines the block has in the source (headings have few). */
  lines: number;
  /** True for the document's first block, which may be its title. */
  first: boolean;
  sequence: HeadingSequence;
}

/** Classifies one block's joined text. */
export function classifyBlock(text: string, { lines, first, sequence }: BlockContext): SourceBlock {
  if (first && readsLikeTitle(text, lines)) return { kind: 'heading', number: null, text };
  const heading = lines <= MAX_HEADING_LINES ? headingParts(text) : undefined;
  if (heading && sequence.follows(heading.number)) {
    sequence.accept(heading.number);
    return { kind: 'heading', number: heading.number, text: heading.title };
  }
  const item = LIST_ITEM.exec(text);
  if (item?.[1] && item[2]) return { kind: 'list-item', ordinal: Number(item[1]), text: item[2] };
  return { kind: 'paragraph', text };
}
