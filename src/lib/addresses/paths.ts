/**
 * Every address of the site, as a site path with the base path in it (`BASE_PATH=/tagungsdoku`): pages,
 * downloads, citation files, feeds, social cards, the search with its query and filters. Pages,
 * components, the data module and browser code take their links from here and never join a base
 * themselves; `absoluteUrl` (origin.ts) makes any of them absolute.
 */
import { sitePath } from '#src/lib/addresses/base.ts';
import { pagefindPath } from '#src/lib/addresses/search-index-paths.ts';
import { formatSearchState, type SearchState } from '#src/lib/search/url.ts';

/** The home page. */
export function homePath(): string {
  return sitePath('/');
}

/** A conference's whole report: `/tagung-2018/`. */
export function conferencePath(conferenceSlug: string): string {
  return sitePath(`/${conferenceSlug}/`);
}

/** One report section: `/tagung-2018/raumerleben/`. */
export function sectionPath(conferenceSlug: string, sectionSlug: string): string {
  return sitePath(`/${conferenceSlug}/${sectionSlug}/`);
}

/** A section, or a passage in it: `/tagung-2018/raumerleben/#absatz-3`. */
export function passagePath(sectionUrl: string, anchor: string | undefined): string {
  return anchor === undefined ? sectionUrl : `${sectionUrl}#${anchor}`;
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

/** The formats of a page's citation file. */
export type CitationFormat = 'bib' | 'ris';

/** A page's citation file, in the page's folder: `/tagung-2018/raumerleben/` → `…/raumerleben/zitat.bib`. */
export function citationPath(pagePath: string, format: CitationFormat): string {
  return `${pagePath}zitat.${format}`;
}

/** The file extension of each format a conference's report is offered in. */
export const downloadExtensions = { pdf: 'pdf', epub: 'epub', markdown: 'md', data: 'json' } as const;
export type DownloadFormat = keyof typeof downloadExtensions;

/** A conference's file in a format: `/tagung-2018.pdf`, `.epub`, `.md`, `.json`. */
export function downloadPath(conferenceSlug: string, format: DownloadFormat): string {
  return sitePath(`/${conferenceSlug}.${downloadExtensions[format]}`);
}

/** A section's Markdown: `/tagung-2018/raumerleben.md`. */
export function sectionMarkdownPath(conferenceSlug: string, sectionSlug: string): string {
  return sitePath(`/${conferenceSlug}/${sectionSlug}.md`);
}

/** The folder below a section's address where its materials and recording are published. */
export const MATERIAL_FOLDER = 'material';

/**
 * A file a section carries (slides, a handout, its recording and captions), by its file name:
 * `/tagung-2030/quartiersarbeit/material/folien.pdf`.
 */
export function materialPath(conferenceSlug: string, sectionSlug: string, fileName: string): string {
  return sitePath(`/${conferenceSlug}/${sectionSlug}/${MATERIAL_FOLDER}/${fileName}`);
}

/** The poster the site draws for a recording on a video platform: `/tagung-2030/podium/aufzeichnung.png`. */
export function recordingPosterPath(conferenceSlug: string, sectionSlug: string): string {
  return sitePath(`/${conferenceSlug}/${sectionSlug}/aufzeichnung.png`);
}

/** The JSON Schema of the programme data. */
export function programmeSchemaPath(): string {
  return sitePath('/programm.schema.json');
}

/** The site's feeds: RSS 2.0 and JSON Feed 1.1. */
export type FeedFormat = 'rss' | 'json';

/** A feed: `/feed.xml`, `/feed.json`. */
export function feedPath(format: FeedFormat): string {
  return sitePath(format === 'rss' ? '/feed.xml' : '/feed.json');
}

/** A social card's PNG by the card's name: `tagung-2018/raumerleben` → `/og/tagung-2018/raumerleben.png`. */
export function cardPath(name: string): string {
  return sitePath(`/og/${name}.png`);
}

/** The search page, with a query and filters where given: `/suche/?q=K%C3%B6ln&person=…`. */
export function searchPath(state?: SearchState): string {
  return sitePath(`/suche/${state === undefined ? '' : formatSearchState(state)}`);
}

/** The help for newsletter editors, „Newsletter-Hilfe“ (formerly „Verlinken und teilen“, whose address redirects here). */
export function newsletterHelpPath(): string {
  return sitePath('/newsletter-hilfe/');
}

/** A legal page by its slug: `/impressum/`, `/datenschutz/`, `/barrierefreiheit/`. */
export function legalPagePath(slug: string): string {
  return sitePath(`/${slug}/`);
}

/** The site's icon. */
export function faviconPath(): string {
  return sitePath('/favicon.svg');
}

/** The sitemap, which the build writes after the pages (src/integrations/sitemap.ts). */
export function sitemapPath(): string {
  return sitePath('/sitemap.xml');
}

// The search index's files have a module of their own: the search starter, on every page, needs
// them without the rest of this one (which brings the search URL's filters along).
export { pagefindPath, pagefindScriptPath } from '#src/lib/addresses/search-index-paths.ts';

/** The site's vocabulary for correcting misspelled queries, written by the build beside the index. */
export function searchVocabularyPath(): string {
  return pagefindPath('vocabulary.json');
}
