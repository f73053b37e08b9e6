/**
 * The register entries an import proposes — new people, institutions and places — and the notes that
 * say where each came from; an entry the register already has is found and reused.
 */
import type { OrganizationData, PersonData, PlaceData } from '#src/schemas/index.ts';
import { placeholder } from '#src/lib/draft.ts';
import { appositionAfter, familyNameOf, sortNameOf, type NamedPerson } from '#src/lib/import/people.ts';
import {
  findOrganization,
  findPerson,
  findPlace,
  guessOrganizationKind,
  newId,
  type Registers,
} from '#src/lib/import/register.ts';

/** A sentence as the review list quotes it: „…“, cut at 110 characters. */
export const quoteOf = (sentence: string) =>
  `„${sentence.length > 110 ? `${sentence.slice(0, 107)}…` : sentence}“`;

/** New register entries of one import, with the notes for the review list. */
export class RegisterProposals {
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
