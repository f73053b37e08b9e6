/**
 * The conference file of an import: what the report's opening says — its title, the day, who held it,
 * who came, what it was about — and a visible placeholder with a review note for what it does not say.
 */
import { eventSchema, type EventData } from '#src/schemas/index.ts';
import { CONTENT_ROOT, collectionFolder, entryFile } from '#src/lib/content/collections.ts';
import { placeholder } from '#src/lib/draft.ts';
import { fieldSchemaOf } from '#src/lib/editor/field-schema.ts';
import { editorYaml } from '#src/lib/editor/yaml-style.ts';
import { splitSentences } from '#src/lib/german/sentences.ts';
import { ImportError } from '#src/lib/import/import-error.ts';
import { quoteOf, type RegisterProposals } from '#src/lib/import/proposals.ts';
import type { ReviewNote } from '#src/lib/import/review.ts';
import { blockTexts, type ImportedReport, type SectionBlock } from '#src/lib/import/sections.ts';

const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const monthOf = (name: string) => Math.max(MONTHS.indexOf(name), ENGLISH_MONTHS.indexOf(name)) + 1;
const iso = (year: number, month: number, day?: number) =>
  `${year}-${String(month).padStart(2, '0')}${day === undefined ? '' : `-${String(day).padStart(2, '0')}`}`;

/** A month's name, German or English (`September`), as an alternative of a regular expression. */
const MONTH_NAMES = [...MONTHS, ...ENGLISH_MONTHS].join('|');

/** Not after a day („15. Juni“, „3rd September“, „15 June“): a month named alone. */
const NO_DAY_BEFORE = '(?<!\\d(?:\\.|st|nd|rd|th)?\\s*)';

/** Sentences about the report itself, not the conference („Veröffentlicht am …“): no date is taken from them. */
const ABOUT_THE_REPORT =
  /\b(?:veröffentlicht|published|posted|aktualisiert|updated|Stand:|Creative Commons|Lizenz|licen[cs]ed?)\b/iu;

/** The first date a text gives: `15.06.2018`, `15. Juni 2018`, `3rd September 2016`, as `YYYY-MM-DD`. */
export function findDate(text: string): { iso: string; quote: string } | undefined {
  const months = [...MONTHS, ...ENGLISH_MONTHS].join('|');
  const pattern = new RegExp(
    `\\b(\\d{1,2})(?:\\.\\s?|(?:st|nd|rd|th)?\\s+)(?:(\\d{1,2})\\.\\s?|(${months})\\s+)(\\d{4})\\b`,
    'u',
  );
  const match = pattern.exec(text);
  if (!match) return undefined;
  const day = Number(match[1]);
  const month = match[2] ? Number(match[2]) : monthOf(match[3] ?? '');
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { iso: iso(Number(match[4]), month, day), quote: match[0] };
}

/**
 * A day and month without a year in a sentence about the conference („Vom 3. bis 6. Juni fand …“),
 * and the year from the report's opening („Veröffentlicht am 8. August 2014“): the year is a guess the
 * review list names.
 */
function findDayWithoutYear(sentences: readonly string[]): { iso: string; quote: string } | undefined {
  const dayMonth = new RegExp(`\\b(\\d{1,2})\\.\\s?(${MONTHS.join('|')})\\b(?!\\s+\\d{4})`, 'u');
  const year = /\b(?:19|20)\d{2}\b/u;
  const sentence = sentences.find(
    (candidate) => !ABOUT_THE_REPORT.test(candidate) && dayMonth.test(candidate),
  );
  const day = sentence ? dayMonth.exec(sentence) : null;
  const yearSentence = sentences.find((candidate) => year.test(candidate));
  const yearMatch = yearSentence ? year.exec(yearSentence) : null;
  if (!day || !yearMatch) return undefined;
  const range = new RegExp(`\\b(\\d{1,2})\\.\\s*(?:bis|–|-)\\s*${day[0]}`, 'u').exec(sentence ?? '');
  const first = Number(range?.[1] ?? day[1]);
  return {
    iso: iso(Number(yearMatch[0]), monthOf(day[2] ?? ''), first),
    quote: `${range?.[0] ?? day[0]}“, das Jahr aus „${yearMatch[0]}`,
  };
}

/**
 * A month and year without a day („im September 2021“, „September 2021“) as `YYYY-MM`: the report
 * says no more, so no day is made up.
 */
export function findMonthDate(text: string): { iso: string; quote: string } | undefined {
  const match = new RegExp(`${NO_DAY_BEFORE}\\b(?:[Ii][mn]\\s+)?(${MONTH_NAMES})\\s+(\\d{4})\\b`, 'u').exec(
    text,
  );
  if (!match) return undefined;
  return { iso: iso(Number(match[2]), monthOf(match[1] ?? '')), quote: match[0] };
}

