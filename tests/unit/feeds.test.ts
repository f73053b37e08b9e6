import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { jsonFeed, rssFeed } from '~/lib/feeds/formats';
import { feedHtml, feedItem, type FeedChannel } from '~/lib/feeds/items';

const site = 'https://example.org';
const section = {
  title: 'Online-Befragung & „Netzwerke“',
  description: 'An der Befragung beteiligten sich 250 Personen <i>sic</i>.',
  url: '/tagungsdoku/tagung-2018/online-befragung/',
  presenters: [
    { displayName: 'Katja Jepkens', url: '/tagungsdoku/referierende/katja-jepkens/' },
    { displayName: 'Kai Hauprich', url: undefined },
  ],
  topics: [{ title: 'Ehrenamt und Hauptamt' }],
};
const image = {
  path: '/tagungsdoku/og/tagung-2018/online-befragung.png',
  alt: 'Karte „2.2“ & mehr',
  length: 33870,
  width: 1200,
  height: 630,
};
const html =
  '<p id="absatz-1">Text mit <a href="../raumerleben/#absatz-3">Link</a> und <a href="/tagungsdoku/themen/">Themen</a>' +
  '<a href="#absatz-1" class="passage-link" aria-label="Link zu Absatz 1 kopieren" data-copy-link="passage" data-pagefind-ignore></a></p>';
const channel: FeedChannel = {
  title: 'Tagungsdoku',
  description: 'Der Bericht',
  home: `${site}/tagungsdoku/`,
  self: `${site}/tagungsdoku/feed.xml`,
  language: 'de',
};

describe('feed items', () => {
  it('take the passage links out and make every address absolute against the section', () => {
    const out = feedHtml(html, `${site}/tagungsdoku/tagung-2018/online-befragung/`);
    expect(out).not.toContain('passage-link');
    expect(out).toContain(`href="${site}/tagungsdoku/tagung-2018/raumerleben/#absatz-3"`);
    expect(out).toContain(`href="${site}/tagungsdoku/themen/"`);
    expect(out).toContain('Text mit');
  });

  it('carry absolute addresses under the site and base for the item, its authors and its card', () => {
    const item = feedItem(section, html, image, new Date('2018-06-15'), site);
    expect(item.url).toBe(`${site}/tagungsdoku/tagung-2018/online-befragung/`);
    expect(item.image.url).toBe(`${site}/tagungsdoku/og/tagung-2018/online-befragung.png`);
    expect(item.authors).toEqual([
      { name: 'Katja Jepkens', url: `${site}/tagungsdoku/referierende/katja-jepkens/` },
      { name: 'Kai Hauprich', url: undefined },
    ]);
  });

  it('come out of both feeds intact: escaped XML that parses back to the same words, and JSON Feed 1.1', async () => {
    const item = feedItem(section, html, image, new Date('2018-06-15'), site);
    const xml = await rssFeed(channel, [item]);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).rss
      .channel;
    expect(parsed.item.title).toBe(section.title);
    expect(parsed.item.description).toBe(section.description);
    expect(parsed.item['content:encoded']).toBe(item.contentHtml);
    expect(parsed.item['media:content']['media:description']['#text']).toBe(image.alt);
    expect(parsed.item['dc:creator']).toEqual(['Katja Jepkens', 'Kai Hauprich']);
    expect(parsed['atom:link']['@href']).toBe(channel.self);
    const json = JSON.parse(JSON.stringify(jsonFeed(channel, [item])));
    expect(json.items[0].authors).toEqual([
      { name: 'Katja Jepkens', url: item.authors[0]?.url },
      { name: 'Kai Hauprich' },
    ]);
    expect(json.items[0].content_html).toBe(item.contentHtml);
    expect(json.items[0].date_published).toBe('2018-06-15T00:00:00.000Z');
  });
});
