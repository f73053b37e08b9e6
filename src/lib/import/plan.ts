/**
 * What an import writes, decided without touching the disk: the conference file, one MDX file per
 * section, the new register entries, and the review list of every guess with its file and line. Pure,
 * so that it is unit-tested on plain input; `import-report.ts` puts the files in place.
 */
import {
  eventSchema,
  reportSectionSchema,
  type EventData,
  type OrganizationData,
  type PersonData,
  type PlaceData,
  type ReportSectionData,
  type SectionKind,
} from '#src/schemas/index.ts';
import { fieldSchemaOf } from '#src/lib/editor/field-schema.ts';
import {
  CONTENT_ROOT,
  collectionFolder,
  contentCollections,
  entryFile,
} from '#src/lib/content/collections.ts';
import { editorMdx, editorYaml } from '#src/lib/editor/yaml-style.ts';
import { placeholder } from '#src/lib/draft.ts';
import { ImportError } from '#src/lib/import/import-error.ts';
import { ListIds } from '#src/lib/import/list-ids.ts';
import {
  appositionAfter,
  familyNameOf,
  headingPeople,
  peopleInSentence,
  shortReferences,
  sortNameOf,
  type NamedPerson,
} from '#src/lib/import/people.ts';
import {
  findOrganization,
  findPerson,
  findPlace,
  guessOrganizationKind,
  newId,
  organizationsNamedIn,
  placesNamedIn,
  type Registers,
} from '#src/lib/import/register.ts';
import {
  OPENING_TITLE,
  type ImportedReport,
  type ImportedSection,
  type SectionBlock,
} from '#src/lib/import/sections.ts';
import { slugify, uniqueSlug } from '#src/lib/import/slugs.ts';
import { splitSentences } from '#src/lib/german/sentences.ts';
import { collapseWhitespace } from '#src/lib/import/source-text.ts';

/** One guess or gap the team should look at: where it is written, and what the importer did. */
export interface ReviewItem {
  /** Path of the written file, relative to the project: `content/sections/tagung-2019/01-begruessung.mdx`. */
  file: string;
  /** Line in that file (counted from 1). */
  line: number;
  /** What was guessed or left open, in German. */
  note: string;
  /** True for a placeholder: a publication build refuses it until it is filled in. */
  placeholder: boolean;
}

export interface ImportOptions {
  /** The conference's slug (`--event`). */
  slug: string;
  /** The conference's day as `YYYY-MM-DD`, when the report does not say it or says it differently. */
  date?: string | undefined;
  /** The file name the report came from, for the notes. */
  sourceName: string;
  /** Where content lives, as the written paths should show it (`content`). */
  contentDir: string;
}

/** A file to write: its path relative to the project, and its text. */
export interface PlannedFile {
  path: string;
  text: string;
}

export interface ImportPlan {
  event: PlannedFile;
  sections: PlannedFile[];
  /** One file per new register entry (`content/people/<id>.yaml`). */
  registers: PlannedFile[];
  review: ReviewItem[];
  /** The review list as Markdown, written beside the sections. */
  reviewFile: PlannedFile;
  /** Figures for the summary: sections, sentences, people matched and new, … */
  figures: ImportFigures;
}

export interface ImportFigures {
  sections: number;
  sentences: number;
  presentersMatched: string[];
  presentersNew: string[];
  organizationsNew: string[];
  placesNew: string[];
  placeholders: number;
}

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

