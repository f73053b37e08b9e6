/**
 * What is wrong with a field, in German, for the content team: one sentence per schema problem (a
 * Zod issue) that says what the field holds and what to do, in place of Zod's English
 * („Invalid input: expected string, received undefined“). The field's own `.meta()` gives the words
 * where it has them (`invalid` for a pattern, `labels` for a choice, `singular` for a list's item).
 * Also the check that a date is one of the calendar: the YAML the build reads turns `2018-15-06` into
 * 6 March 2019 without a word.
 */
import type { z } from 'astro/zod';
import type { FieldSchema } from '#src/lib/editor/field-schema.ts';

/** What a type is called in a message: „erwartet wird eine Zahl“. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'ein Text',
  number: 'eine Zahl',
  int: 'eine ganze Zahl',
  boolean: 'ja oder nein',
  array: 'eine Liste',
  object: 'eine Gruppe von Feldern',
  date: 'ein Datum',
};

/** How a date is written in a content file, and an example. */
export const DATE_FORM = 'als JJJJ-MM-TT (Jahr-Monat-Tag), z. B. 2018-06-15';

/** True for `YYYY-MM-DD` naming a day of the calendar (`2018-02-29` and `2018-15-06` are none). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Why a written date is none of the calendar, or undefined when it is one. */
export function dateProblem(value: unknown): string | undefined {
  if (value instanceof Date) return undefined;
  const text = String(value);
  if (isCalendarDate(text)) return undefined;
  const parts = /^\d{4}-(\d{2})-(\d{2})$/u.exec(text);
  const month = Number(parts?.[1]);
  const why = parts && (month < 1 || month > 12) ? ` (einen Monat ${month} gibt es nicht)` : '';
  return `„${text}“ ist kein Tag im Kalender${why}. Bitte das Datum ${DATE_FORM} schreiben.`;
}

/** A value as a message quotes it. */
function quoted(value: unknown): string {
  return typeof value === 'string' ? `„${value}“` : JSON.stringify(value);
}

/** The German for a list that is too short: „Bitte mindestens eine Funktion eintragen.“ */
function tooFew(minimum: number, node: FieldSchema | undefined): string {
  const item = node?.singular ?? 'Eintrag';
  return minimum === 1
    ? `Die Liste ist leer. Bitte mindestens ein Element „${item}“ eintragen.`
    : `Bitte mindestens ${minimum} Elemente „${item}“ eintragen.`;
}

/**
 * One schema problem in German. `node` is the field's schema node (its `.meta()`), `value` what the
 * file holds there.
 */
export function issueMessage(issue: z.core.$ZodIssue, node: FieldSchema | undefined, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined || value === null) return 'Das Feld ist leer. Bitte ausfüllen.';
      if (issue.expected === 'date') return dateProblem(value) ?? `Bitte ein Datum ${DATE_FORM} eintragen.`;
      return `${quoted(value)} passt hier nicht: erwartet wird ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case 'too_small':
      if (issue.origin === 'array') return tooFew(Number(issue.minimum), node);
      if (issue.origin === 'string') return 'Das Feld ist leer. Bitte ausfüllen.';
      return `Bitte eine Zahl ab ${String(issue.minimum)} eintragen.`;
    case 'too_big':
      return `Bitte höchstens ${String(issue.maximum)} eintragen.`;
    case 'invalid_format':
      if (issue.format === 'email') return `${quoted(value)} ist keine E-Mail-Adresse (name@beispiel.de).`;
      if (issue.format === 'url') return `${quoted(value)} ist keine Internetadresse (https://…).`;
      return `${quoted(value)} hat nicht die richtige Form. ${node?.invalid ?? ''}`.trim();
    case 'invalid_union':
      return `${quoted(value)} hat nicht die richtige Form. ${node?.invalid ?? ''}`.trim();
    case 'invalid_value': {
      const labels = issue.values.map((option) => `„${node?.labels?.[String(option)] ?? String(option)}“`);
      return `${quoted(value)} ist keine der Möglichkeiten. Bitte eine wählen: ${labels.join(', ')}.`;
    }
    case 'unrecognized_keys':
      return `Unbekanntes Feld ${issue.keys.map((key) => `„${key}“`).join(', ')}: Tippfehler im Namen? Sonst bitte entfernen.`;
    default:
      return issue.message;
  }
}
