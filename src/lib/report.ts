/**
 * The one data module: it queries every collection once, checks cross-references, and shapes the
 * content into the typed objects the pages render. Pages never call `getCollection` themselves.
 */
import { compareConferenceDates, type ConferenceDate } from '#src/lib/conference-date.ts';
import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { OrganizationData, PlaceData, SectionKind } from '#src/schemas/index.ts';
import { assertContentIntegrity, type ContentEntry } from '#src/lib/content/integrity.ts';
import { entryFile, passageRecordFile, type CollectionName } from '#src/lib/content/collections.ts';
import { isDraftBuild, isPlaceholder } from '#src/lib/draft.ts';
import { findUnsafeMarkupInFile } from '#src/lib/content/safe-content.ts';
import { sectionKindLabels } from '#src/lib/naming/labels.ts';
import { passagesOf, readSectionDocument, type Block, type SectionText } from '#src/lib/content/document.ts';
import { readPassageRecord } from '#src/lib/content/passage-record.ts';
import type { Passage } from '#src/lib/content/passages.ts';
import { buildRegister, type Register } from '#src/lib/register/entries.ts';
import { depthOf, numberedTitle, parentNumber, sortByOrder } from '#src/lib/sections.ts';
import { conferencePath, materialPath, sectionPath } from '#src/lib/addresses/paths.ts';
import {
  formatMediaProblem,
  resolveSectionMedia,
  shapePhoto,
  type Material,
  type Photo,
  type Recording,
  type SectionMedia,
} from '#src/lib/materials/resolve.ts';

export interface Place {
  id: string;
  name: string;
  kind: PlaceData['kind'];
  partOf: Place | undefined;
  aliases: readonly string[];
}

export interface Organization {
  id: string;
  name: string;
  shortName: string | undefined;
  kind: OrganizationData['kind'];
  partOf: Organization | undefined;
  place: Place | undefined;
  /** Other forms of the name the report uses. */
  aliases: readonly string[];
}

export interface Role {
  title: string | undefined;
  organization: Organization | undefined;
}

export interface Person {
  id: string;
  /** Given and family name: `Ulrich Deinet`. */
  name: string;
  honorific: string | undefined;
  /** Name with academic title: `Prof. Dr. Ulrich Deinet`. */
  displayName: string;
  sortName: string;
  roles: readonly Role[];
}

export interface Topic {
  id: string;
  title: string;
  description: string;
  /** The most relevant passages: `<conference slug>/<section slug>` and an anchor in its text. */
  passages: readonly { section: string; anchor: string }[];
}

export interface ReportSection {
  /** Collection entry id (`tagung-2018/03-forschungsdesign`). */
  id: string;
  entry: CollectionEntry<'sections'>;
  conferenceSlug: string;
  order: number;
  number: string | undefined;
  title: string;
  shortTitle: string;
  /** Number and title: `2.1 INTESO – Forschungsdesign und Rückblick`. */
  numberedTitle: string;
  slug: string;
  kind: SectionKind;
  kindLabel: string;
  description: string;
  depth: number;
  parentNumber: string | undefined;
  presenters: readonly Person[];
  /** Who moderated the contribution or its discussion. */
  moderators: readonly Person[];
  mentions: readonly Person[];
  institutions: readonly Organization[];
  topics: readonly Topic[];
  places: readonly Place[];
  url: string;
  /** The text as a document tree (paragraphs, lists, emphasis, links), for the downloads. */
  document: readonly Block[];
  /** The text's passages in reading order: paragraphs (`absatz-N`) and numbered items (`ergebnis-1`). */
  passages: readonly Passage[];
  /** Files to take along (slides, handouts …), published under the section's `material/` folder. */
  materials: readonly Material[];
  /** Photos shown with the text. */
  photos: readonly Photo[];
  /** A recording of the contribution. */
  recording: Recording | undefined;
}

export interface Figure {
  value: string;
  label: string;
  quote: string;
  section: ReportSection;
}