/** The first date a text gives: `15.06.2018`, `15. Juni 2018`, as `YYYY-MM-DD`. */
export function findDate(text: string): { iso: string; quote: string } | undefined {
  const pattern = new RegExp(
    `\\b(\\d{1,2})\\.\\s?(?:(\\d{1,2})\\.\\s?|(${MONTHS.join('|')})\\s+)(\\d{4})\\b`,
    'u',
  );
  const match = pattern.exec(text);
  if (!match) return undefined;
  const day = Number(match[1]);
  const month = match[2] ? Number(match[2]) : MONTHS.indexOf(match[3] ?? '') + 1;
  const year = Number(match[4]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, quote: match[0] };
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

/** The organisation that held the conference, as the opening text names it („X lud … ein“, „veranstaltet von X“). */
export function findOrganizerPhrase(
  sentences: readonly string[],
): { phrase: string; sentence: string } | undefined {
  const patterns = [
    /^(?:Das|Die|Der)?\s*(.+?)\s+(?:lud|luden|lädt|laden|veranstaltete|veranstalteten|richtete|richteten|organisierte|organisierten)\b/u,
    /(?:veranstaltet|ausgerichtet|organisiert)\s+(?:von|vom|durch)\s+(?:der|dem|den|die|das)?\s*([^,.;]+)/u,
    /Veranstalter(?:in)?:\s*([^,.;]+)/u,
  ];
  for (const sentence of sentences) {
    for (const pattern of patterns) {
      const phrase = pattern.exec(sentence)?.[1]?.trim();
      if (phrase && /^\p{Lu}/u.test(phrase) && phrase.split(/\s+/u).length <= 8) return { phrase, sentence };
    }
  }
  return undefined;
}

/** The kind of a section, guessed from its title and place in the report, with the reason. */
export function guessKind(
  section: ImportedSection,
  hasChildren: boolean,
  namesInHeading: boolean,
): { kind: SectionKind; reason: string } {
  if (section.number === undefined && section.title === OPENING_TITLE) {
    return { kind: 'introduction', reason: 'Einleitung ohne Nummer' };
  }
  if (/begrüßung|grußwort|eröffnung|willkommen|auftakt/iu.test(section.title)) {
    return { kind: 'welcome', reason: 'der Titel spricht von Begrüßung oder Eröffnung' };
  }
  if (/schluss|abschluss|fazit|resümee|ausblick|kommentar|zusammenfassung|bilanz/iu.test(section.title)) {
    return { kind: 'closing-comment', reason: 'der Titel spricht von Schluss, Fazit oder Kommentar' };
  }
  if (hasChildren) return { kind: 'chapter-intro', reason: 'der Abschnitt hat Unterabschnitte' };
  if (namesInHeading) return { kind: 'guest-talk', reason: 'der Titel nennt die Vortragenden' };
  return { kind: 'project-talk', reason: 'kein anderer Hinweis im Titel' };
}

/** Markdown and MDX syntax in report text, escaped so that the page shows the text as it is. */
export function escapeMdx(text: string): string {
  return text
    .replace(/[\\`*{}<>[\]]/gu, (char) => `\\${char}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/~~/gu, '\\~\\~')
    .replace(/&(?=#?[a-z0-9]+;)/giu, '&amp;')
    .replace(/^(#{1,6}\s|[-+]\s|>)/u, '\\$1')
    .replace(/^(\d+)([.)])(\s)/u, '$1\\$2$3');
}

/** The line (from 1) of the first line of `text` that satisfies `test`, at or after line `from`. */
function lineWhere(text: string, test: (line: string) => boolean, from = 1): number {
  const lines = text.split('\n');
  for (let index = from - 1; index < lines.length; index += 1) if (test(lines[index] ?? '')) return index + 1;
  return 1;
}

/** The line of a front-matter field, or of one value in its list. */
function fieldLine(text: string, field: string, value?: string): number {
  const start = lineWhere(text, (line) => line.startsWith(`${field}:`));
  if (value === undefined) return start;
  return lineWhere(text, (line) => line === `  - ${value}`, start);
}

const quoteOf = (sentence: string) => `„${sentence.length > 110 ? `${sentence.slice(0, 107)}…` : sentence}“`;

/** A section's text as sentences, for the figures and the checks. */
export function sentencesOf(blocks: readonly SectionBlock[]): string[] {
  return blocks
    .flatMap((block) => (block.kind === 'list' ? block.items : [block.text]))
    .flatMap(splitSentences);
}

/**
 * The MDX body of a section: paragraphs, and numbered Markdown lists (`1. …`), whose items the build
 * gives their passage ids (`ergebnis-1`, `schritt-1` or `punkt-1`, by the sentence that leads into the
 * list; see `list-ids.ts`); `listIds` are those ids, for the review list.
 */
export function sectionBody(blocks: readonly SectionBlock[]): { body: string; listIds: string[] } {
  const ids = new ListIds();
  const listIds: string[] = [];
  let delimiter = '.';
  const parts = blocks.map((block, index) => {
    if (block.kind === 'paragraph') return escapeMdx(block.text);
    const before = blocks[index - 1];
    const itemIds = ids.next(before?.kind === 'paragraph' ? before.text : undefined, block.items.length);
    listIds.push(...itemIds);
    // Markdown joins two lists in a row into one unless their numbers end differently: `1.`, then `1)`.
    delimiter = before?.kind === 'list' && delimiter === '.' ? ')' : '.';
    // Plain Markdown, as the editor shows it: the build gives each item the same id (`document.ts`).
    return block.items.map((text, item) => `${item + 1}${delimiter} ${escapeMdx(text)}`).join('\n');
  });
  return { body: parts.join('\n\n'), listIds };
}

/** New register entries of one import, with the notes for the review list. */
class RegisterProposals {
  readonly people = new Map<string, PersonData>();
  readonly organizations = new Map<string, OrganizationData>();
  readonly places = new Map<string, PlaceData>();
  readonly notes = new Map<string, string>();

  private readonly registers: Registers;

  constructor(registers: Registers) {
    this.registers = registers;
  }

  private taken(kind: 'people' | 'organizations' | 'places'): Set<string> {
    return new Set([...Object.keys(this.registers[kind]), ...this[kind].keys()]);
  }

  place(name: string, quote: string): string {
    const existing =
      findPlace(name, this.registers) ?? [...this.places].find(([, data]) => data.name === name)?.[0];
    if (existing) return existing;
    const id = newId(name, this.taken('places'));
    this.places.set(id, { name, kind: 'kommune', aliases: [] });
    this.notes.set(`places:${id}`, `neuer Ort „${name}“ (Art „kommune“ geraten) aus ${quoteOf(quote)}`);
    return id;
  }

  organization(
    name: string,
    shortName: string | undefined,
    placeName: string | undefined,
    quote: string,
  ): string {
    const existing =
      findOrganization(name, this.registers) ??
      (shortName ? findOrganization(shortName, this.registers) : undefined) ??
      [...this.organizations].find(([, data]) => data.name === name)?.[0];
    if (existing) return existing;
    const id = newId(shortName ?? name, this.taken('organizations'));
    const kind = guessOrganizationKind(name);
    const place = placeName ? this.place(placeName, quote) : undefined;
    this.organizations.set(id, {
      name,
      ...(shortName ? { shortName } : {}),
      kind,
      ...(place ? { place } : {}),
      aliases: [],
    });
    this.notes.set(
      `organizations:${id}`,
      `neue Institution „${name}“ (Art „${kind}“ geraten) aus ${quoteOf(quote)}`,
    );
    return id;
  }

  person(person: NamedPerson, sentence: string): { id: string; matched: boolean } {
    const existing = findPerson(person.name, this.registers);
    if (existing) return { id: existing, matched: true };
    const proposed = [...this.people].find(([, data]) => data.name === person.name)?.[0];
    if (proposed) return { id: proposed, matched: false };
    const id = newId(person.name, this.taken('people'));
    const after = appositionAfter(sentence.slice(person.listEnd));
    const apposition = { ...after, role: after.role ?? person.roleBefore };
    const organization = apposition.organization
      ? this.organization(apposition.organization, apposition.shortName, apposition.place, sentence)
      : undefined;
    const role = {
      ...(apposition.role || !organization
        ? { title: apposition.role ?? placeholder('Rolle oder Funktion') }
        : {}),
      ...(organization ? { organization } : {}),
    };
    this.people.set(id, {
      name: person.name,
      ...(person.honorific ? { honorific: person.honorific } : {}),
      sortName: sortNameOf(person.name),
      roles: [role],
    });
    this.notes.set(
      `people:${id}`,
      `neue Person „${person.honorific ? `${person.honorific} ` : ''}${person.name}“ aus ${quoteOf(sentence)}`,
    );
    return { id, matched: false };
  }

  /** The id of a person named by title and family name only, among the given candidates. */
  byFamilyName(familyName: string, candidates: Iterable<string>): string | undefined {
    for (const id of candidates) {
      const data = this.registers.people[id] ?? this.people.get(id);
      if (data && familyNameOf(data.name) === familyName) return id;
    }
    return undefined;
  }
}

/**
 * Files are written the way the editor at /admin/ writes them back (`src/lib/editor/yaml-style.ts`), so
 * that editing an imported draft there changes only what was edited. Notes go to the review list.
 */
function mdxFile(data: Record<string, unknown>, body: string): string {
  return editorMdx(data, body, fieldSchemaOf(reportSectionSchema));
}

/** Decides everything an import writes. */
export function planImport(report: ImportedReport, registers: Registers, options: ImportOptions): ImportPlan {
  const { slug, contentDir } = options;
  const proposals = new RegisterProposals(registers);
  const review: ReviewItem[] = [];
  const note = (file: string, line: number, text: string, isPlaceholder = false) =>
    review.push({ file, line, note: text, placeholder: isPlaceholder });
  const figures: ImportFigures = {
    sections: report.sections.length,
    sentences: 0,
    presentersMatched: [],
    presentersNew: [],
    organizationsNew: [],
    placesNew: [],
    placeholders: 0,
  };

  const takenSlugs = new Set<string>();
  const sectionFiles: PlannedFile[] = [];
  const sectionSlugs: string[] = [];
  report.sections.forEach((section, order) => {
    const heading = headingPeople(section.title);
    const hasChildren = report.sections.some(
      (other) => section.number !== undefined && other.number?.startsWith(`${section.number}.`),
    );
    const { kind, reason } = guessKind(section, hasChildren, heading.people.length > 0);
    const sectionSlug = uniqueSlug(slugify(heading.topic) || 'abschnitt', takenSlugs);
    takenSlugs.add(sectionSlug);
    sectionSlugs.push(sectionSlug);
    const sentences = sentencesOf(section.blocks);
    figures.sentences += sentences.length;
    const text = sentences.join(' ');

    // People: the heading's, then each sentence's, in the report's order.
    // Who presented, who moderated, who is only named: a person stands in the first that applies.
    const presenters: string[] = [];
    const moderators: string[] = [];
    const mentions: string[] = [];
    const lists = { presenters, moderators, mentions };
    const roles = { presenters: 'Referent/in', moderators: 'Moderation', mentions: 'erwähnt' };
    const personNotes: { id: string; field: keyof typeof lists; text: string }[] = [];
    const addPerson = (person: NamedPerson, sentence: string, field: keyof typeof lists) => {
      const { id, matched } = proposals.person(person, sentence);
      if (lists[field].includes(id) || presenters.includes(id)) return;
      if (field === 'mentions' && moderators.includes(id)) return;
      lists[field].push(id);
      if (field === 'presenters') (matched ? figures.presentersMatched : figures.presentersNew).push(id);
      const how = matched ? 'vorhandener Eintrag' : 'neu angelegt';
      personNotes.push({
        id,
        field,
        text: `${roles[field]}: ${id} (${how}), erkannt an ${quoteOf(sentence)}`,
      });
    };
    for (const person of heading.people) addPerson(person, section.title, 'presenters');
    for (const sentence of sentences) {
      for (const person of peopleInSentence(sentence)) {
        const field = person.moderating ? 'moderators' : person.presenting ? 'presenters' : 'mentions';
        addPerson(person, sentence, field);
      }
      for (const reference of shortReferences(sentence)) {
        const known = proposals.byFamilyName(reference.familyName, [
          ...presenters,
          ...moderators,
          ...mentions,
        ]);
        if (known) continue;
        const existing = proposals.byFamilyName(reference.familyName, Object.keys(registers.people));
        if (existing && !mentions.includes(existing)) {
          mentions.push(existing);
          personNotes.push({
            id: existing,
            field: 'mentions',
            text: `erwähnt: ${existing} (vorhandener Eintrag), erkannt an ${quoteOf(sentence)}`,
          });
        }
      }
    }
    for (const id of [...presenters, ...moderators]) {
      const at = mentions.indexOf(id);
      if (at >= 0) mentions.splice(at, 1);
    }
    for (const id of presenters) {
      const at = moderators.indexOf(id);
      if (at >= 0) moderators.splice(at, 1);
    }
    for (const note of personNotes.filter((item) => !lists[item.field].includes(item.id)))
      personNotes.splice(personNotes.indexOf(note), 1);

    // Institutions and places: those of the register the text names, and those new people brought.
    // A new organisation's name may hold an existing one's („Jugendamt der Stadt Wuppertal“, „Jugendamt“).
    const brought = [...presenters, ...moderators, ...mentions].flatMap((id) =>
      (proposals.people.get(id)?.roles ?? []).flatMap((role) =>
        role.organization ? [role.organization] : [],
      ),
    );
    let unclaimed = `${section.title} ${text}`;
    for (const id of brought) {
      const name = proposals.organizations.get(id)?.name;
      if (name) unclaimed = unclaimed.split(name).join(' ');
    }
    const institutions = organizationsNamedIn(unclaimed, registers);
    for (const id of brought) if (!institutions.includes(id)) institutions.push(id);
    const places = placesNamedIn(`${section.title} ${text}`, registers);
    for (const id of institutions) {
      const place = proposals.organizations.get(id)?.place;
      if (place && proposals.places.has(place) && !places.includes(place)) places.push(place);
    }

    const firstSentence = sentences[0];
    const description = firstSentence ?? placeholder('Beschreibung: ein Satz aus dem Abschnitt');
    const data: Partial<ReportSectionData> & Record<string, unknown> = {
      event: slug,
      order,
      ...(section.number !== undefined ? { number: section.number } : {}),
      title: section.title,
      ...(heading.shortTitle ? { shortTitle: heading.shortTitle } : {}),
      slug: sectionSlug,
      kind,
      description,
      ...(presenters.length > 0 ? { presenters } : {}),
      ...(moderators.length > 0 ? { moderators } : {}),
      ...(mentions.length > 0 ? { mentions } : {}),
      ...(institutions.length > 0 ? { institutions } : {}),
      ...(places.length > 0 ? { places } : {}),
    };
    const { body, listIds } = sectionBody(section.blocks);
    const path = entryFile(
      'sections',
      `${slug}/${String(order).padStart(2, '0')}-${sectionSlug}`,
      contentDir,
    );
    const file = mdxFile(data, body);
    sectionFiles.push({ path, text: file });

    note(
      path,
      fieldLine(file, 'slug'),
      `Adresse „${sectionSlug}“ aus dem Titel gebildet; nach der Veröffentlichung nicht mehr ändern`,
    );
    note(path, fieldLine(file, 'kind'), `Art „${kind}“ geraten: ${reason}`);
    if (firstSentence === undefined) {
      note(path, fieldLine(file, 'description'), 'Beschreibung fehlt: der Abschnitt hat keinen Text', true);
    } else {
      note(path, fieldLine(file, 'description'), 'Beschreibung: der erste Satz des Abschnitts');
    }
    if (heading.shortTitle)
      note(path, fieldLine(file, 'shortTitle'), 'Kurztitel: der Titel ohne die Namen davor');
    for (const item of personNotes) note(path, fieldLine(file, item.field, item.id), item.text);
    for (const id of institutions) {
      const proposed = proposals.organizations.has(id);
      note(
        path,
        fieldLine(file, 'institutions', id),
        `Institution: ${id} (${proposed ? 'neu angelegt' : 'im Text genannt'})`,
      );
    }
    for (const id of places)
      note(
        path,
        fieldLine(file, 'places', id),
        `Ort: ${id} (${proposals.places.has(id) ? 'neu angelegt' : 'im Text genannt'})`,
      );
    if (listIds.length > 0) {
      note(
        path,
        lineWhere(file, (line) => /^1\. /u.test(line)),
        `Listenpunkte mit den Ankern ${listIds.join(', ')}: nach dem Satz vor der Liste benannt ` +
          '(ergebnis-…, schritt-…, sonst punkt-…); die Website vergibt sie selbst',
      );
    }
  });

  // The conference: what the opening text says, placeholders for what it does not.
  const opening = report.sections[0]?.number === undefined ? report.sections[0] : undefined;
  const openingSentences = opening ? sentencesOf(opening.blocks) : [];
  const allSentences = report.sections.flatMap((section) => sentencesOf(section.blocks));
  const eventPath = entryFile('events', slug, contentDir);
  const eventNotes: { field: string; text: string; placeholder?: boolean }[] = [];

  const reportTitle = report.title ?? placeholder('Titel des Berichts, z. B. Tagung „…“');
  if (report.title === undefined)
    eventNotes.push({
      field: 'reportTitle',
      text: 'Der Bericht beginnt nicht mit einem Titel',
      placeholder: true,
    });
  const quoted = report.title ? /„([^“]+)“/u.exec(report.title)?.[1] : undefined;
  const title = quoted ?? report.title ?? placeholder('Name der Tagung');
  eventNotes.push(
    report.title === undefined
      ? { field: 'title', text: 'Name der Tagung fehlt', placeholder: true }
      : {
          field: 'title',
          text: quoted
            ? 'Name der Tagung: der Teil des Titels in Anführungszeichen'
            : 'Name der Tagung: der Titel des Berichts',
        },
  );

  const found = findDate(openingSentences.join(' ')) ?? findDate(allSentences.slice(0, 20).join(' '));
  const date = options.date ?? found?.iso;
  if (date === undefined) {
    throw new ImportError(
      'Der Bericht nennt kein Datum der Tagung (etwa „15.06.2018“ oder „15. Juni 2018“ in der Einleitung). ' +
        'Bitte das Datum angeben: npm run import -- DATEI --event ' +
        slug +
        ' --datum JJJJ-MM-TT',
    );
  }
  if (options.date === undefined && found)
    eventNotes.push({ field: 'date', text: `Datum aus „${found.quote}“ gelesen` });

  const organizerPhrase = findOrganizerPhrase(openingSentences);
  let organizer: string;
  if (organizerPhrase) {
    organizer = proposals.organization(
      organizerPhrase.phrase,
      undefined,
      undefined,
      organizerPhrase.sentence,
    );
    eventNotes.push({
      field: 'organizer',
      text: `Veranstalter „${organizer}“ erkannt an ${quoteOf(organizerPhrase.sentence)}`,
    });
  } else {
    organizer = placeholder(`Veranstalter (Kennung aus ${collectionFolder('organizations', CONTENT_ROOT)}/)`);
    eventNotes.push({ field: 'organizer', text: 'Der Bericht nennt keinen Veranstalter', placeholder: true });
  }

  const audience = findAudience(openingSentences) ?? findAudience(allSentences.slice(0, 20));
  if (audience)
    eventNotes.push({ field: 'audience', text: `Teilnehmende aus ${quoteOf(audience.description)}` });
  else eventNotes.push({ field: 'audience', text: 'Der Bericht sagt nicht, wer kam', placeholder: true });

  const firstParagraph = opening?.blocks.find((block) => block.kind === 'paragraph');
  const summary = firstParagraph ? splitSentences(firstParagraph.text).slice(0, 2).join(' ') : undefined;
  eventNotes.push(
    summary
      ? { field: 'summary', text: 'Zusammenfassung: die ersten Sätze der Einleitung' }
      : {
          field: 'summary',
          text: 'Der Bericht hat keine Einleitung, aus der eine Zusammenfassung käme',
          placeholder: true,
        },
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
  const eventText = editorYaml(event, fieldSchemaOf(eventSchema));
  for (const item of eventNotes)
    note(eventPath, fieldLine(eventText, item.field), item.text, item.placeholder ?? false);
  note(
    eventPath,
    fieldLine(eventText, 'summary'),
    'Förderung (funding), Partner (partners), Kennzahlen (figures) und Lizenz (license) übernimmt der Import nicht: bei Bedarf ergänzen',
  );

  // One file per new register entry, named by its id; its note in the review list points at line 1.
  const registerFiles: PlannedFile[] = [];
  const writeEntries = <T>(
    name: keyof Registers,
    entries: ReadonlyMap<string, T>,
    label: string,
    list: string[],
  ) => {
    const node = fieldSchemaOf(contentCollections[name].schema());
    for (const [id, data] of entries) {
      const path = entryFile(name, id, contentDir);
      registerFiles.push({ path, text: editorYaml(data, node) });
      list.push(id);
      const open = JSON.stringify(data).includes('[Bitte ergänzen');
      note(path, 1, `${label} ${id}: ${proposals.notes.get(`${name}:${id}`) ?? ''}`, open);
    }
  };
  writeEntries('people', proposals.people, 'Neue Person', []);
  writeEntries('organizations', proposals.organizations, 'Neue Institution', figures.organizationsNew);
  writeEntries('places', proposals.places, 'Neuer Ort', figures.placesNew);

  figures.placeholders = review.filter((item) => item.placeholder).length;
  // The conference file first, then the sections in order, then the registers; by line within a file.
  const fileOrder = [
    eventPath,
    ...sectionFiles.map((file) => file.path),
    ...registerFiles.map((file) => file.path),
  ];
  review.sort((a, b) => fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || a.line - b.line);
  const reviewFile = {
    path: `${collectionFolder('sections', contentDir)}/${slug}/PRUEFEN.md`,
    text: reviewMarkdown(review, options, figures),
  };
  return {
    event: { path: eventPath, text: eventText },
    sections: sectionFiles,
    registers: registerFiles,
    review,
    reviewFile,
    figures,
  };
}

/** „Referierende: 8 Personen im Register gefunden (11 Abschnitte), 0 neu angelegt.“ */
export function presenterSummary(figures: ImportFigures): string {
  const matched = new Set(figures.presentersMatched).size;
  const proposed = new Set(figures.presentersNew).size;
  return (
    `Referierende: ${matched} ${matched === 1 ? 'Person' : 'Personen'} im Register gefunden ` +
    `(in ${figures.presentersMatched.length} Zuordnungen), ${proposed} neu angelegt.`
  );
}

/**
 * Where the team's slides, photos and recordings go: a report brings none, and the import invents
 * none (its files are checked against the schemas without them), so the review list and the printed
 * summary point to the guide.
 */
export function materialsHint(sectionDir: string): string {
  return (
    'Folien, Fotos und Aufzeichnungen liest der Import nicht ein. Wer welche hat, legt die Dateien neben die Abschnitte ' +
    `(etwa ${sectionDir}material/ und ${sectionDir}bilder/) und trägt sie im Abschnitt unter „Material“, „Fotos“ ` +
    'und „Aufzeichnung“ ein, auch in der Redaktion unter /admin/: siehe docs/material-fotos-aufzeichnungen.md.'
  );
}

/** The review list as a Markdown file for the team. */
export function reviewMarkdown(
  review: readonly ReviewItem[],
  options: ImportOptions,
  figures: ImportFigures,
): string {
  const open = review.filter((item) => item.placeholder);
  const guesses = review.filter((item) => !item.placeholder);
  const line = (item: ReviewItem) => `- ${item.file}:${item.line} — ${collapseWhitespace(item.note)}`;
  return [
    `# Zu prüfen: Import von „${options.sourceName}“ als „${options.slug}“`,
    '',
    `${figures.sections} Abschnitte, ${figures.sentences} Sätze. ${presenterSummary(figures)}`,
    '',
    'Diese Datei wird nicht veröffentlicht. Jede Zeile nennt die Datei und die Zeile, in der die Angabe steht.',
    '',
    `## Noch auszufüllen (${open.length})`,
    '',
    'Eine Veröffentlichung (Build mit SITE) lehnt diese Platzhalter ab; ein Entwurf zeigt sie an.',
    '',
    ...(open.length > 0 ? open.map(line) : ['- nichts']),
    '',
    `## Vom Import erraten (${guesses.length})`,
    '',
    ...guesses.map(line),
    '',
    '## Folien, Fotos und Aufzeichnungen',
    '',
    materialsHint(`${collectionFolder('sections', options.contentDir)}/${options.slug}/`),
    '',
  ].join('\n');
}
