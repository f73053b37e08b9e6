/**
 * Cross-reference checks over all content. Astro only logs a dangling `reference()`; this module
 * makes every broken reference, duplicate slug and duplicate position a build error that names the
 * file and the field, and says in German what to do (the content check, `content-check.ts`, names the
 * field by its editor label). Pure: it works on plain entries, so it is unit-tested without Astro.
 */
import type {
  EventData,
  OrganizationData,
  PersonData,
  PlaceData,
  ReportSectionData,
  TopicData,
} from '#src/schemas/index.ts';
import { findPlaceholderLines, findPlaceholders, isPlaceholder } from '#src/lib/draft.ts';
import { collectionFolder, contentCollections, type CollectionName } from '#src/lib/content/collections.ts';

/** One content entry as the checks need it. */
export interface ContentEntry<T> {
  id: string;
  /** Path of the file the entry comes from, relative to the project. */
  filePath: string;
  data: T;
  /**
   * The ids of the passages in the entry's text (sections; see `passagesOf` in `document.ts`): topic
   * passages must name one of them.
   */
  passageIds?: readonly string[] | undefined;
  /**
   * The ids of passages the section once published and its text no longer has (its record, see
   * `src/lib/content/passage-record.ts`): a topic passage naming one has lost its text.
   */
  removedPassageIds?: readonly string[] | undefined;
  /** The entry's text as written (sections), where a placeholder line is looked for. */
  body?: string | undefined;
}

/** All content, collection by collection. */
export interface ContentSet {
  events: readonly ContentEntry<EventData>[];
  sections: readonly ContentEntry<ReportSectionData>[];
  people: readonly ContentEntry<PersonData>[];
  organizations: readonly ContentEntry<OrganizationData>[];
  topics: readonly ContentEntry<TopicData>[];
  places: readonly ContentEntry<PlaceData>[];
}

/** A problem found in the content, with where it is. */
export interface ContentProblem {
  filePath: string;
  /** The field, with index where it is a list: `presenters[1]`. */
  field: string;
  message: string;
}

/** The collections an id may name. */
type Target = Exclude<CollectionName, 'sections'>;


