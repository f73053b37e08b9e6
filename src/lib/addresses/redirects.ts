/**
 * Old addresses that must keep working after a page was renamed or moved: `'/alt/': '/neu/'`, paths
 * without the base path, with trailing slash. Astro writes a redirect page for each (astro.config.mjs),
 * and the permalink test accepts a manifest entry whose page redirects here. How to rename a page:
 * docs/addresses.md#rename-a-page-without-breaking-links.
 */
export const redirects: Record<string, string> = {
  // The help for newsletter editors, named for what it is.
  '/verlinken-und-teilen/': '/newsletter-hilfe/',
};
