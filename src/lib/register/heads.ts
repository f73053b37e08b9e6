/**
 * What each register entry's page is called and says about itself: its title, the line above it,
 * its description, and the line its social card shows under the title. One place for the pages
 * (`src/pages/{referierende,themen,institutionen,orte}/[…].astro`) and their cards
 * (`src/pages/og/[...card].png.ts`), so the two cannot drift apart. Pure, with structural types.
 */
import {
  countSections,
  organizationKindLabels,
  placeKindLabels,
  registerKindLabels,
} from '#src/lib/naming/labels.ts';
import {
  describeRoles,
  organizationName,
  type DescribedRole,
  type NamedOrganization,
} from '#src/lib/naming/names.ts';
import { registerEntryPath, type RegisterKind } from '#src/lib/addresses/paths.ts';
import { foldGerman } from '#src/lib/german/folding.ts';

/** A register entry's page as its head and card name it. */
export interface RegisterPageHead {
  kind: RegisterKind;
  id: string;
  /** The page's address: `/referierende/ulrich-deinet/`. */
  path: string;
  title: string;
  /** What the entry is in the page's title and card: `Register · Referierende`. */
  kicker: string;
  description: string;
  /** The card's line under the title: a person's roles, an entry's kind, how many sections. */
  line: string;
}

function head(
  kind: RegisterKind,
  id: string,
  fields: Omit<RegisterPageHead, 'kind' | 'id' | 'path'>,
): RegisterPageHead {
  return { kind, id, path: registerEntryPath(kind, id), ...fields };
}

const contributions = (count: number) => (count === 1 ? 'ein Beitrag' : `${count} Beiträge`);
/** `Genannt in 3 Abschnitten`, `Genannt in einem Abschnitt`. */
const namedIn = (count: number) =>
  count === 1 ? 'Genannt in einem Abschnitt' : `Genannt in ${count} Abschnitten`;

export function personHead(entry: {
  person: { id: string; displayName: string; roles: readonly DescribedRole[] };
  presented: readonly unknown[];
}): RegisterPageHead {
  const { person, presented } = entry;
  const roles = describeRoles(person.roles);
  return head('people', person.id, {
    title: person.displayName,
    kicker: 'Register · Referierende',
    description:
      `${person.displayName}: ${contributions(presented.length)} zur Tagung, ` +
      'mit Funktion und Institution, wie der Bericht sie angibt.',
    line: [roles, contributions(presented.length)].filter(Boolean).join(' · '),
  });
}

export function topicHead(entry: {
  topic: { id: string; title: string; description: string };
  sections: readonly unknown[];
}): RegisterPageHead {
  const { topic, sections } = entry;
  return head('topics', topic.id, {
    title: topic.title,
    kicker: 'Register · Thema',
    description: topic.description,
    line: countSections(sections.length),
  });
}

export function organizationHead(entry: {
  organization: NamedOrganization & { id: string; kind: keyof typeof organizationKindLabels };
  sections: readonly unknown[];
}): RegisterPageHead {
  const { organization, sections } = entry;
  return head('organizations', organization.id, {
    title: organizationName(organization),
    kicker: `Register · ${organizationKindLabels[organization.kind]}`,
    description: `${organization.name}: wo der Bericht sie nennt.`,
    line: namedIn(sections.length),
  });
}

export function placeHead(entry: {
  place: { id: string; name: string; kind: keyof typeof placeKindLabels };
  sections: readonly unknown[];
}): RegisterPageHead {
  const { place, sections } = entry;
  return head('places', place.id, {
    title: place.name,
    kicker: `Register · ${placeKindLabels[place.kind]}`,
    description: `${place.name}: wo der Bericht den Ort nennt.`,
    line: namedIn(sections.length),
  });
}

/** Every register entry that has a page of its own: presenters, topics, institutions, places. */
export function registerHeads(register: {
  presenters: readonly Parameters<typeof personHead>[0][];
  topics: readonly Parameters<typeof topicHead>[0][];
  organizations: readonly Parameters<typeof organizationHead>[0][];
  places: readonly Parameters<typeof placeHead>[0][];
}): RegisterPageHead[] {
  return [
    ...register.presenters.map(personHead),
    ...register.topics.map(topicHead),
    ...register.organizations.map(organizationHead),
    ...register.places.map(placeHead),
  ];
}

/**
 * The entries of other parts of the register that bear the same name as this one: `Welcome Points` is
 * a topic and an institution, two pages a reader should be able to tell apart. Names compared as a
 * reader reads them: case and spelling of umlauts aside.
 */
export function namesakesOf(
  head: Pick<RegisterPageHead, 'kind' | 'id' | 'title'>,
  heads: readonly RegisterPageHead[],
): RegisterPageHead[] {
  const name = foldGerman(head.title);
  return heads.filter((other) => other.kind !== head.kind && foldGerman(other.title) === name);
}

/** The line an overview gives an entry with a namesake: `gleichnamig unter Institutionen`, or nothing. */
export function namesakeNote(
  head: Pick<RegisterPageHead, 'kind' | 'id' | 'title'>,
  heads: readonly RegisterPageHead[],
): string | undefined {
  const kinds = [...new Set(namesakesOf(head, heads).map((other) => registerKindLabels[other.kind]))];
  return kinds.length > 0 ? `gleichnamig unter ${kinds.join(' und ')}` : undefined;
}
