/**
 * A conference's date as the report gives it: a day (`2018-06-15`, „15. Juni 2018“) or only a month
 * of a year (`2021-09`, „September 2021“), when the report says no more. A month date never gets an
 * invented day: each consumer asks for the form it needs (ISO 8601 as written, the German words, a
 * day only where there is one). A leaf module without dependencies: the schemas, the importer, the
 * editor and the pages read it alike.
 */

/** A day of the calendar, or a month of a year when the day is not known (`day` absent). */
export interface ConferenceDate {
  readonly year: number;
  readonly month: number;
  readonly day?: number;
}

/** The two forms a content file writes: `YYYY-MM-DD` or `YYYY-MM`. */
const WRITTEN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/u;

/** The forms of a conference date in a content file, for messages and hints. */
export const CONFERENCE_DATE_FORMS =
  'als JJJJ-MM-TT (Jahr-Monat-Tag), z. B. 2018-06-15, oder nur Monat und Jahr als JJJJ-MM, z. B. 2021-09 für „September 2021“';

/**
 * The two forms as one regular expression's source, for the editor at `/admin/`, which checks a field
 * by a pattern: a month 01–12 of a year, or a day of the calendar (the days each month has, 29 February
 * in leap years). `tests/unit/conference-date.test.ts` holds it and `parseConferenceDate` together.
 */
export const CONFERENCE_DATE_PATTERN =
  '^\\d{4}-(?:0[1-9]|1[0-2])$|' +
  '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';

/** The number of days of a month (1–12) in a year. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date a content file (or the importer's `--datum`) writes: `YYYY-MM-DD` naming a day of the
 * calendar, `YYYY-MM` naming a month 01–12, or a `Date` as a YAML reader gives a written day.
 * Undefined for anything else (`2021-13`, `2018-02-29`, `15.06.2018`).
 */
export function parseConferenceDate(value: unknown): ConferenceDate | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value !== 'string') return undefined;
  const match = WRITTEN.exec(value.trim());
  if (!match) return undefined;
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  return day >= 1 && day <= daysIn(year, month) ? { year, month, day } : undefined;
}

/**
 * Why a written conference date is none, in German for the team, or undefined when it is one:
 * „„2018-15-06“ ist kein Tag im Kalender (einen Monat 15 gibt es nicht). Bitte das Datum als … schreiben.“
 */
export function conferenceDateProblem(value: unknown): string | undefined {
  if (parseConferenceDate(value) !== undefined) return undefined;
  const written = value instanceof Date ? 'ein ungültiges Datum' : `„${String(value)}“`;
  const parts = typeof value === 'string' ? WRITTEN.exec(value.trim()) : null;
  const month = Number(parts?.[2]);
  const why = parts && (month < 1 || month > 12) ? ` (einen Monat ${month} gibt es nicht)` : '';
  const what =
    parts?.[3] !== undefined ? 'kein Tag im Kalender' : parts ? 'kein Monat im Kalender' : 'kein Datum';
  return `${written} ist ${what}${why}. Bitte das Datum ${CONFERENCE_DATE_FORMS} schreiben.`;
}

/** True when the date names a day, false for a month of a year. */
export function hasDay(date: ConferenceDate): date is ConferenceDate & { day: number } {
  return date.day !== undefined;
}

const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

/**
 * The date in ISO 8601 as written: `2018-06-15`, or `2021-09` for a month (for `<time datetime>`,
 * schema.org's `startDate`, the open data, BibTeX's `date`).
 */
export function isoConferenceDate(date: ConferenceDate): string {
  const month = `${pad(date.year, 4)}-${pad(date.month)}`;
  return hasDay(date) ? `${month}-${pad(date.day)}` : month;
}

const longDay = new Intl.DateTimeFormat('de-DE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const longMonth = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The German words: `15. Juni 2018`, or `September 2021` for a month. */
export function germanConferenceDate(date: ConferenceDate): string {
  const instant = new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));
  return (hasDay(date) ? longDay : longMonth).format(instant);
}

/**
 * The date after a noun, as German says it: „(Bericht der Tagung) vom 15. Juni 2018“, or „im September
 * 2021“ for a month.
 */
export function germanConferenceDatePhrase(date: ConferenceDate): string {
  return `${hasDay(date) ? 'vom' : 'im'} ${germanConferenceDate(date)}`;
}

/**
 * The day as a `Date` at midnight UTC, for what needs a moment (a feed item's date); undefined for a
 * month, which has no day to give.
 */
export function conferenceDay(date: ConferenceDate): Date | undefined {
  return hasDay(date) ? new Date(Date.UTC(date.year, date.month - 1, date.day)) : undefined;
}

/**
 * The order of two dates, earliest first. A month comes before the days in it: what is known of it
 * is its start.
 */
export function compareConferenceDates(a: ConferenceDate, b: ConferenceDate): number {
  return a.year - b.year || a.month - b.month || (a.day ?? 0) - (b.day ?? 0);
}
