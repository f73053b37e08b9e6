/**
 * The site's public origin and absolute addresses. One rule: the origin is `SITE`, or, where `SITE` is
 * not set, `LOCAL_ORIGIN`, where `npm run preview` and `astro dev` serve the site. astro.config.mjs
 * gives Astro this origin as `site`, so `import.meta.env.SITE` holds it in every page and file of the
 * build, and the browser tests expect it by the same rule.
 */

/** The origin of a build without `SITE`: the local preview's. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/** The origin for a value of `SITE`: the value, or `LOCAL_ORIGIN` where it is not set. */
export function originOf(site: string | undefined): string {
  return site ?? LOCAL_ORIGIN;
}

/** The origin this build writes into absolute addresses. */
export function siteOrigin(): string {
  return originOf(import.meta.env.SITE);
}

/**
 * The absolute URL of a site path (which holds the base path already, see `paths.ts`), under the
 * build's origin or the one given: `/tagung-2018/` → `https://example.org/tagung-2018/`. Given a page's
 * absolute address instead, a link on that page resolves against it (`#absatz-2`, `../themen/`).
 */
export function absoluteUrl(path: string, site: URL | string = siteOrigin()): string {
  return new URL(path, site).href;
}