/**
 * A month without a year in a sentence about the conference („In diesem Jahr im September …“), and
 * the year from the report's opening: `YYYY-MM`, the year a guess the review list names.
 */
function findMonthWithoutYear(sentences: readonly string[]): { iso: string; quote: string } | undefined {
  const month = new RegExp(`${NO_DAY_BEFORE}\\b[Ii][mn]\\s+(${MONTH_NAMES})\\b(?!\\s+\\d{4})`, 'u');
  const year = /\b(?:19|20)\d{2}\b/u;
  const sentence = sentences.find((candidate) => !ABOUT_THE_REPORT.test(candidate) && month.test(candidate));
  const found = sentence ? month.exec(sentence) : null;
  const yearSentence = sentences.find((candidate) => year.test(candidate));
  const yearMatch = yearSentence ? year.exec(yearSentence) : null;
  if (!found || !yearMatch) return undefined;
  return {
    iso: iso(Number(yearMatch[0]), monthOf(found[1] ?? '')),
    quote: `${found[0]}“, das Jahr aus „${yearMatch[0]}`,
  };
}

/**
 * The conference's date: a full date in the opening, else a day and month there with the year from
 * elsewhere in it, else a month and year there (`YYYY-MM`), else a month there with the year from
 * elsewhere in it, else a full date or a month and year in the report's first paragraphs.
 */
function conferenceDate(opening: readonly string[], first: readonly string[]) {
  const about = (texts: readonly string[]) => texts.filter((text) => !ABOUT_THE_REPORT.test(text));
  const openingText = about(opening).join(' ');
  const firstText = about(first).join(' ');
  return (
    findDate(openingText) ??
    findDayWithoutYear(opening) ??
    findMonthDate(openingText) ??
    findMonthWithoutYear(opening) ??
    findDate(firstText) ??
    findMonthDate(firstText)
  );
}

/** A sentence that says how many came: „Der Einladung folgten rund 100 Personen …“. */
export function findAudience(sentences: readonly string[]): EventData['audience'] | undefined {
  const pattern = new RegExp(
    '(?:(rund|etwa|ca\\.|circa|knapp|über|mehr als|fast|annähernd)\\s+)?(\\d{1,5})\\s+' +
      '(?:Personen|Teilnehmende|Teilnehmer(?:_innen|\\*innen|:innen|innen)?|Gäste|Besucher(?:_innen|\\*innen|:innen|innen)?|' +
      'Interessierte|Menschen)\\b',
    'u',
  );
  for (const sentence of sentences) {
    const match = pattern.exec(
      sentence.replace(/^(Rund|Etwa|Ca\.|Circa|Knapp|Über|Mehr als|Fast|Annähernd)\b/u, (word) =>
        word.toLowerCase(),
      ),
    );
    if (match?.[2]) {
      return { count: Number(match[2]), approximate: match[1] !== undefined, description: sentence };
    }
  }
  return undefined;
}

/**
 * The organisation that held the conference, as the opening text names it: „X lud … ein“,
 * „veranstaltet von X“, „Veranstalter: X“, „veranstaltet X jährlich …“.
 */