export interface Conference {
  id: string;
  slug: string;
  title: string;
  reportTitle: string;
  /** A day, or a month of a year when the report gives no day (`src/lib/conference-date.ts`). */
  date: ConferenceDate;
  edition: string | undefined;
  organizer: Organization;
  funding: { funder: Organization; programme: string } | undefined;
  partners: readonly Organization[];
  /** Who came; `count` is undefined where the report gives no number. */
  audience: { count: number | undefined; approximate: boolean; description: string };
  summary: string;
  /** The licence for reuse, when the project team has given one. */
  license: { name: string; url: string | undefined } | undefined;
  figures: readonly Figure[];
  /** The report's sections in reading order. */
  sections: readonly ReportSection[];
  /** Photos of the conference, for the gallery on its page. */
  photos: readonly Photo[];
  url: string;
}

/** Everything the site shows: the conferences with their reports, and the register's entries by id. */
export interface SiteContent {
  /** Conferences, newest first. */
  conferences: readonly Conference[];
  people: ReadonlyMap<string, Person>;
  organizations: ReadonlyMap<string, Organization>;
  topics: ReadonlyMap<string, Topic>;
  places: ReadonlyMap<string, Place>;
}

/** Looks an id up in a map that the integrity check has already vouched for. */
function resolve<T>(map: ReadonlyMap<string, T>, id: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`Unresolved reference "${id}" after the integrity check`);
  return value;
}

/** An entry's file: where its loader found it, or else where the table of the collections puts it. */
function fileOf(name: CollectionName, entry: { id: string; filePath?: string | undefined }): string {
  return entry.filePath ?? entryFile(name, entry.id);
}

function withFilePath<T extends { id: string; filePath?: string | undefined; data: unknown }>(
  name: CollectionName,
  entry: T,
): ContentEntry<T['data']> {
  return { id: entry.id, filePath: fileOf(name, entry), data: entry.data };
}

/** Every collection, as Astro loaded it. */
interface Collections {
  events: CollectionEntry<'events'>[];
  sections: CollectionEntry<'sections'>[];
  people: CollectionEntry<'people'>[];
  organizations: CollectionEntry<'organizations'>[];
  topics: CollectionEntry<'topics'>[];
  places: CollectionEntry<'places'>[];
}

/** The register's entries by id, resolved against each other. */
type Entries = Omit<SiteContent, 'conferences'>;

/** Phase 1: query every collection once. */
async function loadCollections(): Promise<Collections> {
  const [events, sections, people, organizations, topics, places] = await Promise.all([
    getCollection('events'),
    getCollection('sections'),
    getCollection('people'),
    getCollection('organizations'),
    getCollection('topics'),
    getCollection('places'),
  ]);
  return { events, sections, people, organizations, topics, places };
}

/**
 * Phase 2: fail the build on a dangling reference, a duplicate, or a topic passage the text lacks; a
 * publication build also on a placeholder (`src/lib/draft.ts`).
 */
function checkContent(collections: Collections, documents: Documents): void {
  const { events, sections, people, organizations, topics, places } = collections;
  assertContentIntegrity(
    {
      events: events.map((entry) => withFilePath('events', entry)),
      sections: sections.map((entry) => ({
        ...withFilePath('sections', entry),
        passageIds: passagesOf(resolve(documents, entry.id).blocks).map((passage) => passage.id),
        removedPassageIds: resolve(documents, entry.id).removed.map((passage) => passage.id),
        body: entry.body,
      })),
      people: people.map((entry) => withFilePath('people', entry)),
      organizations: organizations.map((entry) => withFilePath('organizations', entry)),
      topics: topics.map((entry) => withFilePath('topics', entry)),
      places: places.map((entry) => withFilePath('places', entry)),
    },
    { draft: isDraftBuild(process.env) },
  );
}

/** Phase 3: places, organizations, people and topics, each linked to the entries it names. */
function shapeEntries({ places, organizations, people, topics }: Collections): Entries {
  const placeMap = new Map<string, Place>();
  for (const { id, data } of places) {
    placeMap.set(id, { id, name: data.name, kind: data.kind, partOf: undefined, aliases: data.aliases });
  }
  for (const { id, data } of places) {
    if (data.partOf) resolve(placeMap, id).partOf = resolve(placeMap, data.partOf);
  }

  const organizationMap = new Map<string, Organization>();
  for (const { id, data } of organizations) {
    organizationMap.set(id, {
      id,
      name: data.name,
      shortName: data.shortName,
      kind: data.kind,
      partOf: undefined,
      place: data.place ? resolve(placeMap, data.place) : undefined,
      aliases: data.aliases,
    });
  }
  for (const { id, data } of organizations) {
    if (data.partOf) resolve(organizationMap, id).partOf = resolve(organizationMap, data.partOf);
  }

  const personMap = new Map<string, Person>();
  for (const { id, data } of people) {
    personMap.set(id, {
      id,
      name: data.name,
      honorific: data.honorific,
      displayName: data.honorific ? `${data.honorific} ${data.name}` : data.name,
      sortName: data.sortName,
      roles: data.roles.map((role) => ({
        title: role.title,
        organization: role.organization ? resolve(organizationMap, role.organization) : undefined,
      })),
    });
  }

  const topicMap = new Map<string, Topic>(
    topics.map(({ id, data }) => [
      id,
      { id, title: data.title, description: data.description, passages: data.passages },
    ]),
  );
  return { people: personMap, organizations: organizationMap, topics: topicMap, places: placeMap };
}

