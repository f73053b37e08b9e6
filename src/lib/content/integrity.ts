/**
 * Cross-reference checks over all content. Astro only logs a dangling `reference()`; this module
 * makes every broken reference, duplicate slug and duplicate position a build error that names the
 * file and the field. Pure: it works on plain entries, so it is unit-tested without Astro.
 */
import type {
  EventData,
  OrganizationData,
  PersonData,
  PlaceData,
  ReportSectionData,
  TopicData,
} from '~/schemas';
import { findAnchors } from '~/lib/content/paragraphs';

/** One content entry as the checks need it. */
export interface ContentEntry<T> {
  id: string;
  /** Path of the file the entry comes from, relative to the project. */
  filePath: string;
  data: T;
  /** The entry's text below the frontmatter (sections); its anchors are checked against references. */
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
  /** The entry id inside a data file (people, places …); omitted for one-entry files. */
  entryId?: string;
  /** The field, with index where it is a list: `presenters[1]`. */
  field: string;
  message: string;
}

type Target = 'people' | 'organizations' | 'topics' | 'places' | 'events';

const targetNames: Record<Target, string> = {
  people: 'person',
  organizations: 'organization',
  topics: 'topic',
  places: 'place',
  events: 'event',
};

/** Formats a problem as one line: `file (entry): field: message`. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.entryId ? `${problem.filePath} (${problem.entryId})` : problem.filePath;
  return `${where}: ${problem.field}: ${problem.message}`;
}

/** Finds every dangling reference, duplicate slug and duplicate position in the content. */
export function findContentProblems(content: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids: Record<Target, Set<string>> = {
    people: new Set(content.people.map((entry) => entry.id)),
    organizations: new Set(content.organizations.map((entry) => entry.id)),
    topics: new Set(content.topics.map((entry) => entry.id)),
    places: new Set(content.places.map((entry) => entry.id)),
    events: new Set(content.events.map((entry) => entry.id)),
  };
  const sourceOf: Record<Target, string> = {
    people: content.people[0]?.filePath ?? 'content/people.yaml',
    organizations: content.organizations[0]?.filePath ?? 'content/organizations.yaml',
    topics: content.topics[0]?.filePath ?? 'content/topics.yaml',
    places: content.places[0]?.filePath ?? 'content/places.yaml',
    events: 'content/events/',
  };

  /** Records a problem when `value` is not an id of `target`. */
  function check(
    entry: ContentEntry<unknown>,
    field: string,
    value: string | undefined,
    target: Target,
    entryId?: string,
  ): void {
    if (value === undefined || ids[target].has(value)) return;
    problems.push({
      filePath: entry.filePath,
      ...(entryId === undefined ? {} : { entryId }),
      field,
      message: `no ${targetNames[target]} "${value}" in ${sourceOf[target]}`,
    });
  }

  function checkList(
    entry: ContentEntry<unknown>,
    field: string,
    values: readonly string[],
    target: Target,
    entryId?: string,
  ): void {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      check(entry, `${field}[${index}]`, value, target, entryId);
      if (seen.has(value)) {
        problems.push({
          filePath: entry.filePath,
          ...(entryId === undefined ? {} : { entryId }),
          field: `${field}[${index}]`,
          message: `"${value}" is listed twice`,
        });
      }
      seen.add(value);
    });
  }

  for (const section of content.sections) {
    const data = section.data;
    check(section, 'event', data.event, 'events');
    checkList(section, 'presenters', data.presenters, 'people');
    checkList(section, 'mentions', data.mentions, 'people');
    checkList(section, 'institutions', data.institutions, 'organizations');
    checkList(section, 'topics', data.topics, 'topics');
    checkList(section, 'places', data.places, 'places');
    data.mentions.forEach((id, index) => {
      if (data.presenters.includes(id)) {
        problems.push({
          filePath: section.filePath,
          field: `mentions[${index}]`,
          message: `"${id}" is already a presenter of this section`,
        });
      }
    });
  }

  findDuplicates(content.sections, (entry) => `${entry.data.event}/${entry.data.slug}`).forEach(
    ([first, duplicate]) =>
      problems.push({
        filePath: duplicate.filePath,
        field: 'slug',
        message: `slug "${duplicate.data.slug}" is already used by ${first.filePath}`,
      }),
  );
  findDuplicates(content.sections, (entry) => `${entry.data.event}/${entry.data.order}`).forEach(
    ([first, duplicate]) =>
      problems.push({
        filePath: duplicate.filePath,
        field: 'order',
        message: `order ${duplicate.data.order} is already used by ${first.filePath}`,
      }),
  );
  findDuplicates(
    content.sections.filter((entry) => entry.data.number !== undefined),
    (entry) => `${entry.data.event}/${entry.data.number}`,
  ).forEach(([first, duplicate]) =>
    problems.push({
      filePath: duplicate.filePath,
      field: 'number',
      message: `section number ${duplicate.data.number} is already used by ${first.filePath}`,
    }),
  );

  for (const event of content.events) {
    check(event, 'organizer', event.data.organizer, 'organizations');
    check(event, 'funding.funder', event.data.funding?.funder, 'organizations');
    checkList(event, 'partners', event.data.partners, 'organizations');
    const slugs = new Set(
      content.sections.filter((entry) => entry.data.event === event.id).map((entry) => entry.data.slug),
    );
    event.data.figures.forEach((figure, index) => {
      if (!slugs.has(figure.section)) {
        problems.push({
          filePath: event.filePath,
          field: `figures[${index}].section`,
          message: `no section with slug "${figure.section}" in this event`,
        });
      }
    });
  }
  findDuplicates(content.events, (entry) => entry.data.slug).forEach(([first, duplicate]) =>
    problems.push({
      filePath: duplicate.filePath,
      field: 'slug',
      message: `slug "${duplicate.data.slug}" is already used by ${first.filePath}`,
    }),
  );

  for (const person of content.people) {
    person.data.roles.forEach((role, index) =>
      check(person, `roles[${index}].organization`, role.organization, 'organizations', person.id),
    );
  }
  for (const organization of content.organizations) {
    check(organization, 'partOf', organization.data.partOf, 'organizations', organization.id);
    check(organization, 'place', organization.data.place, 'places', organization.id);
  }
  for (const place of content.places) {
    check(place, 'partOf', place.data.partOf, 'places', place.id);
  }

  // Topic passages: `<event slug>/<section slug>` must be a section that lists the topic, and the
  // anchor must be in that section's text.
  const eventSlugs = new Map(content.events.map((event) => [event.id, event.data.slug]));
  const sectionsByPath = new Map(
    content.sections.map((section) => [`${eventSlugs.get(section.data.event) ?? section.data.event}/${section.data.slug}`, section]),
  );
  for (const topic of content.topics) {
    const seen = new Set<string>();
    topic.data.passages.forEach((passage, index) => {
      const field = `passages[${index}]`;
      const where = { filePath: topic.filePath, entryId: topic.id };
      const section = sectionsByPath.get(passage.section);
      if (section === undefined) {
        problems.push({ ...where, field: `${field}.section`, message: `no section "${passage.section}" in content/sections/` });
        return;
      }
      if (!section.data.topics.includes(topic.id)) {
        problems.push({
          ...where,
          field: `${field}.section`,
          message: `${section.filePath} does not list topic "${topic.id}" in its topics`,
        });
      }
      if (!findAnchors(section.body ?? '').includes(passage.anchor)) {
        problems.push({ ...where, field: `${field}.anchor`, message: `no anchor "${passage.anchor}" in ${section.filePath}` });
      }
      const key = `${passage.section}#${passage.anchor}`;
      if (seen.has(key)) problems.push({ ...where, field, message: `"${key}" is listed twice` });
      seen.add(key);
    });
  }
  return problems;
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
  constructor(readonly problems: readonly ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'ContentIntegrityError';
  }
}

/** Throws a `ContentIntegrityError` when the content has any problem. */
export function assertContentIntegrity(content: ContentSet): void {
  const problems = findContentProblems(content);
  if (problems.length > 0) throw new ContentIntegrityError(problems);
}
