/**
 * The feeds newsletter tools read: found from the home page as a tool finds them, parsed with an
 * independent parser (fast-xml-parser, JSON.parse), and every item checked against the content files.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { readRegister, readEvents, readSections } from '../support/content.ts';
import { basePath, site } from '../support/site.ts';

interface SectionData {
  event: string;
  order: number;
  title: string;
  slug: string;
  description: string;
  presenters: string[];
  topics: string[];
}
interface EventData {
  slug: string;
  date: Date | string;
}

const events = new Map(readEvents().map((entry) => [entry.id, entry.data as EventData]));
const people = new Map(
  readRegister('people').map((entry) => {
    const person = entry.data as { name: string; honorific?: string };
    return [entry.id, person.honorific ? `${person.honorific} ${person.name}` : person.name];
  }),
);
const topics = new Map(
  readRegister('topics').map((entry) => [entry.id, (entry.data as { title: string }).title]),
);
const sections = readSections().map((entry) => {
  const data = entry.data as SectionData;
  const event = events.get(data.event);
  return {
    ...data,
    url: `${site}${basePath}${event?.slug}/${data.slug}/`,
    date: new Date(event?.date ?? ''),
    creators: (data.presenters ?? []).map((id) => people.get(id)),
    categories: (data.topics ?? []).map((id) => topics.get(id)),
  };
});

/** An RSS item as fast-xml-parser gives it (attributes prefixed with `@`). */
interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@isPermaLink': string };
  description: string;
  pubDate: string;
  'content:encoded': string;
  'dc:creator'?: string[];
  category?: string[];
  author?: string;
  'media:content': Record<string, string> & { 'media:description': { '#text': string } };
  enclosure: Record<string, string>;
}

/** A JSON Feed item. */
interface JsonItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  image: string;
  date_published: string;
  authors: { name: string; url: string }[];
  tags: string[];
  attachments: { size_in_bytes: number }[];
}

/** The test server's path for an address on SITE. */
function served(url: string): string {
  const parsed = new URL(url);
  expect(parsed.origin).toBe(new URL(site).origin);
  expect(parsed.pathname.startsWith(basePath)).toBe(true);
  return `${parsed.pathname}${parsed.search}`;
}

/** The feed addresses the home page announces, by type. */
async function announcedFeeds(request: APIRequestContext): Promise<Record<string, string>> {
  const html = await (await request.get(basePath)).text();
  const links = [...html.matchAll(/<link\b[^>]*\brel="alternate"[^>]*>/gu)].map((match) => match[0]);
  return Object.fromEntries(
    links.map((link) => [
      /\btype="([^"]+)"/u.exec(link)?.[1] ?? '',
      /\bhref="([^"]+)"/u.exec(link)?.[1] ?? '',
    ]),
  );
}

/** Every `href` and `src` in an HTML fragment. */
function addressesIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/gu)].map((match) =>
    (match[1] ?? '').replaceAll('&amp;', '&'),
  );
}

test('every page announces both feeds, and every page announces the same', async ({ request }) => {
  const home = await announcedFeeds(request);
  expect(Object.keys(home).sort()).toEqual(['application/feed+json', 'application/rss+xml']);
  for (const path of [
    `${basePath}tagung-2018/raumerleben/`,
    `${basePath}register/`,
    `${basePath}newsletter-hilfe/`,
  ]) {
    const html = await (await request.get(path)).text();
    for (const href of Object.values(home)) expect(html, path).toContain(`href="${href}"`);
  }
});