/** Phase 4: each report section with its people, institutions, topics, places, address, text and passages. */
function shapeSection(
  entry: CollectionEntry<'sections'>,
  conferenceSlug: string,
  document: readonly Block[],
  media: SectionMedia,
  entries: Entries,
): ReportSection {
  const data = entry.data;
  return {
    id: entry.id,
    entry,
    conferenceSlug,
    order: data.order,
    number: data.number,
    title: data.title,
    shortTitle: data.shortTitle ?? data.title,
    numberedTitle: numberedTitle(data),
    slug: data.slug,
    kind: data.kind,
    kindLabel: sectionKindLabels[data.kind],
    description: data.description,
    depth: depthOf(data.number),
    parentNumber: parentNumber(data.number),
    presenters: data.presenters.map((id) => resolve(entries.people, id)),
    moderators: data.moderators.map((id) => resolve(entries.people, id)),
    mentions: data.mentions.map((id) => resolve(entries.people, id)),
    institutions: data.institutions.map((id) => resolve(entries.organizations, id)),
    topics: data.topics.map((id) => resolve(entries.topics, id)),
    places: data.places.map((id) => resolve(entries.places, id)),
    url: sectionPath(conferenceSlug, data.slug),
    document,
    passages: passagesOf(document),
    ...media,
  };
}

/** A draft's organizer that the team has still to name: the placeholder shows where the name would. */
function placeholderOrganization(text: string): Organization {
  return {
    id: 'veranstalter',
    name: text,
    shortName: undefined,
    kind: 'einrichtung',
    partOf: undefined,
    place: undefined,
    aliases: [],
  };
}

/** Phase 5: each conference with its own sections in the report's order. */
function shapeConference(
  { id, data }: CollectionEntry<'events'>,
  sections: readonly ReportSection[],
  entries: Entries,
): Conference {
  const own = sortByOrder(sections.filter((section) => section.entry.data.event === id));
  const bySlug = new Map(own.map((section) => [section.slug, section]));
  const organization = (orgId: string) => resolve(entries.organizations, orgId);
  return {
    id,
    slug: data.slug,
    title: data.title,
    reportTitle: data.reportTitle,
    date: data.date,
    edition: data.edition,
    organizer: isPlaceholder(data.organizer)
      ? placeholderOrganization(data.organizer)
      : organization(data.organizer),
    funding: data.funding
      ? { funder: organization(data.funding.funder), programme: data.funding.programme }
      : undefined,
    partners: data.partners.map(organization),
    audience: { ...data.audience, count: data.audience.count },
    summary: data.summary,
    license: data.license ? { name: data.license.name, url: data.license.url } : undefined,
    figures: data.figures.map((figure) => ({ ...figure, section: resolve(bySlug, figure.section) })),
    sections: own,
    photos: data.photos.map(shapePhoto),
    url: conferencePath(data.slug),
  };
}

async function loadContent(): Promise<SiteContent> {
  const collections = await loadCollections();
  const sources = await readSectionSources(collections.sections);
  // Unsafe markup is refused before the compiler reads the text; the text before the references are checked.
  assertSafeMarkup(sources);
  const documents = readDocuments(collections.sections, sources);
  checkContent(collections, documents);
  const entries = shapeEntries(collections);
  const conferenceSlugById = new Map(collections.events.map((entry) => [entry.id, entry.data.slug]));
  const media = await readMedia(collections.sections, conferenceSlugById);
  const sections = collections.sections.map((entry) =>
    shapeSection(
      entry,
      resolve(conferenceSlugById, entry.data.event),
      resolve(documents, entry.id).blocks,
      resolve(media, entry.id),
      entries,
    ),
  );
  const conferences = collections.events
    .map((entry) => shapeConference(entry, sections, entries))
    .sort((a, b) => compareConferenceDates(b.date, a.date));
  return { conferences, ...entries };
}

