/**
 * The rules the build checks on a field, as the editor at `/admin/` checks them when saving: Sveltia
 * CMS takes a field's rule as one regular expression with a message (`pattern`), so each rule here is
 * built from what the build itself uses — the placeholder mark of `src/lib/draft.ts`, the unsafe
 * markup of `src/lib/content/safe-content.ts`, a date of the calendar as `isCalendarDate` in
 * `src/lib/content/schema-messages.ts` takes it — and `tests/unit/editor-config.test.ts` holds each
 * pattern and the build's check together on the same values. The editor saves into the branch that
 * is published, so it refuses a placeholder as a publication does.
 */
import { PLACEHOLDER_MARK } from '#src/lib/draft.ts';
import { unsafeMarkupRules } from '#src/lib/content/safe-content.ts';
import { DATE_FORM } from '#src/lib/content/schema-messages.ts';

/** A rule as Sveltia CMS's `pattern` option takes it: the expression's source, and the German message. */
export type FieldPattern = [string, string];

/** A regular expression's source as text for a literal string. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The other case of the unescaped ASCII letters of a character class's content (`a-z` → `A-Z`). */
function otherCase(content: string): string {
  let out = '';
  for (let index = 0; index < content.length; index += 1) {
    const char = content[index] ?? '';
    if (char === '\\') index += 1;
    else if (/[a-z]/iu.test(char))
      out += char === char.toUpperCase() ? char.toLowerCase() : char.toUpperCase();
    else if (char === '-' && /[a-z]/iu.test(content[index - 1] ?? '')) out += char;
  }
  return out;
}

/**
 * A case-insensitive form of a pattern's source, for an editor that takes no flags: each ASCII letter
 * outside an escape matches both cases (`script` → `[sS][cC]…`, `[a-z]` → `[a-zA-Z]`).
 */
export function caseless(source: string): string {
  let out = '';
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index] ?? '';
    if (char === '\\') {
      out += char + (source[index + 1] ?? '');
      index += 1;
    } else if (char === '[') {
      let end = index + 1;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      const content = source.slice(index + 1, end);
      out += `[${content}${otherCase(content.replace(/^\^/u, ''))}]`;
      index = end;
    } else if (/[a-z]/iu.test(char)) {
      out += `[${char.toLowerCase()}${char.toUpperCase()}]`;
    } else {
      out += char;
    }
  }
  return out;
}

/** Text that does not hold `forbidden` (alternatives of sources) anywhere, over several lines too. */
function without(forbidden: readonly string[]): string {
  return `^(?![\\s\\S]*(?:${forbidden.join('|')}))[\\s\\S]*$`;
}

const PLACEHOLDER = literal(PLACEHOLDER_MARK);

const PLACEHOLDER_MESSAGE =
  'Hier steht noch ein Platzhalter („[Bitte ergänzen: …]“). Bitte durch die Angabe ersetzen: ' +
  'Gespeichertes wird veröffentlicht.';

/** A line of text that may be empty, but holds no placeholder. */
export const placeholderFree: FieldPattern = [without([PLACEHOLDER]), PLACEHOLDER_MESSAGE];

/** Text that must say something (not only spaces, as the schema's `trim().min(1)`), and no placeholder. */
export const filledText: FieldPattern = [
  `^(?![\\s\\S]*${PLACEHOLDER})[\\s\\S]*\\S[\\s\\S]*$`,
  'Bitte Text eintragen (nicht nur Leerzeichen) und keinen Platzhalter („[Bitte ergänzen: …]“) stehen ' +
    'lassen: Gespeichertes wird veröffentlicht.',
];

/**
 * A section's text: no placeholder, and none of the markup the build refuses because it could run in
 * a reader's browser (each rule of `safe-content.ts`, which checks line by line: `^` is a line's start).
 */
export const sectionTextRule: FieldPattern = [
  without([
    PLACEHOLDER,
    ...unsafeMarkupRules.map(({ pattern }) => {
      const source = pattern.source.replace(/^\^/u, '(?:^|\\n)');
      return pattern.flags.includes('i') ? caseless(source) : source;
    }),
  ]),
  `${PLACEHOLDER_MESSAGE} Auch Auszeichnung, die im Browser laufen könnte (<script>, <iframe>, <style>, ` +
    'on…=, javascript:), nimmt die Website nicht an.',
];

/** A day of the calendar as `YYYY-MM-DD`: months 01–12, the days each month has, 29 February in leap years. */
export const calendarDate: FieldPattern = [
  '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
    '|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$',
  `Kein Tag im Kalender. Bitte ein Datum ${DATE_FORM} wählen.`,
];
