/**
 * A list of places that cannot be misread. Place names may hold a comma themselves („Düsseldorf,
 * Stadtbezirk 5“), so a plain comma-separated list runs names together. Parts whose whole is in the
 * same list stand in brackets after it, named without the whole's name: „Düsseldorf (Stadtbezirk 5,
 * Stadtbezirk 6)“. If a name keeps a comma after that, the entries are separated by semicolons.
 */

/** A place as the list needs it: its id, name and the place it is part of. */
export interface ListedPlace {
  id: string;
  name: string;
  partOf?: { id: string } | undefined;
}

/** One entry of the list: a place and the parts of it that the list also names. */
export interface PlaceListEntry<T extends ListedPlace> {
  place: T;
  /** The entry's text: the name as it stands. */
  text: string;
  parts: { place: T; text: string }[];
}

/** A part's name without its whole's name in front: „Stadtbezirk 5“ for „Düsseldorf, Stadtbezirk 5“. */
export function partName(part: string, whole: string): string {
  const prefix = `${whole}, `;
  return part.startsWith(prefix) && part.length > prefix.length ? part.slice(prefix.length) : part;
}

/** The places grouped under the wholes that the list names too, in the order given. */
export function groupPlaces<T extends ListedPlace>(places: readonly T[]): PlaceListEntry<T>[] {
  const ids = new Set(places.map((place) => place.id));
  const entries = places
    .filter((place) => !place.partOf || !ids.has(place.partOf.id))
    .map((place): PlaceListEntry<T> => ({ place, text: place.name, parts: [] }));
  const byId = new Map(entries.map((entry) => [entry.place.id, entry]));
  for (const place of places) {
    const whole = place.partOf ? byId.get(place.partOf.id) : undefined;
    if (whole && whole.place.id !== place.id)
      whole.parts.push({ place, text: partName(place.name, whole.place.name) });
  }
  return entries;
}

/** The separator between the entries: a semicolon where an entry's text has a comma of its own. */
export function placeSeparator(entries: readonly PlaceListEntry<ListedPlace>[]): ',' | ';' {
  return entries.some((entry) => entry.text.includes(',') || entry.parts.length > 0) ? ';' : ',';
}