/**
 * Each section's materials, photos and recording, their files found beside its MDX file and checked.
 * A missing or unusable file fails the build, naming every content file and field at once.
 */
async function readMedia(
  entries: readonly CollectionEntry<'sections'>[],
  conferenceSlugById: ReadonlyMap<string, string>,
): Promise<Map<string, SectionMedia>> {
  const resolved = await Promise.all(
    entries.map(async (entry) => {
      const conferenceSlug = resolve(conferenceSlugById, entry.data.event);
      const filePath = fileOf('sections', entry);
      const { media, problems } = await resolveSectionMedia(filePath, entry.data, (fileName) =>
        materialPath(conferenceSlug, entry.data.slug, fileName),
      );
      return { id: entry.id, media, problems };
    }),
  );
  const problems = resolved.flatMap((item) => item.problems);
  if (problems.length > 0) {
    const list = problems.map((problem) => `  - ${formatMediaProblem(problem)}`).join('\n');
    throw new Error(`Materials, photos or recordings that cannot be published:\n${list}`);
  }
  return new Map(resolved.map(({ id, media }) => [id, media]));
}

/** Each section's text as a document tree, by entry id. */
type Documents = ReadonlyMap<string, SectionText>;

/** Each section's MDX file as written, frontmatter included, by entry id: read once per build. */
type SectionSources = ReadonlyMap<string, { filePath: string; raw: string }>;

async function readSectionSources(entries: readonly CollectionEntry<'sections'>[]): Promise<SectionSources> {
  return new Map(
    await Promise.all(
      entries.map(async (entry) => {
        const filePath = fileOf('sections', entry);
        return [entry.id, { filePath, raw: await readFile(filePath, 'utf8') }] as const;
      }),
    ),
  );
}

/** Fails the build when an MDX file holds markup that could run in a reader's browser. */
function assertSafeMarkup(sources: SectionSources): void {
  const found = [...sources.values()].flatMap(({ filePath, raw }) => findUnsafeMarkupInFile(filePath, raw));
  if (found.length > 0) {
    throw new Error(
      'Der Inhalt enthält Auszeichnung, die im Browser der Lesenden ausgeführt werden könnte:\n' +
        found.map((item) => `  - ${item.filePath}:${item.line}: ${item.message}`).join('\n'),
    );
  }
}

/**
 * Every section's text as a document tree, its passages matched against the section's record of
 * published passages (`src/lib/content/passage-record.ts`). Markup the downloads cannot show (a table, a component)
 * fails the build here, with file and line, before any page is written.
 */
function readDocuments(entries: readonly CollectionEntry<'sections'>[], sources: SectionSources): Documents {
  return new Map(
    entries.map((entry) => {
      const { filePath, raw } = resolve(sources, entry.id);
      const record = readPassageRecord(passageRecordFile(entry.data.event, entry.data.slug));
      return [entry.id, readSectionDocument(raw, entry.body ?? '', filePath, record)] as const;
    }),
  );
}

let cached: Promise<SiteContent> | undefined;

/** All content, checked and shaped; loaded once per build. */
export function getSiteContent(): Promise<SiteContent> {
  cached ??= loadContent();
  return cached;
}

/** Every conference, newest first. */
export async function getConferences(): Promise<readonly Conference[]> {
  return (await getSiteContent()).conferences;
}

/** Every report section of every conference, with its conference. */
export async function getAllSections(): Promise<{ conference: Conference; section: ReportSection }[]> {
  const conferences = await getConferences();
  return conferences.flatMap((conference) => conference.sections.map((section) => ({ conference, section })));
}

let cachedRegister: Promise<Register<ReportSection>> | undefined;

/** The register of people, topics, institutions and places over every conference's sections. */
export function getRegister(): Promise<Register<ReportSection>> {
  cachedRegister ??= getSiteContent().then((report) =>
    buildRegister({
      sections: report.conferences.flatMap((conference) => conference.sections),
      people: report.people.values(),
      organizations: report.organizations.values(),
      topics: report.topics.values(),
      places: report.places.values(),
    }),
  );
  return cachedRegister;
}
