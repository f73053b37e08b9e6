/**
 * German sort order, as readers of a printed index expect it: `Ä` with `A`, `Köln` before
 * `Kommunales Management`, and numbers by their value, so „Bezirk 5“ comes before „Bezirk 10“.
 * One order for the register, the search filters and every other list of names.
 */

// Made on first use, so that browser code importing this module's neighbours does not carry it.
let collator: Intl.Collator | undefined;

/** Compares two strings the German way (`Ä` with `A`, `Köln` before `Kommunal…`, `5` before `10`). */
export function compareGerman(a: string, b: string): number {
  collator ??= new Intl.Collator('de', { sensitivity: 'base', numeric: true });
  return collator.compare(a, b);
}

/** The items in German order of their `key` (a new array; items with equal keys keep their order). */
export function sortGerman<T>(items: Iterable<T>, key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareGerman(key(a), key(b)));
}
