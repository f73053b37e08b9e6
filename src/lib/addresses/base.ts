/**
 * The base path the site is served under (`BASE_PATH=/tagungsdoku`, default `/`). Every address of
 * the site is a site path joined to it here.
 */

/**
 * The one rule for a base path as a person writes it in `BASE_PATH`: one slash at each end, `/` for
 * none (`tagungsdoku`, `/tagungsdoku` and `/tagungsdoku/` are all `/tagungsdoku/`), the form Astro
 * gives its `BASE_URL`. The static server, the benchmarks and the tests read `BASE_PATH` through it.
 */
export function normalizeBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/gu, '');
  return inner === '' ? '/' : `/${inner}/`;
}

/** Joins a base with a site path: `joinBase('/a/', '/docs/')` → `/docs/a/`. */
export function joinBase(path: string, base: string): string {
  const trimmedBase = base.replace(/\/+$/u, '');
  const normalizedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${normalizedPath}`;
}

/** A site path under the configured base (Astro's `BASE_URL`), or under `base` where one is given. */
export function sitePath(path: string, base: string = import.meta.env.BASE_URL): string {
  return joinBase(path, base);
}

/** A path with its base taken off: `/docs/a/` under `/docs/` → `/a/`; a path outside the base stays as it is. */
export function withoutBase(path: string, base: string): string {
  const trimmedBase = base.replace(/\/+$/u, '');
  if (trimmedBase === '' || !(path === trimmedBase || path.startsWith(`${trimmedBase}/`))) return path;
  return path.slice(trimmedBase.length) || '/';
}
