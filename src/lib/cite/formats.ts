/**
 * How a report section and the whole report are cited: a German citation, BibTeX, RIS and the
 * Highwire `citation_*` meta tags that Zotero and Google Scholar read. Pure, with structural types.
 *
 * Nothing is invented: the authors of a section are its presenters; a section without presenters and
 * the whole report are credited to the organiser (Forschungsprojekt INTESO). The only date the report
 * gives is the conference's, so that is the date cited.
 */
import { germanConferenceDatePhrase, hasDay, type ConferenceDate } from '#src/lib/conference-date.ts';
import { formatIsoDate } from '#src/lib/naming/labels.ts';

/** Someone credited: a person (family name first for sorting) or an organisation (one name). */
export type Creator =
  | {
      kind: 'person';
      family: string;
      given: string;
      name: string;
      honorific: string | undefined;
      displayName: string;
    }
  | { kind: 'organization'; name: string };

/** Everything a citation needs, already resolved to absolute URLs. */
export interface CitableWork {
  /** `section` for one section of the report, `report` for the whole report. */
  kind: 'section' | 'report';
  /** Stable key for BibTeX, ASCII: `inteso2018-forschungsdesign`. */
  key: string;
  /** Title with the section number: `2.1 INTESO – Forschungsdesign und Rückblick`. */
  title: string;
  creators: readonly Creator[];
  /** The organiser, who published the report: `Forschungsprojekt INTESO`. */
  publisher: string;
  /** The report's title: `Tagung „Integration im Sozialraum“`. */
  reportTitle: string;
  /** The conference's name: `Integration im Sozialraum`. */
  conferenceTitle: string;
  /** The day of the conference, or its month and year (`src/lib/conference-date.ts`). */
  date: ConferenceDate;
  /** Absolute URL of the page. */
  url: string;
}

/** Splits a sort name (`Rießen, Anne van`) into family (`Rießen`) and given (`Anne van`) parts. */
export function personCreator(person: {
  sortName: string;
  name: string;
  honorific?: string | undefined;
  displayName: string;
}): Creator {
  const [family = person.name, given = ''] = person.sortName.split(/,\s*/u, 2);
  return {
    kind: 'person',
    family,
    given,
    name: person.name,
    honorific: person.honorific,
    displayName: person.displayName,
  };
}

function creatorSortName(creator: Creator): string {
  return creator.kind === 'person'
    ? creator.given
      ? `${creator.family}, ${creator.given}`
      : creator.family
    : creator.name;
}

/**
 * A German citation in author-year style:
 * `Rießen, Anne van (2018): 2.1 INTESO – …. In: Forschungsprojekt INTESO (Hrsg.): Tagung „…“, 15. Juni 2018. URL`.
 */
export function germanCitation(work: CitableWork): string {
  const authors = work.creators.map(creatorSortName).join('; ');
  const authorRole =
    work.creators.length === 1 && work.creators[0]?.kind === 'organization' && work.kind === 'report'
      ? ' (Hrsg.)'
      : '';
  const year = work.date.year;
  const title = /[.!?]$/u.test(work.title) ? work.title : `${work.title}.`;
  const container =
    work.kind === 'section'
      ? ` In: ${work.publisher} (Hrsg.): ${work.reportTitle}. Bericht zur Tagung ${germanConferenceDatePhrase(work.date)}.`
      : ` Bericht zur Tagung ${germanConferenceDatePhrase(work.date)}.`;
  return `${authors}${authorRole} (${year}): ${title}${container} Online: ${work.url}`;
}

/** Escapes the characters BibTeX treats specially; the file is UTF-8, so umlauts stay as they are. */
export function escapeBibtex(value: string): string {
  return value
    .replace(/[\\{}]/gu, (char) => (char === '\\' ? '\\textbackslash{}' : `\\${char}`))
    .replace(/[&%$#_]/gu, (char) => `\\${char}`);
}

function bibtexName(creator: Creator): string {
  // Braces keep an organisation's name whole (not split into given and family names).
  return creator.kind === 'person'
    ? escapeBibtex(creatorSortName(creator))
    : `{${escapeBibtex(creator.name)}}`;
}

/** A BibTeX entry: `@inproceedings` for a section, `@misc` for the whole report. */
export function toBibtex(work: CitableWork): string {
  const names = work.creators.map(bibtexName).join(' and ');
  const fields: [string, string][] = [
    ['author', names],
    ['title', `{${escapeBibtex(work.title)}}`],
    ...(work.kind === 'section'
      ? ([
          ['booktitle', `{${escapeBibtex(work.reportTitle)}}`],
          ['editor', `{${escapeBibtex(work.publisher)}}`],
        ] as [string, string][])
      : []),
    ['publisher', escapeBibtex(work.publisher)],
    ['eventtitle', escapeBibtex(work.conferenceTitle)],
    ['eventdate', formatIsoDate(work.date)],
    ['year', String(work.date.year)],
    // A month date: BibLaTeX's month as its number; `date` and `eventdate` are `2021-09`, as ISO 8601 allows.
    ...(hasDay(work.date) ? [] : ([['month', String(work.date.month)]] as [string, string][])),
    ['date', formatIsoDate(work.date)],
    ['url', work.url],
    ['language', 'german'],
  ];
  const type = work.kind === 'section' ? 'inproceedings' : 'misc';
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${type}{${work.key},\n${body}\n}\n`;
}

/** A RIS record (CRLF line ends, as the format asks): `CPAPER` for a section, `RPRT` for the report. */
export function toRis(work: CitableWork): string {
  // RIS dates are YYYY/MM/DD/other: a month date leaves its day empty (`2021/09//`).
  const date = hasDay(work.date)
    ? formatIsoDate(work.date).replaceAll('-', '/')
    : `${formatIsoDate(work.date).replace('-', '/')}//`;
  const lines: [string, string][] = [
    ['TY', work.kind === 'section' ? 'CPAPER' : 'RPRT'],
    ...work.creators.map((creator): [string, string] => ['AU', creatorSortName(creator)]),
    ['TI', work.title],
    ...(work.kind === 'section'
      ? ([
          ['T2', work.reportTitle],
          ['A2', work.publisher],
        ] as [string, string][])
      : []),
    ['PB', work.publisher],
    ['PY', String(work.date.year)],
    ['DA', date],
    ['UR', work.url],
    ['LA', 'de'],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\r\n') + '\r\n';
}

/** Highwire Press meta tags, in the order Zotero and Google Scholar expect them. */
export function highwireTags(work: CitableWork): { name: string; content: string }[] {
  return [
    { name: 'citation_title', content: work.title },
    ...work.creators.map((creator) => ({
      name: 'citation_author',
      content: creatorSortName(creator),
    })),
    // Google Scholar reads a full date (2018/06/15) or the year alone: a month date gives its year.
    {
      name: 'citation_date',
      content: hasDay(work.date) ? formatIsoDate(work.date).replaceAll('-', '/') : String(work.date.year),
    },
    { name: 'citation_conference_title', content: work.conferenceTitle },
    { name: 'citation_publisher', content: work.publisher },
    { name: 'citation_public_url', content: work.url },
    { name: 'citation_language', content: 'de' },
  ];
}