/** Formats a problem as one line: `file: field: message` (every entry has a file of its own). */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.filePath}: ${problem.field}: ${problem.message}`;
}

/** Collects problems; `reference` and `references` check ids against the content's entries. */
class ProblemLog {
  readonly problems: ContentProblem[] = [];
  private readonly ids: Record<Target, Set<string>>;
  private readonly sourceOf: Record<Target, string>;

  constructor(content: ContentSet, knownIds: IntegrityOptions['knownIds'] = {}) {
    // Entries whose file failed its schema still exist: naming them is no second problem.
    const idsOf = (entries: readonly ContentEntry<unknown>[], target: Target) =>
      new Set([...entries.map((entry) => entry.id), ...(knownIds[target] ?? [])]);
    this.ids = {
      people: idsOf(content.people, 'people'),
      organizations: idsOf(content.organizations, 'organizations'),
      topics: idsOf(content.topics, 'topics'),
      places: idsOf(content.places, 'places'),
      events: idsOf(content.events, 'events'),
    };
    // Each register is a folder, one file per entry: named by the folder its entries' files are in.
    const folderOf = (entries: readonly ContentEntry<unknown>[], target: Target) => {
      const path = entries[0]?.filePath;
      return path === undefined ? `${collectionFolder(target)}/` : path.slice(0, path.lastIndexOf('/') + 1);
    };
    this.sourceOf = {
      people: folderOf(content.people, 'people'),
      organizations: folderOf(content.organizations, 'organizations'),
      topics: folderOf(content.topics, 'topics'),
      places: folderOf(content.places, 'places'),
      events: `${collectionFolder('events')}/`,
    };
  }

  add(entry: ContentEntry<unknown>, field: string, message: string): void {
    this.problems.push({ filePath: entry.filePath, field, message });
  }

  /** Records a problem when `value` is not an id of `target` (a placeholder is checked on its own). */
  reference(entry: ContentEntry<unknown>, field: string, value: string | undefined, target: Target) {
    if (value === undefined || this.ids[target].has(value) || isPlaceholder(value)) return;
    const { singular, label } = contentCollections[target];
    this.add(
      entry,
      field,
      `„${value}“ gibt es nicht (${singular} in ${this.sourceOf[target]}). ` +
        `Bitte einen vorhandenen Eintrag wählen oder ihn unter „${label}“ anlegen.`,
    );
  }

  /** Checks each id of a list, and that none is listed twice. */
  references(entry: ContentEntry<unknown>, field: string, values: readonly string[], target: Target) {
    values.forEach((value, index) => {
      this.reference(entry, `${field}[${index}]`, value, target);
      if (values.indexOf(value) < index)
        this.add(entry, `${field}[${index}]`, `„${value}“ steht zweimal in der Liste. Bitte einmal entfernen.`);
    });
  }

  /**
   * Records every entry that repeats the key of an entry whose file comes earlier by path: the
   * collections' load order follows the file system's, so the message would otherwise name the two
   * files one way on one machine and the other way on the next.
   */
  unique<T extends ContentEntry<unknown>>(
    entries: readonly T[],
    key: (entry: T) => string,
    field: string,
    message: (duplicate: T, first: T) => string,
  ): void {
    const byPath = [...entries].sort((a, b) => comparePaths(a.filePath, b.filePath));
    for (const [first, duplicate] of findDuplicates(byPath, key)) {
      this.add(
        duplicate,
        field,
        `${message(duplicate, first)} hat schon ${first.filePath}. Bitte eine andere wählen.`,
      );
    }
  }
}

/** A section's references, and no one in two of presenting, moderating and being only mentioned. */
function checkSections(content: ContentSet, log: ProblemLog): void {
  for (const section of content.sections) {
    const data = section.data;
    log.reference(section, 'event', data.event, 'events');
    log.references(section, 'presenters', data.presenters, 'people');
    log.references(section, 'moderators', data.moderators, 'people');
    log.references(section, 'mentions', data.mentions, 'people');
    log.references(section, 'institutions', data.institutions, 'organizations');
    log.references(section, 'topics', data.topics, 'topics');
    log.references(section, 'places', data.places, 'places');
    data.mentions.forEach((id, index) => {
      if (data.presenters.includes(id)) {
        log.add(section, `mentions[${index}]`, `„${id}“ steht schon unter „Vortragende“. Bitte hier entfernen.`);
      } else if (data.moderators.includes(id)) {
        log.add(section, `mentions[${index}]`, `„${id}“ steht schon unter „Moderation“. Bitte hier entfernen.`);
      }
    });
    data.moderators.forEach((id, index) => {
      if (data.presenters.includes(id)) {
        log.add(section, `moderators[${index}]`, `„${id}“ steht schon unter „Vortragende“. Bitte hier entfernen.`);
      }
    });
  }
  const numbered = content.sections.filter((entry) => entry.data.number !== undefined);
  log.unique(content.sections, (e) => `${e.data.event}/${e.data.slug}`, 'slug', (e) => `Die Adresse „${e.data.slug}“`);
  log.unique(content.sections, (e) => `${e.data.event}/${e.data.order}`, 'order', (e) => `Die Position ${e.data.order}`);
  log.unique(numbered, (e) => `${e.data.event}/${e.data.number}`, 'number', (e) => `Die Nummer ${e.data.number}`);
}

/** An event's organizer, funder and partners, the sections its figures name, and unique slugs. */
function checkEvents(content: ContentSet, log: ProblemLog): void {
  for (const event of content.events) {
    log.reference(event, 'organizer', event.data.organizer, 'organizations');
    log.reference(event, 'funding.funder', event.data.funding?.funder, 'organizations');
    log.references(event, 'partners', event.data.partners, 'organizations');
    const slugs = new Set(
      content.sections.filter((entry) => entry.data.event === event.id).map((entry) => entry.data.slug),
    );
    event.data.figures.forEach((figure, index) => {
      if (!slugs.has(figure.section)) {
        log.add(
          event,
          `figures[${index}].section`,
          `Die Tagung hat keinen Abschnitt „${figure.section}“. Bitte einen ihrer Abschnitte wählen.`,
        );
      }
    });
  }
  log.unique(content.events, (entry) => entry.data.slug, 'slug', (entry) => `Die Adresse „${entry.data.slug}“`);
}

/** People's organizations, organizations' parents and places, places' parents. */
function checkRegister(content: ContentSet, log: ProblemLog): void {
  for (const person of content.people) {
    person.data.roles.forEach((role, index) =>
      log.reference(person, `roles[${index}].organization`, role.organization, 'organizations'),
    );
  }
  for (const organization of content.organizations) {
    log.reference(organization, 'partOf', organization.data.partOf, 'organizations');
    log.reference(organization, 'place', organization.data.place, 'places');
  }
  for (const place of content.places) log.reference(place, 'partOf', place.data.partOf, 'places');
}

/** What to say of a topic's key passage whose text was deleted from its section. */
function removedKeyPassage(anchor: string, sectionFile: string): string {
  return (
    `„${anchor}“ wurde aus dem Text von ` +
    `${sectionFile} entfernt. Bitte diese Stelle aus „Wichtigste Stellen“ des Themas nehmen oder eine ` +
    'andere Stelle des Abschnitts wählen.'
  );
}

/**
 * Topic passages: `<event slug>/<section slug>` must be a section that lists the topic, and the
 * anchor must be the id of a passage in that section's text.
 */
function checkTopicPassages(content: ContentSet, log: ProblemLog, knownSections: ReadonlySet<string>): void {
  const eventSlugs = new Map(content.events.map((event) => [event.id, event.data.slug]));
  const sectionsByPath = new Map(
    content.sections.map((section) => [
      `${eventSlugs.get(section.data.event) ?? section.data.event}/${section.data.slug}`,
      section,
    ]),
  );
  for (const topic of content.topics) {
    const seen = new Set<string>();
    topic.data.passages.forEach((passage, index) => {
      const field = `passages[${index}]`;
      const section = sectionsByPath.get(passage.section);
      if (section === undefined && knownSections.has(passage.section)) return;
      if (section === undefined) {
        log.add(
          topic,
          `${field}.section`,
          `Einen Abschnitt „${passage.section}“ gibt es nicht in ${collectionFolder('sections')}/. ` +
            'Bitte „Tagung/Abschnitt“ eines vorhandenen angeben, z. B. „tagung-2018/raumerleben“.',
        );
        return;
      }
      if (!section.data.topics.includes(topic.id)) {
        const message =
          `${section.filePath} nennt das Thema „${topic.id}“ nicht unter „Themen“. ` +
          'Bitte es dort ergänzen oder eine andere Stelle wählen.';
        log.add(topic, `${field}.section`, message);
      }
      if (section.removedPassageIds?.includes(passage.anchor)) {
        log.add(topic, `${field}.anchor`, removedKeyPassage(passage.anchor, section.filePath));
      } else if (section.passageIds !== undefined && !section.passageIds.includes(passage.anchor)) {
        // A text that could not be read (its problem is reported on its own) has no passages to check.
        log.add(
          topic,
          `${field}.anchor`,
          `Die Stelle „${passage.anchor}“ gibt es in ${section.filePath} nicht (mehr). Bitte eine vorhandene ` +
            'wählen: Die Seite des Abschnitts zeigt an jedem Absatz seine Nummer („Link zu Absatz 3 kopieren“).',
        );
      }
      const key = `${passage.section}#${passage.anchor}`;
      if (seen.has(key)) log.add(topic, field, `„${key}“ steht zweimal in der Liste. Bitte einmal entfernen.`);
      seen.add(key);
    });
  }
}

