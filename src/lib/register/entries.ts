/**
 * The report's register, like the index of a printed book but linked: people, topics, institutions
 * and places, each with the sections that name them and, where the text names them, the passage.
 * Built from the shaped report (`src/lib/report.ts`); pure and structurally typed, so it is
 * unit-tested without Astro.
 */
import type { Passage } from '#src/lib/content/passages.ts';
import { sortGerman } from '#src/lib/german/sorting.ts';
import { organizationName } from '#src/lib/naming/names.ts';
import { escapeRegExp } from '#src/lib/regexp.ts';
import { keyPassageExcerpt, topicTerms } from '#src/lib/register/key-excerpt.ts';
import type { ExcerptPart } from '#src/lib/search/excerpts.ts';

/** A person as the register needs it. */
export interface RegisterPerson {
  id: string;
  name: string;
  sortName: string;
  roles: readonly { title?: string | undefined; organization?: { id: string } | undefined }[];
}

/** An organization as the register needs it. */
export interface RegisterOrganization {
  id: string;
  name: string;
  shortName?: string | undefined;
  aliases: readonly string[];
  partOf?: { id: string } | undefined;
  place?: { id: string } | undefined;
}

/** A topic as the register needs it. */
export interface RegisterTopic {
  id: string;
  title: string;
  /** What the topic covers, in the report's words: its excerpts fall back on these words. */
  description?: string | undefined;
  passages: readonly { section: string; anchor: string }[];
}

/** A place as the register needs it. */
export interface RegisterPlace {
  id: string;
  name: string;
  aliases: readonly string[];
  partOf?: { id: string } | undefined;
}

/** A section as the register needs it. */
export interface RegisterSection {
  conferenceSlug: string;
  slug: string;
  presenters: readonly RegisterPerson[];
  /** Who moderated it: listed with the sections that name the person. */
  moderators?: readonly RegisterPerson[] | undefined;
  mentions: readonly RegisterPerson[];
  institutions: readonly RegisterOrganization[];
  topics: readonly RegisterTopic[];
  places: readonly RegisterPlace[];
  /** The section's passages in reading order: paragraphs (`absatz-N`) and numbered items (`ergebnis-1`). */
  passages: readonly Passage[];
}

/** A section that names an entry, and the first passage that does, if the text names it there. */
export interface Reference<S> {
  section: S;
  /** The passage's id (`absatz-N`, `ergebnis-N` …), or undefined where no passage of the text carries the name. */
  passageId: string | undefined;
  /** The words around the name in that passage, as in a printed index with context. */
  context?: KeywordInContext | undefined;
}

/** A name in the words around it: `… die Städte ` + `Köln` + ` und Hamburg …`. */
export interface KeywordInContext {
  before: string;
  name: string;
  after: string;
}

export interface PersonEntry<S extends RegisterSection> {
  person: S['presenters'][number];
  /** The contributions the person presented, in report order (whole sections, no passage). */
  presented: Reference<S>[];
  /** Sections that name the person without the person presenting. */
  named: Reference<S>[];
}

export interface TopicEntry<S extends RegisterSection> {
  topic: S['topics'][number];
  /** Sections about the topic, in report order. */
  sections: S[];
  /**
   * The most relevant passages (the topic's `anchor`s), with their text and the excerpt a list shows:
   * the part around the topic's words, marked (`keyPassageExcerpt`).
   */
  passages: { section: S; passageId: string; text: string | undefined; excerpt: ExcerptPart[] }[];
}

export interface OrganizationEntry<S extends RegisterSection> {
  organization: S['institutions'][number];
  sections: Reference<S>[];
  /** Organizations that belong to this one (an university's institutes). */
  parts: S['institutions'][number][];
  /** People with a role in this organization, by surname. */
  people: S['presenters'][number][];
}

export interface PlaceEntry<S extends RegisterSection> {
  place: S['places'][number];
  sections: Reference<S>[];
  /** Places that lie in this one (a city's districts). */
  parts: S['places'][number][];
  /** Organizations the report locates here. */
  organizations: S['institutions'][number][];
}