test('the RSS feed has one complete item per section, with absolute addresses and a card that exists', async ({
  request,
}) => {
  const response = await request.get(served((await announcedFeeds(request))['application/rss+xml'] ?? ''));
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['item', 'category', 'dc:creator'].includes(name),
  });
  const rss = parser.parse(xml).rss;
  expect(rss['@version']).toBe('2.0');
  expect(rss['@xmlns:media']).toBe('http://search.yahoo.com/mrss/');
  expect(rss['@xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
  expect(rss['@xmlns:content']).toBe('http://purl.org/rss/1.0/modules/content/');
  const items = rss.channel.item as RssItem[];
  expect(items.map((item) => item.link).sort()).toEqual(sections.map((section) => section.url).sort());

  const cardSizes = new Map<string, number>();
  for (const section of sections) {
    const item = items.find((candidate) => candidate.link === section.url);
    if (!item) throw new Error(`no RSS item for ${section.url}`);
    expect(item.title, section.slug).toBe(section.title);
    expect(item.guid, section.slug).toEqual({ '#text': section.url, '@isPermaLink': 'true' });
    expect(item.description, section.slug).toBe(section.description);
    expect(new Date(item.pubDate).getTime(), section.slug).toBe(section.date.getTime());
    expect(item['dc:creator'] ?? [], section.slug).toEqual(section.creators);
    expect(item.category ?? [], section.slug).toEqual(section.categories);
    expect(item.author, section.slug).toBeUndefined();

    const content: string = item['content:encoded'];
    expect(content, section.slug).toContain(section.description.slice(0, 60));
    expect(content, section.slug).not.toContain('passage-link');
    for (const address of addressesIn(content))
      expect(address.startsWith(`${site}${basePath}`), address).toBe(true);

    const media = item['media:content'];
    expect(media['@type'], section.slug).toBe('image/png');
    expect([media['@width'], media['@height']]).toEqual(['1200', '630']);
    expect(media['media:description']['#text'], section.slug).toContain(section.title);
    expect(item.enclosure['@url']).toBe(media['@url']);
    expect(item.enclosure['@type']).toBe('image/png');
    const image = await request.get(served(media['@url'] ?? ''));
    expect(image.status(), media['@url']).toBe(200);
    expect(image.headers()['content-type']).toContain('image/png');
    const bytes = (await image.body()).length;
    expect(Number(item.enclosure['@length']), section.slug).toBe(bytes);
    expect(Number(media['@fileSize']), section.slug).toBe(bytes);
    cardSizes.set(section.url, bytes);
  }
  expect(cardSizes.size).toBe(sections.length);
});

test('the JSON feed (1.1) has one complete item per section, with authors, tags and the card', async ({
  request,
}) => {
  const response = await request.get(served((await announcedFeeds(request))['application/feed+json'] ?? ''));
  expect(response.status()).toBe(200);
  const feed = JSON.parse(await response.text());
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.language).toBe('de');
  expect(served(feed.home_page_url)).toBe(basePath);
  expect(served(feed.feed_url)).toBe(`${basePath}feed.json`);
  const items = feed.items as JsonItem[];
  expect(items.map((item) => item.id).sort()).toEqual(sections.map((section) => section.url).sort());
  for (const section of sections) {
    const item = items.find((candidate) => candidate.id === section.url);
    if (!item) throw new Error(`no JSON Feed item for ${section.url}`);
    expect(item.url, section.slug).toBe(section.url);
    expect(item.title, section.slug).toBe(section.title);
    expect(item.summary, section.slug).toBe(section.description);
    expect(new Date(item.date_published).getTime(), section.slug).toBe(section.date.getTime());
    expect(
      item.authors.map((author) => author.name),
      section.slug,
    ).toEqual(section.creators);
    for (const author of item.authors)
      expect((await request.get(served(author.url))).status(), author.url).toBe(200);
    expect(item.tags, section.slug).toEqual(section.categories);
    expect(item.content_html, section.slug).toContain(section.description.slice(0, 60));
    for (const address of addressesIn(item.content_html))
      expect(address.startsWith(`${site}${basePath}`), address).toBe(true);
    const image = await request.get(served(item.image));
    expect(image.status(), item.image).toBe(200);
    expect(item.attachments[0]?.size_in_bytes, section.slug).toBe((await image.body()).length);
  }
});
