/**
 * The report as a feed: one item per section of every conference (newest conference first, sections in
 * the report's order), each with its text rendered as on the section page and its social card. Used by
 * the routes `/feed.xml` and `/feed.json`; the items are built once per build.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getConferences, type Conference, type ReportSection } from '#src/lib/report.ts';
import { sectionCard } from '#src/lib/cards/card-text.ts';
import { CARD_HEIGHT, CARD_WIDTH, renderSocialCard } from '#src/lib/cards/draw.ts';
import { formatDateGerman, SITE_NAME } from '#src/lib/naming/labels.ts';
import { feedPath, homePath, personEntryPath, type FeedFormat } from '#src/lib/addresses/paths.ts';
import { absoluteUrl, siteOrigin } from '#src/lib/addresses/origin.ts';
import { feedItem, type FeedChannel, type FeedItem } from '#src/lib/feeds/items.ts';

let cachedItems: Promise<FeedItem[]> | undefined;

async function buildItems(site: URL | string): Promise<FeedItem[]> {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const conferences = await getConferences();
  const items: FeedItem[] = [];
  for (const conference of conferences) {
    for (const section of conference.sections) {
      const { Content } = await render(section.entry);
      items.push(await sectionFeedItem(conference, section, await container.renderToString(Content), site));
    }
  }
  return items;
}

/** One section as a feed item: its rendered text, its presenters' register pages, its social card. */
export async function sectionFeedItem(
  conference: Conference,
  section: ReportSection,
  html: string,
  site: URL | string = siteOrigin(),
): Promise<FeedItem> {
  const card = sectionCard(section, conference);
  const png = await renderSocialCard(card);
  const presenters = section.presenters.map((person) => ({
    displayName: person.displayName,
    url: personEntryPath(person.id, true),
  }));
  const image = {
    path: card.path,
    alt: card.alt,
    length: png.byteLength,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
  };
  return feedItem({ ...section, presenters }, html, image, conference.date, site);
}

/** Every section as a feed item, with absolute addresses under the site's origin. */
export function reportFeedItems(site: URL | string = siteOrigin()): Promise<FeedItem[]> {
  cachedItems ??= buildItems(site);
  return cachedItems;
}

/** What the feed in `format` says about itself: the site, its reports with their dates, its own address. */
export async function reportFeedChannel(
  format: FeedFormat,
  site: URL | string = siteOrigin(),
): Promise<FeedChannel> {
  const conferences = await getConferences();
  const reports = conferences.map(
    (conference) => `${conference.reportTitle}, ${formatDateGerman(conference.date)}`,
  );
  // The channel names what it carries: the conference's report, or that it carries several.
  const [only] = conferences;
  return {
    title: `${conferences.length === 1 && only ? only.reportTitle : 'Tagungsberichte'} – ${SITE_NAME}`,
    description: `Der Bericht, Abschnitt für Abschnitt: ${reports.join('; ')}`,
    home: absoluteUrl(homePath(), site),
    self: absoluteUrl(feedPath(format), site),
    language: 'de',
  };
}
