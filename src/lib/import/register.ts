/**
 * The register as the importer sees it: existing people, organisations and places, found again under
 * the names a report uses (inflected, abbreviated, with or without their kind: „Technischen Hochschule
 * Köln“, „Forschungsprojekt INTESO“), and new entries proposed for what is not there yet.
 */
import type { OrganizationData, PersonData, PlaceData } from '#src/schemas/index.ts';
import { organizationKinds } from '#src/schemas/index.ts';
import { stemGerman } from '#src/lib/german/stemming.ts';
import { slugify, uniqueSlug } from '#src/lib/import/slugs.ts';

/** The register files' entries by id, as read from `content/`. */
export interface Registers {
  people: Record<string, PersonData>;
  organizations: Record<string, OrganizationData>;
  places: Record<string, PlaceData>;
}

/** A name folded for comparison: case, spelling, quotes, dashes and German inflection endings aside. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[„“”"»«'’()]/gu, '')
    .replace(/[–—]/gu, '-')
    .split(/[\s,]+/u)
    .filter((word) => word !== '')
    .map(stemGerman)
    .join(' ');
}

/** The forms under which an organisation may be named: name, abbreviation, other forms. */
function organizationNames(data: OrganizationData): string[] {
  return [data.name, ...(data.shortName ? [data.shortName] : []), ...data.aliases];
}

/**
 * The id of an existing organisation the text names: the whole phrase, each part of it („ILS – Institut
 * für …“), or its last words („Forschungsprojekt INTESO“ → „INTESO“).
 */
export function findOrganization(text: string, registers: Registers): string | undefined {
  const byKey = new Map<string, string>();
  for (const [id, data] of Object.entries(registers.organizations)) {
    for (const name of organizationNames(data)) byKey.set(nameKey(name), id);
  }
  // Parts of a register name stand for it too („Stadtlabor – Forschung für Quartiere“ → „Stadtlabor“).
  for (const [id, data] of Object.entries(registers.organizations)) {
    for (const part of data.name.split(/\s+[–-]\s+/u).slice(data.name.includes(' – ') ? 0 : 1)) {
      if (!byKey.has(nameKey(part))) byKey.set(nameKey(part), id);
    }
  }
  const words = text.trim().split(/\s+/u);
  const tries = [
    text,
    ...text.split(/\s+[–-]\s+|,\s*/u),
    ...words.map((_, index) => words.slice(index).join(' ')),
  ];
  for (const candidate of tries) {
    const id = byKey.get(nameKey(candidate));
    if (id !== undefined) return id;
  }
  return undefined;
}

/** The id of an existing place with this name or one of its other forms. */
export function findPlace(text: string, registers: Registers): string | undefined {
  const key = nameKey(text);
  for (const [id, data] of Object.entries(registers.places)) {
    if ([data.name, ...data.aliases].some((name) => nameKey(name) === key)) return id;
  }
  return undefined;
}

/** The id of an existing person with this name (given and family name as the report writes them). */
export function findPerson(name: string, registers: Registers): string | undefined {
  const key = nameKey(name);
  return Object.entries(registers.people).find(([, data]) => nameKey(data.name) === key)?.[0];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** True when `name` stands in `text` as whole words. */
function namedIn(text: string, name: string): boolean {
  if (name.trim() === '') return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** Existing organisations a text names under one of their forms, in register order. */
export function organizationsNamedIn(text: string, registers: Registers): string[] {
  return Object.entries(registers.organizations)
    .filter(([, data]) => organizationNames(data).some((name) => namedIn(text, name)))
    .map(([id]) => id);
}

/** Existing places a text names under one of their forms, in register order. */
export function placesNamedIn(text: string, registers: Registers): string[] {
  return Object.entries(registers.places)
    .filter(([, data]) => [data.name, ...data.aliases].some((name) => namedIn(text, name)))
    .map(([id]) => id);
}

/** The kind of an organisation, guessed from the words of its name. */
export function guessOrganizationKind(name: string): OrganizationData['kind'] {
  const rules: [RegExp, OrganizationData['kind']][] = [
    [/hochschule|universität|fachhochschule|akademie/iu, 'hochschule'],
    [/ministerium/iu, 'ministerium'],
    [/stiftung/iu, 'stiftung'],
    [/forschungsgruppe|arbeitsgruppe|arbeitsbereich/iu, 'forschungsgruppe'],
    [/institut|zentrum für|forschungsinstitut/iu, 'institut'],
    [/projekt|studie|studien|verbund/iu, 'forschungsprojekt'],
    [/programm|förderlinie/iu, 'foerderprogramm'],
    [
      /\b(?:stadt|landeshauptstadt|kreis|landkreis|gemeinde|bezirk)\b|amt\b|ämter|verwaltung|integrationszentr/iu,
      'verwaltung',
    ],
    [/\b(?:gmbh|ggmbh|ag|gbr|kg|mbh)\b/iu, 'unternehmen'],
  ];
  const kind = rules.find(([pattern]) => pattern.test(name))?.[1] ?? 'einrichtung';
  return organizationKinds.includes(kind) ? kind : 'einrichtung';
}

/** A new id for a name, not yet taken in `taken`. */
export function newId(name: string, taken: ReadonlySet<string>): string {
  return uniqueSlug(slugify(name, 40) || 'eintrag', taken);
}
