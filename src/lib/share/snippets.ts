/**
 * Newsletter snippets of a report section, or of one passage in it, as plain text, Markdown and
 * e-mail-safe HTML: the title (without the report's bare number), the presenters once with their roles,
 * the conference with its date, words of the report verbatim and the absolute link. Pure and free of
 * Astro: the build writes the snippets into the „Teilen“ panel, and the panel's script (loaded on first
 * use) builds them again when an editor types a campaign or copies a passage.
 */
import type { ConferenceDate } from '#src/lib/conference-date.ts';
import { escapeHtml } from '#src/lib/html.ts';
import { escapeMarkdown } from '#src/lib/markdown.ts';
import { joinGerman } from '#src/lib/german/joining.ts';
import { conferenceLine } from '#src/lib/naming/labels.ts';
import { describeRoles, type DescribedRole } from '#src/lib/naming/names.ts';
import { mediaSummary, type MediaCarrier } from '#src/lib/materials/labels.ts';

/** UTM parameters added to shared URLs. */
export interface UtmParameters {
  source?: string | undefined;
  medium?: string | undefined;
  campaign?: string | undefined;
}

/** What `utm_source` and `utm_medium` say once an editor types a campaign, unless they change them. */
export const CAMPAIGN_DEFAULTS = { source: 'newsletter', medium: 'email' } as const;

/**
 * Reads build-time UTM parameters from the environment: `SHARE_UTM_SOURCE` (required to turn them on),
 * `SHARE_UTM_MEDIUM`, `SHARE_UTM_CAMPAIGN`. Unset or empty means clean links.
 */
export function utmFromEnv(env: Record<string, string | undefined>): UtmParameters | undefined {
  const source = env['SHARE_UTM_SOURCE']?.trim();
  if (!source) return undefined;
  return {
    source,
    medium: env['SHARE_UTM_MEDIUM']?.trim() || undefined,
    campaign: env['SHARE_UTM_CAMPAIGN']?.trim() || undefined,
  };
}

/**
 * The parameters of the „Teilen“ panel's fields: none while the campaign is empty (a clean link);
 * with a campaign, source and medium as typed, or `newsletter` and `email` where left empty.
 */
export function campaignUtm(fields: UtmParameters): UtmParameters | undefined {
  const campaign = fields.campaign?.trim();
  if (!campaign) return undefined;
  return {
    source: fields.source?.trim() || CAMPAIGN_DEFAULTS.source,
    medium: fields.medium?.trim() || CAMPAIGN_DEFAULTS.medium,
    campaign,
  };
}

/** The URL with UTM parameters (those given), kept before any `#anchor`. */
export function withUtm(url: string, utm: UtmParameters | undefined): string {
  if (!utm) return url;
  const parsed = new URL(url);
  for (const [name, value] of Object.entries(utm)) {
    if (typeof value === 'string' && value.trim() !== '')
      parsed.searchParams.set(`utm_${name}`, value.trim());
  }
  return parsed.href;
}

/** Abbreviations after which a full stop ends no sentence (`Dr. van Rießen`, `ca. zwei Drittel`). */
const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Za-zÄÖÜäöüß]|\d+|[a-zäöüß]+\.[a-zäöüß.]*|Dr|Prof|em|ca|bzw|usw|etc|vgl|ggf|evtl|inkl|sog|Nr|Abs|St|Hrsg|Mio|Mrd)\.$/u;

