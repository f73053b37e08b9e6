/**
 * schema.org structured data for the pages that have nothing more specific: a `WebPage`,
 * `CollectionPage` or `SearchResultsPage` inside the site.
 */
/** A page of the site that has no more specific structured data: a `WebPage` (or `CollectionPage`). */
export function webPageJsonLd(page: {
  type?: 'WebPage' | 'CollectionPage' | 'SearchResultsPage';
  name: string;
  description: string;
  url: string;
  siteName: string;
  siteUrl: string;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': page.type ?? 'WebPage',
    '@id': page.url,
    url: page.url,
    name: page.name,
    description: page.description,
    inLanguage: 'de',
    isPartOf: { '@type': 'WebSite', name: page.siteName, url: page.siteUrl },
  };
}
