/**
 * The report as a feed: one item per section of every conference (newest conference first, sections in
 * the report's order), each with its text rendered as on the section page and its social card. Used by
 * the routes `/feed.xml` and `/feed.json`; the items are built once per build.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getConferences, type Conference, type ReportSection } from '~/lib/report';
import { sectionCard } from '~/lib/cards/card-text';
import { CARD_HEIGHT, CARD_WIDTH, renderSocialCard } from '~/lib/cards/draw';
import { formatDateGerman, SITE_NAME } from '~/lib/naming/labels';
import { feedPath, homePath, personEntryPath, type FeedFormat } from '~/lib/addresses/paths';
import { absoluteUrl, siteOrigin } from '~/lib/addresses/origin';
import { feedItem, type FeedChannel, type FeedItem } from '~/lib/feeds/items';

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
