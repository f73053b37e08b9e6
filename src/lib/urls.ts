/**
 * Site paths. Every internal link goes through `sitePath`, so the site works under a base path
 * (`BASE_PATH=/tagungsdoku`).
 */

/** Joins the configured base with a site-relative path: `sitePath('/a/', '/docs/')` → `/docs/a/`. */
export function joinBase(path: string, base: string): string {
  const trimmedBase = base.replace(/\/+$/u, '');
  const normalizedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${normalizedPath}`;
}

/** A site path under the configured base. */
export function sitePath(path: string): string {
  return joinBase(path, import.meta.env.BASE_URL);
}

/** Path of a conference's whole report. */
export function eventPath(eventSlug: string): string {
  return sitePath(`/${eventSlug}/`);
}

/** Path of one report section. */
export function sectionPath(eventSlug: string, sectionSlug: string): string {
  return sitePath(`/${eventSlug}/${sectionSlug}/`);
}