/** What a message says after a placeholder it quotes. */
export const PLACEHOLDER_HINT =
  'ist ein Platzhalter. Bitte vor der Veröffentlichung durch die Angabe ersetzen ' +
  '(ein Entwurf, TAGUNGSDOKU_DRAFT=1, zeigt ihn, wie er ist).';

/**
 * Placeholders (`[Bitte ergänzen: …]`, see `src/lib/draft.ts`) left in any field or section text: a
 * publication build refuses them.
 */
function checkPlaceholders(content: ContentSet, log: ProblemLog): void {
  const hint = PLACEHOLDER_HINT;
  const entries = [
    ...content.events,
    ...content.sections,
    ...content.people,
    ...content.organizations,
    ...content.topics,
    ...content.places,
  ];
  for (const entry of entries) {
    for (const found of findPlaceholders(entry.data)) log.add(entry, found.field, `„${found.text}“ ${hint}`);
  }
  for (const section of content.sections) {
    for (const found of findPlaceholderLines(section.body ?? '')) {
      log.add(section, `text (Zeile ${found.line} unter den Feldern)`, `„${found.text}“ ${hint}`);
    }
  }
}

/** How the content is checked: a draft build lets placeholders stand (`src/lib/draft.ts`). */
export interface IntegrityOptions {
  /** True for a draft build; false (the default) refuses every placeholder. */
  draft?: boolean;
  /**
   * Ids of entries that exist but are not in the content set (their files failed their schema); for
   * sections their addresses, `<event slug>/<section slug>`, as topics name them.
   */
  knownIds?: Partial<Record<CollectionName, readonly string[]>>;
}

/** Finds every dangling reference, duplicate slug and duplicate position in the content. */
export function findContentProblems(content: ContentSet, options: IntegrityOptions = {}): ContentProblem[] {
  const log = new ProblemLog(content, options.knownIds);
  checkSections(content, log);
  checkEvents(content, log);
  checkRegister(content, log);
  checkTopicPassages(content, log, new Set(options.knownIds?.sections));
  if (!options.draft) checkPlaceholders(content, log);
  return log.problems;
}

/** Pairs of (first entry, later entry) that share a key. */
function findDuplicates<T>(entries: readonly T[], key: (entry: T) => string): [T, T][] {
  const firstByKey = new Map<string, T>();
  const duplicates: [T, T][] = [];
  for (const entry of entries) {
    const k = key(entry);
    const first = firstByKey.get(k);
    if (first === undefined) firstByKey.set(k, entry);
    else duplicates.push([first, entry]);
  }
  return duplicates;
}

/** Error thrown when content is inconsistent; its message lists every problem, one per line. */
export class ContentIntegrityError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(
      `Der Inhalt hat ${problems.length === 1 ? 'ein Problem' : `${problems.length} Probleme`}:\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'ContentIntegrityError';
    this.problems = problems;
  }
}

/** Throws a `ContentIntegrityError` when the content has any problem. */
export function assertContentIntegrity(content: ContentSet, options: IntegrityOptions = {}): void {
  const problems = findContentProblems(content, options);
  if (problems.length > 0) throw new ContentIntegrityError(problems);
}

/** Orders file paths by code point, the same on every machine and locale. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
