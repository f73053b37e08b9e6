/**
 * Site paths. Every internal link goes through `sitePath`, so the site works under a base path
 * (`BASE_PATH=/tagungsdoku`).
 */

/** Joins a base with a site-relative path: `joinBase('/a/', '/docs/')` → `/docs/a/`. */
export function joinBase(path: string, base: string): string {
  const trimmedBase = base.replace(/\/+$/u, '');
  const normalizedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${normalizedPath}`;
}

/** A site path under the configured base. */
export function sitePath(path: string): string {
  return joinBase(path, import.meta.env.BASE_URL);
}

/** Pagefind's search API, written by the build into `dist/pagefind/`. */
export function pagefindScriptPath(): string {
  return sitePath('/pagefind/pagefind.js');
}

/** The site's vocabulary for correcting misspelled queries, written by the build beside the index. */
export function searchVocabularyPath(): string {
  return sitePath('/pagefind/vocabulary.json');
}

/** Path of a conference's whole report. */
export function eventPath(eventSlug: string): string {
  return sitePath(`/${eventSlug}/`);
}

/** Path of one report section. */
export function sectionPath(eventSlug: string, sectionSlug: string): string {
  return sitePath(`/${eventSlug}/${sectionSlug}/`);
}

/** The register's parts and their German address segments. */
export const registerSegments = {
  people: 'referierende',
  topics: 'themen',
  organizations: 'institutionen',
  places: 'orte',
} as const;
export type RegisterKind = keyof typeof registerSegments;

/** The register's overview page, leading to its four parts. */
export function registerPath(): string {
  return sitePath('/register/');
}

/** One part of the register: `/referierende/`, `/themen/`, `/institutionen/`, `/orte/`. */
export function registerIndexPath(kind: RegisterKind): string {
  return sitePath(`/${registerSegments[kind]}/`);
}

/** One register entry's page: `/referierende/ulrich-deinet/`. */
export function registerEntryPath(kind: RegisterKind, id: string): string {
  return sitePath(`/${registerSegments[kind]}/${id}/`);
}

/**
 * Where a person's register entry is: presenters have a page of their own, people the report only
 * names have an entry on the people's index (`/referierende/#juergen-friedrichs`).
 */
export function personEntryPath(id: string, presented: boolean): string {
  return presented ? registerEntryPath('people', id) : `${registerIndexPath('people')}#${id}`;
}

/** A section, or a passage in it: `/tagung-2018/raumerleben/#absatz-3`. */
export function passagePath(sectionUrl: string, anchor: string | undefined): string {
  return anchor === undefined ? sectionUrl : `${sectionUrl}#${anchor}`;
}