export interface Register<S extends RegisterSection> {
  /** Everyone who presented, by surname. */
  presenters: PersonEntry<S>[];
  /** People the report names who did not present anything, by surname. */
  namedPeople: PersonEntry<S>[];
  /** Ids of everyone who presented: they have a page of their own (`personEntryPath`). */
  presenterIds: ReadonlySet<string>;
  /** Topics, in the order the collection gives them (by id). */
  topics: TopicEntry<S>[];
  /** Institutions, projects, offices and funders, alphabetically. */
  organizations: OrganizationEntry<S>[];
  /** Places, alphabetically (a district follows its city). */
  places: PlaceEntry<S>[];
}

export interface RegisterInput<S extends RegisterSection> {
  /** Sections in reading order. */
  sections: readonly S[];
  people: Iterable<S['presenters'][number]>;
  organizations: Iterable<S['institutions'][number]>;
  topics: Iterable<S['topics'][number]>;
  places: Iterable<S['places'][number]>;
}

/** The first passage that contains one of the names, if any. */
export function findNamingPassage(
  passages: readonly Passage[],
  names: readonly string[],
): Passage | undefined {
  return passages.find((passage) => names.some((name) => name !== '' && passage.text.includes(name)));
}

/** The earliest match of any name: as a whole word if it stands alone anywhere, else within a word. */
function findName(text: string, names: readonly string[]): { at: number; length: number } | undefined {
  const wanted = names.filter((name) => name !== '').map(escapeRegExp);
  if (wanted.length === 0) return undefined;
  // Longer names first, so that `Mülheim an der Ruhr` wins over `Mülheim` at the same place.
  const alternatives = [...wanted].sort((a, b) => b.length - a.length).join('|');
  const whole = new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'u').exec(text);
  if (whole) return { at: whole.index, length: whole[0].length };
  // `Köln` in `Kölner Flüchtlingsstudien`: the whole word is marked.
  const part = new RegExp(`(?:${alternatives})\\p{L}*`, 'u').exec(text);
  return part ? { at: part.index, length: part[0].length } : undefined;
}

/**
 * The first place in a text where one of the names stands, with about `width` characters on each
 * side, cut at word boundaries and marked with `…` where the text goes on.
 */
export function keywordInContext(
  text: string,
  names: readonly string[],
  width = 90,
): KeywordInContext | undefined {
  const found = findName(text, names);
  if (!found) return undefined;
  const end = found.at + found.length;
  let start = Math.max(0, found.at - width);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let stop = Math.min(text.length, end + width);
  if (stop < text.length) stop = text.lastIndexOf(' ', stop) > end ? text.lastIndexOf(' ', stop) : stop;
  return {
    before: `${start > 0 ? '… ' : ''}${text.slice(start, found.at)}`,
    name: text.slice(found.at, end),
    after: `${text.slice(end, stop)}${stop < text.length ? ' …' : ''}`,
  };
}

/** The section's address as topics refer to it: `tagung-2018/raumerleben`. */
export function sectionKey(section: { conferenceSlug: string; slug: string }): string {
  return `${section.conferenceSlug}/${section.slug}`;
}

/** An organization's name for lists and sorting (`Institut für … (ISS)`; `INTESO` for its long title). */
function listName(organization: RegisterOrganization): string {
  return organizationName({ name: organization.name, shortName: organization.shortName });
}

function organizationNames(organization: RegisterOrganization): string[] {
  return [
    organization.name,
    listName(organization),
    ...(organization.shortName ? [organization.shortName] : []),
    ...organization.aliases,
  ];
}

function placeNames(place: RegisterPlace): string[] {
  // A district is named with its city (`Düsseldorf, Stadtbezirk 5`); the text says `Stadtbezirken 5 und 6`.
  return [place.name, ...place.aliases];
}

/** A reference from a section to an entry, at the first passage that names it. */
function referenceIn<S extends RegisterSection>(section: S, names: readonly string[]): Reference<S> {
  const passage = findNamingPassage(section.passages, names);
  return {
    section,
    passageId: passage?.id,
    context: passage && keywordInContext(passage.text, names),
  };
}

