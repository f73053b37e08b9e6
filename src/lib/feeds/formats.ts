/**
 * The feed items written as RSS 2.0 (with Media RSS, Dublin Core and `content:encoded`, through
 * `@astrojs/rss`) and as JSON Feed 1.1. Newsletter tools read either: Mailchimp's RSS-to-email takes an
 * item's image from `media:content`, Brevo and others read JSON feeds.
 */
import { getRssString } from '@astrojs/rss';
import { escapeHtml } from '#src/lib/html.ts';
import type { FeedChannel, FeedItem } from '#src/lib/feeds/items.ts';

/** The namespaces of the RSS feed besides `content:` (which `@astrojs/rss` declares itself). */
const NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
};

/** The item's elements that `@astrojs/rss` has no field for: its authors and its image in Media RSS. */
function rssCustomData(item: FeedItem): string {
  const { image } = item;
  const creators = item.authors.map((author) => `<dc:creator>${escapeHtml(author.name)}</dc:creator>`);
  const attributes =
    `url="${escapeHtml(image.url)}" type="${image.type}" medium="image" ` +
    `width="${image.width}" height="${image.height}" fileSize="${image.length}"`;
  const description = `<media:description type="plain">${escapeHtml(image.alt)}</media:description>`;
  // The section's files follow the card: each its own `media:content` (the one `enclosure` stays the card).
  const files = item.attachments.map(
    (file) =>
      `<media:content url="${escapeHtml(file.url)}" type="${escapeHtml(file.type)}" medium="${file.medium}" ` +
      `fileSize="${file.length}"><media:title type="plain">${escapeHtml(file.title)}</media:title></media:content>`,
  );
  return [...creators, `<media:content ${attributes}>${description}</media:content>`, ...files].join('');
}

/** The RSS 2.0 feed. */
export function rssFeed(channel: FeedChannel, items: readonly FeedItem[]): Promise<string> {
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: channel.home,
    xmlns: NAMESPACES,
    customData:
      `<language>${channel.language}</language>` +
      `<atom:link href="${escapeHtml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      description: item.summary,
      ...(item.date === undefined ? {} : { pubDate: item.date }),
      content: item.contentHtml,
      categories: [...item.tags],
      enclosure: { url: item.image.url, length: item.image.length, type: item.image.type },
      customData: rssCustomData(item),
    })),
  });
}

/** The JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[]): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: channel.home,
    feed_url: channel.self,
    language: channel.language,
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      image: item.image.url,
      ...(item.date === undefined ? {} : { date_published: item.date.toISOString() }),
      authors: item.authors.map((author) =>
        author.url ? { name: author.name, url: author.url } : { name: author.name },
      ),
      tags: item.tags,
      attachments: [
        {
          url: item.image.url,
          mime_type: item.image.type,
          size_in_bytes: item.image.length,
          title: item.image.alt,
        },
        ...item.attachments.map((file) => ({
          url: file.url,
          mime_type: file.type,
          size_in_bytes: file.length,
          title: file.title,
        })),
      ],
    })),
  };
}
