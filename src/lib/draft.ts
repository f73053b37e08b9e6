/**
 * Drafts and publication. Content may hold visible placeholders for what its source does not state
 * (`[Bitte ergänzen: Veranstalter]`): a draft build shows them as they are, so that the team sees at
 * once what is missing; a publication build refuses them, naming the file and the field.
 *
 * - A **draft build** is a build with `TAGUNGSDOKU_DRAFT=1`, or any build without `SITE` (a build on
 *   one's own computer, which has no public address to publish under).
 * - A **publication build** is a build with `SITE` set and without `TAGUNGSDOKU_DRAFT=1`.
 *
 * The importer (`npm run import`) writes placeholders; the integrity check (`src/lib/content/integrity.ts`)
 * refuses them in a publication build. Anything else that may be left open until publication (the
 * legal pages' fields, for example) can use the same marker and the same `isDraftBuild`.
 */

/** How every placeholder begins. Search the content for it to find what is still open. */
export const PLACEHOLDER_MARK = '[Bitte ergänzen';

/** A visible placeholder for something the source does not state: `[Bitte ergänzen: Veranstalter]`. */
export function placeholder(what: string): string {
  return `${PLACEHOLDER_MARK}: ${what}]`;
}

/** True when the text holds a placeholder anywhere. */
export function containsPlaceholder(text: string): boolean {
  return text.includes(PLACEHOLDER_MARK);
}

/** True when the whole value is one placeholder (as in a field that otherwise holds an id). */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(`${PLACEHOLDER_MARK}:`) && value.endsWith(']');
}

/** The environment variables that decide what kind of build this is. */
export interface BuildEnvironment {
  SITE?: string | undefined;
  TAGUNGSDOKU_DRAFT?: string | undefined;
}

/** True for a draft build: `TAGUNGSDOKU_DRAFT=1`, or no `SITE` (a local build). */
export function isDraftBuild(env: BuildEnvironment): boolean {
  return env.TAGUNGSDOKU_DRAFT === '1' || env.SITE === undefined || env.SITE === '';
}

/** A placeholder found in structured data, with its field path (`audience.description`, `roles[0].title`). */
export interface FoundPlaceholder {
  field: string;
  text: string;
}

/** Every string in `value` (objects and arrays walked) that holds a placeholder, with its field path. */
export function findPlaceholders(value: unknown, path = ''): FoundPlaceholder[] {
  if (typeof value === 'string') return containsPlaceholder(value) ? [{ field: path, text: value }] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => findPlaceholders(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) =>
      findPlaceholders(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/** The lines (counted from 1) of a text that hold a placeholder, with the line's text. */
export function findPlaceholderLines(text: string): { line: number; text: string }[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: index + 1, text: line.trim() }))
    .filter((entry) => containsPlaceholder(entry.text));
}