/**
 * The sentences of a German text, verbatim: a sentence ends at `.`, `!` or `?` (and a closing quote)
 * before a capital letter or an opening quote, unless the full stop closes an abbreviation or a number.
 */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?][“‘"»)]*(?=\s+[„"«‚A-ZÄÖÜ])/gu)) {
    const end = (match.index ?? 0) + match[0].length;
    const candidate = text.slice(start, end);
    if (match[0].startsWith('.') && ABBREVIATION.test(candidate.replace(/[“‘"»)]+$/u, ''))) continue;
    sentences.push(candidate.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/** A sentence worth quoting on its own: complete, neither a fragment nor a whole page. */
function quotable(sentence: string): boolean {
  const words = sentence.split(/\s+/u).length;
  return /[.!?][“‘"»)]*$/u.test(sentence) && words >= 8 && sentence.length <= 320;
}

/**
 * The sentence a section's snippet quotes: the first quotable one (from its description, then its
 * text) that names none of its presenters, since the snippet names them already with their roles;
 * the description itself where every sentence does.
 */
export function snippetSentence(
  description: string,
  texts: readonly string[],
  presenterNames: readonly string[],
): string {
  const names = presenterNames.filter((name) => name.trim() !== '');
  const candidates = [description, ...texts].flatMap(sentencesOf).filter(quotable);
  return candidates.find((sentence) => !names.some((name) => sentence.includes(name))) ?? description;
}

/** The opening words of a passage, for its snippet: its first sentence, or its first `limit` words and „…“. */
export function openingWords(text: string, limit = 24): string {
  const [first = ''] = sentencesOf(text.replace(/\s+/gu, ' ').trim());
  const words = first.split(' ');
  return words.length <= limit ? first : `${words.slice(0, limit).join(' ')} …`;
}

/**
 * The conference as a snippet names it: `Tagung „Integration im Sozialraum“, 15. Juni 2018` (its
 * `conferenceLine` run on with a comma), in the same quotation marks as everywhere else on the site;
 * single ones (‚…‘) only where it stands inside a quotation (`quoted`).
 */
export function snippetConferenceLine(conference: { reportTitle: string; date: ConferenceDate }): string {
  return conferenceLine(conference, ', ');
}

/** A presenter as a snippet names them: `Katja Jepkens (wissenschaftliche Mitarbeiterin, INTESO)`. */
export interface SnippetPerson {
  name: string;
  /** Roles in the report's words, or empty. */
  role: string;
}

/** The section's card, as an e-mail shows it. */
export interface SnippetImage {
  /** Absolute URL. */
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** What a section's snippet says. */
export interface ShareContent {
  /** The section's title, without its number: `Online-Befragung`. */
  title: string;
  presenters: readonly SnippetPerson[];
  /** `Tagung „Integration im Sozialraum“, 15. Juni 2018` (see `snippetConferenceLine`). */
  conference: string;
  /** One sentence of the report, verbatim. */
  sentence: string;
  /** Absolute URL, with UTM parameters where wanted. */
  url: string;
  /** The section's card, shown above the title in the HTML snippet when given. */
  image?: SnippetImage | undefined;
  /** What the section carries beyond its text: `Folien, Fotos und Aufzeichnung` (see `mediaSummary`). */
  media?: string | undefined;
}

/** The three snippet formats. */
export interface ShareSnippets {
  text: string;
  markdown: string;
  html: string;
}

/** A hard line break in Markdown: a backslash at the line's end (trailing spaces get lost on the way). */
const MARKDOWN_BREAK = '\\\n';

/** `Mit Katja Jepkens (wissenschaftliche Mitarbeiterin, INTESO) und Kai Hauprich (…)`, or empty. */
function presenterLine(presenters: readonly SnippetPerson[]): string {
  if (presenters.length === 0) return '';
  return `Mit ${joinGerman(presenters.map((person) => (person.role ? `${person.name} (${person.role})` : person.name)))}`;
}

/** Words in German quotation marks; quotation marks inside them become single ones (‚…‘). */
function quoted(words: string): string {
  return `„${nestQuotes(words)}“`;
}

function nestQuotes(text: string): string {
  return text.replace(/„/gu, '‚').replace(/“/gu, '‘');
}

// E-mail-safe HTML: inline styles only (mail clients drop <style> and classes), web-safe fonts, 600 px.
const STYLE = {
  box: 'max-width:600px;margin:0 0 16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1d1b18',
  image: 'display:block;width:100%;max-width:600px;height:auto;margin:0 0 12px;border:0',
  title:
    "margin:0 0 4px;font-family:Georgia,'Times New Roman',Times,serif;font-size:20px;line-height:1.3;font-weight:bold",
  link: 'color:#8a2c0d;text-decoration:underline',
  meta: 'margin:0 0 12px;font-size:14px;line-height:1.4;color:#58534b',
  quote: 'margin:0 0 12px;padding:0 0 0 12px;border-left:3px solid #d8d2c6;font-style:italic',
  more: 'margin:0;font-size:14px',
} as const;

function htmlLink(url: string, label: string): string {
  return `<a href="${escapeHtml(url)}" style="${STYLE.link}">${escapeHtml(label)}</a>`;
}

function htmlImage(image: SnippetImage, url: string): string {
  const height = Math.round((image.height * 600) / image.width);
  const img = `<img src="${escapeHtml(image.url)}" width="600" height="${height}" alt="${escapeHtml(image.alt)}" style="${STYLE.image}">`;
  return `<a href="${escapeHtml(url)}">${img}</a>`;
}

/** Builds the plain-text, Markdown and HTML snippets for one section. */
export function shareSnippets(content: ShareContent): ShareSnippets {
  const { title, conference, sentence, url } = content;
  const byLine = presenterLine(content.presenters);
  const media = content.media ? `Zum Beitrag: ${content.media}` : '';
  const text = [[title, byLine, conference, media].filter(Boolean).join('\n'), quoted(sentence), url].join(
    '\n\n',
  );
  const markdown = [
    [
      `**[${escapeMarkdown(title)}](${url})**`,
      ...[byLine, conference, media].filter(Boolean).map(escapeMarkdown),
    ].join(MARKDOWN_BREAK),
    `> ${escapeMarkdown(quoted(sentence))}`,
    `[Im Bericht weiterlesen](${url})`,
  ].join('\n\n');
  const meta = [byLine, conference, media].filter(Boolean).map(escapeHtml).join('<br>');
  const html = [
    `<div style="${STYLE.box}">`,
    content.image ? htmlImage(content.image, url) : '',
    `<p style="${STYLE.title}">${htmlLink(url, title)}</p>`,
    `<p style="${STYLE.meta}">${meta}</p>`,
    `<p style="${STYLE.quote}">${escapeHtml(quoted(sentence))}</p>`,
    `<p style="${STYLE.more}">${htmlLink(url, 'Im Bericht weiterlesen')}</p>`,
    '</div>',
  ].join('');
  return { text, markdown, html };
}

/** What a passage's snippet says. */
export interface PassageContent {
  /** The passage's opening words (see `openingWords`). */
  opening: string;
  /** The section's title, without its number. */
  section: string;
  /** The presenters' names, without roles. */
  presenters: readonly string[];
  conference: string;
  /** Absolute URL of the passage (`…/raumerleben/#absatz-3`). */
  url: string;
}

/** A passage as a snippet: its opening words in quotes, where they come from, and its link. */
export function passageSnippets(content: PassageContent): ShareSnippets {
  const { opening, section, presenters, conference, url } = content;
  const source = `Aus: ${section}${presenters.length > 0 ? ` (${joinGerman(presenters)})` : ''}, ${conference}`;
  const text = [quoted(opening), source, url].join('\n');
  const markdown = [
    `> ${escapeMarkdown(quoted(opening))}`,
    `${escapeMarkdown(source)}${MARKDOWN_BREAK}[Zur Stelle im Bericht](${url})`,
  ].join('\n\n');
  const html = [
    `<div style="${STYLE.box}">`,
    `<p style="${STYLE.quote}">${escapeHtml(quoted(opening))}</p>`,
    `<p style="${STYLE.meta}">${escapeHtml(source)}<br>${htmlLink(url, 'Zur Stelle im Bericht')}</p>`,
    '</div>',
  ].join('');
  return { text, markdown, html };
}

/**
 * Plain text as simple HTML (escaped, line breaks kept, addresses linked): what a rich editor shows
 * when an editor copies the text or Markdown version, so that it pastes as the same characters.
 */
export function textAsHtml(text: string): string {
  return text
    .split(/\n{2,}/u)
    .map((block) => {
      const lines = block.split('\n').map((line) => {
        const escaped = escapeHtml(line);
        return /^https?:\/\/\S+$/u.test(line) ? `<a href="${escaped}">${escaped}</a>` : escaped;
      });
      return `<p>${lines.join('<br>')}</p>`;
    })
    .join('');
}

/** The fields of a section and its conference that a snippet uses. */
export interface SnippetSection {
  title: string;
  description: string;
  /** The section's passages, in reading order. */
  passages: readonly { text: string }[];
  presenters: readonly { displayName: string; sortName: string; roles: readonly DescribedRole[] }[];
  /** What the section carries beyond its text, where it has any (see `mediaSummary`). */
  materials?: MediaCarrier['materials'] | undefined;
  photos?: MediaCarrier['photos'] | undefined;
  recording?: MediaCarrier['recording'] | undefined;
}

/**
 * What a section's snippet says, from the report's own words: its title, its presenters with their
 * roles, the conference line, the sentence to quote (see `snippetSentence`), its URL and card.
 */
export function sectionShareContent(
  section: SnippetSection,
  conference: string,
  url: string,
  image: SnippetImage | undefined,
): ShareContent {
  const familyNames = section.presenters.map((person) => person.sortName.split(',')[0] ?? '');
  return {
    title: section.title,
    presenters: section.presenters.map((person) => ({
      name: person.displayName,
      role: describeRoles(person.roles),
    })),
    conference,
    sentence: snippetSentence(
      section.description,
      section.passages.map((passage) => passage.text),
      familyNames,
    ),
    url,
    image,
    ...mediaLine(section),
  };
}

/** The snippet's `media` line, only for a section that carries materials, photos or a recording. */
function mediaLine(section: SnippetSection): { media?: string } {
  const media = mediaSummary({
    materials: section.materials ?? [],
    photos: section.photos ?? [],
    recording: section.recording,
  });
  return media === '' ? {} : { media };
}
