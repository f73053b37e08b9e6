/**
 * The examples of the help page for newsletter editors, taken from the report's data, none typed in: a
 * section with presenters (its address and a passage's), a link with a campaign, the feeds, and the
 * feed blocks for Mailchimp and Brevo. Links go to site paths (so they work on any host); the text shows
 * the full public address.
 */
import type { ConferenceDate } from '#src/lib/conference-date.ts';
import { absoluteUrl } from '#src/lib/addresses/origin.ts';
import { feedPath, homePath } from '#src/lib/addresses/paths.ts';
import { formatDateGerman } from '#src/lib/naming/labels.ts';
import { CAMPAIGN_DEFAULTS, withUtm } from '#src/lib/share/snippets.ts';

/** A conference as the examples read it. */
export interface HelpConference {
  date: ConferenceDate;
  sections: readonly { url: string; presenters: readonly unknown[]; passages: readonly { id: string }[] }[];
}

/** A path on the site and the public address it shows as. */
export interface HelpLink {
  path: string;
  url: string;
}

export interface NewsletterHelpExamples {
  /** A section, the first with presenters. */
  section: HelpLink;
  /** Its first passage, and that passage's id. */
  passage: HelpLink & { id: string };
  /** The section's address with the example campaign. */
  campaignUrl: string;
  /** The example campaign's name. */
  campaign: string;
  rss: HelpLink;
  json: HelpLink;
  /** The conferences' dates, which every feed item carries. */
  dates: string;
  /** A Mailchimp feed block with the first three items. */
  mailchimpBlock: string;
  /** A Brevo template that reads the JSON feed. */
  brevoTemplate: string;
}

const link = (path: string): HelpLink => ({ path, url: absoluteUrl(path) });

/** The help page's examples from the conferences, newest first. */
export function newsletterHelpExamples(conferences: readonly HelpConference[]): NewsletterHelpExamples {
  const [latest] = conferences;
  const example = latest?.sections.find((section) => section.presenters.length > 0) ?? latest?.sections[0];
  const section = link(example?.url ?? homePath());
  const id = example?.passages[0]?.id ?? 'absatz-1';
  const rss = link(feedPath('rss'));
  const campaign = 'juni-rundbrief';
  return {
    section,
    passage: { id, path: `${section.path}#${id}`, url: `${section.url}#${id}` },
    campaignUrl: withUtm(section.url, { ...CAMPAIGN_DEFAULTS, campaign }),
    campaign,
    rss,
    json: link(feedPath('json')),
    dates: [...new Set(conferences.map((conference) => formatDateGerman(conference.date)))].join(', '),
    mailchimpBlock: [
      `*|FEEDBLOCK:${rss.url}|*`,
      '*|FEEDITEMS:[$count=3]|*',
      '<h2><a href="*|FEEDITEM:URL|*">*|FEEDITEM:TITLE|*</a></h2>',
      '*|FEEDITEM:CONTENT|*',
      '*|END:FEEDITEMS|*',
      '*|END:FEEDBLOCK|*',
    ].join('\n'),
    brevoTemplate: [
      '<!--feed.bericht : {{feed.get("bericht")}}-->',
      '<a href="{{ feed.bericht.items.0.url }}">{{ feed.bericht.items.0.title }}</a>',
      '<p>{{ feed.bericht.items.0.summary }}</p>',
    ].join('\n'),
  };
}