/** People by family name, with the sections they presented and those that only name them (moderators among them). */
function personEntries<S extends RegisterSection>(input: RegisterInput<S>): PersonEntry<S>[] {
  const { sections } = input;
  return sortGerman(input.people, (person) => person.sortName).map((person) => ({
    person,
    // A contribution is the whole section: it is linked without a passage.
    presented: sections
      .filter((section) => section.presenters.some((presenter) => presenter.id === person.id))
      .map((section) => ({ section, passageId: undefined })),
    named: sections
      .filter((section) =>
        [...section.mentions, ...(section.moderators ?? [])].some((named) => named.id === person.id),
      )
      .map((section) => referenceIn(section, [person.name])),
  }));
}

/** Topics with the sections that list them and their chosen passages. */
function topicEntries<S extends RegisterSection>(input: RegisterInput<S>): TopicEntry<S>[] {
  const { sections } = input;
  const byKey = new Map(sections.map((section) => [sectionKey(section), section]));
  return sortGerman(input.topics, (topic) => topic.title).map((topic) => ({
    topic,
    sections: sections.filter((section) => section.topics.some((candidate) => candidate.id === topic.id)),
    passages: topic.passages.flatMap((passage) => {
      const section = byKey.get(passage.section);
      if (section === undefined) return [];
      const found = section.passages.find((candidate) => candidate.id === passage.anchor);
      const excerpt = found ? keyPassageExcerpt(found.text, topicTerms(topic)) : [];
      return [{ section, passageId: passage.anchor, text: found?.text, excerpt }];
    }),
  }));
}

/** Organizations by name, with the sections that name them, their parts and their people. */
function organizationEntries<S extends RegisterSection>(input: RegisterInput<S>): OrganizationEntry<S>[] {
  const people = [...input.people];
  const all = [...input.organizations];
  return sortGerman(all, listName).map((organization) => ({
    organization,
    sections: input.sections
      .filter((section) => section.institutions.some((candidate) => candidate.id === organization.id))
      .map((section) => referenceIn(section, organizationNames(organization))),
    parts: sortGerman(
      all.filter((candidate) => candidate.partOf?.id === organization.id),
      listName,
    ),
    people: sortGerman(
      people.filter((person) => person.roles.some((role) => role.organization?.id === organization.id)),
      (person) => person.sortName,
    ),
  }));
}

/** Places by name, with the sections that name them, their districts and the organizations there. */
function placeEntries<S extends RegisterSection>(input: RegisterInput<S>): PlaceEntry<S>[] {
  const organizations = [...input.organizations];
  const all = [...input.places];
  return sortGerman(all, (place) => place.name).map((place) => ({
    place,
    sections: input.sections
      .filter((section) => section.places.some((candidate) => candidate.id === place.id))
      .map((section) => referenceIn(section, placeNames(place))),
    parts: sortGerman(
      all.filter((candidate) => candidate.partOf?.id === place.id),
      (candidate) => candidate.name,
    ),
    organizations: sortGerman(
      organizations.filter((organization) => organization.place?.id === place.id),
      listName,
    ),
  }));
}

/** Builds the whole register from the report's sections and entries. */
export function buildRegister<S extends RegisterSection>(source: RegisterInput<S>): Register<S> {
  // The entries may come as iterators (a Map's values): read each once.
  const input: RegisterInput<S> = {
    sections: source.sections,
    people: [...source.people],
    organizations: [...source.organizations],
    topics: [...source.topics],
    places: [...source.places],
  };
  const people = personEntries(input);
  const presenters = people.filter((entry) => entry.presented.length > 0);
  return {
    presenters,
    presenterIds: new Set(presenters.map((entry) => entry.person.id)),
    namedPeople: people.filter((entry) => entry.presented.length === 0),
    topics: topicEntries(input),
    organizations: organizationEntries(input),
    places: placeEntries(input),
  };
}