export function findOrganizerPhrase(
  sentences: readonly string[],
): { phrase: string; sentence: string } | undefined {
  const patterns = [
    /^(?:Das|Die|Der)?\s*(.+?)\s+(?:lud|luden|lädt|laden|veranstaltete|veranstalteten|richtete|richteten|organisierte|organisierten)\b/u,
    /(?:veranstaltet|ausgerichtet|organisiert)\s+(?:von|vom|durch)\s+(?:der|dem|den|die|das)?\s*([^,.;(]+)/u,
    /Veranstalter(?:in)?:\s*([^,.;(]+)/u,
    new RegExp(
      '\\bveranstaltet\\s+(?!von\\b|vom\\b|durch\\b|wurde\\b|wird\\b)(\\p{L}[^,.;(]*?)\\s+' +
        '(?:jährlich|alljährlich|seit|regelmäßig|zum|zusammen|gemeinsam|in|im|am|alle|eine?n?|die|den|das)\\b',
      'u',
    ),
  ];
  for (const sentence of sentences) {
    for (const pattern of patterns) {
      const phrase = pattern.exec(sentence)?.[1]?.trim();
      // A name after „veranstaltet“ may be written lower case („veranstaltet adesso jährlich“).
      const named = pattern === patterns[3] ? /^\p{L}/u : /^\p{Lu}/u;
      if (phrase && named.test(phrase) && phrase.split(/\s+/u).length <= 8) return { phrase, sentence };
    }
  }
  return undefined;
}

/** A section's running text block by block: paragraphs, list items, quotes, notes, table cells. */
export function textsOf(blocks: readonly SectionBlock[]): string[] {
  return blocks.flatMap(blockTexts);
}

/** A section's text as sentences, for the figures and the checks. */
export function sentencesOf(blocks: readonly SectionBlock[]): string[] {
  return textsOf(blocks).flatMap(splitSentences);
}

/** What the event file needs from the rest of the import. */
export interface EventInput {
  report: ImportedReport;
  slug: string;
  date: string | undefined;
  contentDir: string;
  proposals: RegisterProposals;
}

/** The conference's title and report title, with their notes. */
function titles(report: ImportedReport, note: (field: string, text: string, open?: boolean) => void) {
  const reportTitle = report.title ?? placeholder('Titel des Berichts, z. B. Tagung „…“');
  if (report.title === undefined) note('reportTitle', 'Der Bericht beginnt nicht mit einem Titel', true);
  const quoted = report.title ? /[„“"]([^“”"]+)[“”"]/u.exec(report.title)?.[1] : undefined;
  const title = quoted ?? report.title ?? placeholder('Name der Tagung');
  if (report.title === undefined) note('title', 'Name der Tagung fehlt', true);
  else
    note(
      'title',
      quoted
        ? 'Name der Tagung: der Teil des Titels in Anführungszeichen'
        : 'Name der Tagung: der Titel des Berichts',
    );
  return { title, reportTitle };
}

/** The conference file and its review notes. */
export function planEvent(input: EventInput): { path: string; text: string; notes: ReviewNote[] } {
  const { report, slug, contentDir, proposals } = input;
  const path = entryFile('events', slug, contentDir);
  const notes: ReviewNote[] = [];
  const note = (field: string, text: string, open = false) =>
    notes.push({ file: path, field, note: text, placeholder: open });
  const opening = report.sections[0]?.number === undefined ? report.sections[0] : undefined;
  const openingSentences = opening ? sentencesOf(opening.blocks) : [];
  const allSentences = report.sections.flatMap((section) => sentencesOf(section.blocks));
  const { title, reportTitle } = titles(report, note);

  // Dates are read from whole paragraphs: the sentence splitter ends a sentence at „8.“ in „8. August“.
  const openingTexts = opening ? textsOf(opening.blocks) : [];
  const found = conferenceDate(
    openingTexts,
    report.sections.flatMap((section) => textsOf(section.blocks)).slice(0, 10),
  );
  const date = input.date ?? found?.iso;
  if (date === undefined) {
    throw new ImportError(
      'Der Bericht nennt kein Datum der Tagung (etwa „15.06.2018“, „15. Juni 2018“ oder „im September 2021“ ' +
        `in der Einleitung). Bitte das Datum angeben: npm run import -- DATEI --event ${slug} --datum JJJJ-MM-TT ` +
        '(oder nur Monat und Jahr: --datum JJJJ-MM)',
    );
  }
  if (input.date === undefined && found) {
    const month = found.iso.length === 7 ? ': nur Monat und Jahr, wie der Bericht sie nennt' : '';
    note('date', `Datum aus „${found.quote}“ gelesen${month}`);
  }

  const organizerPhrase = findOrganizerPhrase(openingSentences);
  const organizer = organizerPhrase
    ? proposals.organization(organizerPhrase.phrase, undefined, undefined, organizerPhrase.sentence)
    : placeholder(`Veranstalter (Kennung aus ${collectionFolder('organizations', CONTENT_ROOT)}/)`);
  if (organizerPhrase)
    note('organizer', `Veranstalter „${organizer}“ erkannt an ${quoteOf(organizerPhrase.sentence)}`);
  else note('organizer', 'Der Bericht nennt keinen Veranstalter', true);

  const audience = findAudience(openingSentences) ?? findAudience(allSentences.slice(0, 20));
  if (audience) note('audience', `Teilnehmende aus ${quoteOf(audience.description)}`);
  else note('audience', 'Der Bericht sagt nicht, wer kam', true);

  const firstParagraph = opening?.blocks.find(
    (block): block is Extract<SectionBlock, { kind: 'paragraph' }> =>
      block.kind === 'paragraph' && !ABOUT_THE_REPORT.test(block.text),
  );
  const summary = firstParagraph ? splitSentences(firstParagraph.text).slice(0, 2).join(' ') : undefined;
  if (summary) note('summary', 'Zusammenfassung: die ersten Sätze der Einleitung');
  else note('summary', 'Der Bericht hat keine Einleitung, aus der eine Zusammenfassung käme', true);
  note(
    'summary',
    'Förderung (funding), Partner (partners), Kennzahlen (figures) und Lizenz (license) übernimmt der Import nicht: bei Bedarf ergänzen',
  );

  const event: Record<string, unknown> = {
    title,
    reportTitle,
    slug,
    date,
    organizer,
    audience: audience ?? { description: placeholder('wer kam, in den Worten des Berichts') },
    summary: summary ?? placeholder('ein oder zwei Sätze aus dem Bericht, worum es ging'),
  };
  // What the report does not say stands as „[Bitte ergänzen: …]“; PRUEFEN.md lists everything to check.
  return { path, text: editorYaml(event, fieldSchemaOf(eventSchema)), notes };
}
