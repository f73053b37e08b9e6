/**
 * The report's sections as feed items, for the RSS and JSON feeds that newsletter tools read
 * (`/feed.xml`, `/feed.json`). Pure: takes the shaped sections, their rendered text and the size of
 * their cards, and gives absolute addresses under the configured site and base.
 */
import { conferenceDay, type ConferenceDate } from '#src/lib/conference-date.ts';
import { absoluteUrl } from '#src/lib/addresses/origin.ts';
import { withoutPassageLinks } from '#src/lib/content/passage-links.ts';
import { decodeEntities, escapeHtml } from '#src/lib/html.ts';
import {
  feedAttachments,
  type FeedAttachment,
  type FeedMediaSection,
} from '#src/lib/materials/feed-attachments.ts';

/** The fields of a section a feed item uses (its materials and recording: see `feed-attachments.ts`). */
export interface FeedSection extends FeedMediaSection {
  title: string;
  description: string;
  /** Site path with base: `/tagung-2018/online-befragung/`. */
  url: string;
  presenters: readonly { displayName: string; url: string | undefined }[];
  topics: readonly { title: string }[];
}

/** A section's card as the feed announces it. */
export interface FeedImage {
  /** Site path with base: `/og/tagung-2018/online-befragung.png`. */
  path: string;
  alt: string;
  /** Size of the PNG file in bytes. */
  length: number;
  width: number;
  height: number;
}

/** One item of the feeds: one report section. */
export interface FeedItem {
  /** The section's permanent address, absolute; also the item's id. */
  url: string;
  title: string;
  /** The section's description: one sentence of the report. */
  summary: string;
  /** The section's text as HTML, with absolute links. */
  contentHtml: string;
  /**
   * The conference's day: the report's sections carry no other date. Undefined when the conference
   * has only a month and year: the item then carries no date rather than an invented day.
   */
  date: Date | undefined;
  authors: readonly { name: string; url: string | undefined }[];
  tags: readonly string[];
  image: FeedImage & { url: string; type: 'image/png' };
  /** The files the section carries (materials, a recording of the site's own), after the card. */
  attachments: readonly FeedAttachment[];
}

/**
 * A section's rendered text made to stand on its own in a feed reader or an e-mail: the passage
 * controls go, every `href` and `src` becomes absolute (against the section's own address).
 */
export function feedHtml(html: string, sectionUrl: string): string {
  return withoutPassageLinks(html).replace(/\s(href|src)="([^"]*)"/gu, (_, name: string, value: string) => {
    const absolute = absoluteUrl(decodeEntities(value), sectionUrl);
    return ` ${name}="${escapeHtml(absolute)}"`;
  });
}

/** One feed item from a section, its rendered text, its card and the conference's date. */
export function feedItem(
  section: FeedSection,
  contentHtml: string,
  image: FeedImage,
  date: ConferenceDate,
  site: URL | string,
): FeedItem {
  const url = absoluteUrl(section.url, site);
  return {
    url,
    title: section.title,
    summary: section.description,
    contentHtml: feedHtml(contentHtml, url),
    date: conferenceDay(date),
    authors: section.presenters.map((person) => ({
      name: person.displayName,
      url: person.url === undefined ? undefined : absoluteUrl(person.url, site),
    })),
    tags: section.topics.map((topic) => topic.title),
    image: { ...image, url: absoluteUrl(image.path, site), type: 'image/png' },
    attachments: feedAttachments(section, site),
  };
}

/** What a feed says about itself. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute address of the site's home page. */
  home: string;
  /** Absolute address of the feed itself. */
  self: string;
  language: string;
}
