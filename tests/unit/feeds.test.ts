import { XMLParser } from 'fast-xml-parser';
import { conferenceDay } from '#src/lib/conference-date.ts';
import { describe, expect, it } from 'vitest';
import { jsonFeed, rssFeed } from '#src/lib/feeds/formats.ts';
import { feedHtml, feedItem, type FeedChannel } from '#src/lib/feeds/items.ts';
import { reportFeedChannel, sectionFeedItem } from '#src/lib/feeds/report-feed.ts';
import { sectionCard } from '#src/lib/cards/card-text.ts';
import { renderSocialCard } from '#src/lib/cards/draw.ts';
import { reportConference } from '../support/report.ts';

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
    const item = feedItem(section, html, image, { year: 2018, month: 6, day: 15 }, site);
    expect(item.url).toBe(`${site}/tagungsdoku/tagung-2018/online-befragung/`);
    expect(item.image.url).toBe(`${site}/tagungsdoku/og/tagung-2018/online-befragung.png`);
    expect(item.authors).toEqual([
      { name: 'Katja Jepkens', url: `${site}/tagungsdoku/referierende/katja-jepkens/` },
      { name: 'Kai Hauprich', url: undefined },
    ]);
  });

  it('come out of both feeds intact: escaped XML that parses back to the same words, and JSON Feed 1.1', async () => {
    const item = feedItem(section, html, image, { year: 2018, month: 6, day: 15 }, site);
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

describe('the report’s feed', () => {
  it('names the conference, the site and each report with its date, at addresses under the site', async () => {
    const channel = await reportFeedChannel('rss', new URL(site));
    const conference = await reportConference();
    expect(channel).toEqual({
      title: `${conference.reportTitle} – Tagungsdoku`,
      description: 'Der Bericht, Abschnitt für Abschnitt: Tagung „Integration im Sozialraum“, 15. Juni 2018',
      home: `${site}/`,
      self: `${site}/feed.xml`,
      language: 'de',
    });
  });

  it('has an item per section with its address, presenters’ register pages, topics and card', async () => {
    const conference = await reportConference();
    for (const section of conference.sections) {
      const item = await sectionFeedItem(conference, section, '<p>Text</p>', new URL(site));
      expect(item.url).toBe(`${site}/tagung-2018/${section.slug}/`);
      expect(item.title).toBe(section.title);
      expect(item.summary).toBe(section.description);
      expect(item.date).toEqual(conferenceDay(conference.date));
      expect(item.authors).toEqual(
        section.presenters.map((person) => ({
          name: person.displayName,
          url: `${site}/referierende/${person.id}/`,
        })),
      );
      expect(item.tags).toEqual(section.topics.map((topic) => topic.title));
      const card = sectionCard(section, conference);
      expect(item.image).toMatchObject({
        url: `${site}/og/tagung-2018/${section.slug}.png`,
        alt: card.alt,
        length: (await renderSocialCard(card)).byteLength,
        type: 'image/png',
      });
    }
    const survey = conference.sections.find((section) => section.slug === 'online-befragung');
    expect(survey?.presenters.map((person) => person.displayName)).toEqual(['Katja Jepkens', 'Kai Hauprich']);
  });
});
