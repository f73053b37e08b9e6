/**
 * Newsletter snippets for a report section: plain text, Markdown and HTML, each with the section's
 * number and title, its presenters, one sentence from the report and the absolute URL. Pure.
 */
import { escapeHtml } from '~/lib/html';

/** UTM parameters added to shared URLs; none by default. */
export interface UtmParameters {
  source: string;
  medium?: string | undefined;
  campaign?: string | undefined;
}

/**
 * Reads UTM parameters from the environment: `SHARE_UTM_SOURCE` (required to turn them on),
 * `SHARE_UTM_MEDIUM`, `SHARE_UTM_CAMPAIGN`. Unset or empty means no UTM parameters.
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

/** The URL with UTM parameters, kept before any `#anchor`. */
export function withUtm(url: string, utm: UtmParameters | undefined): string {
  if (!utm) return url;
  const parsed = new URL(url);
  parsed.searchParams.set('utm_source', utm.source);
  if (utm.medium) parsed.searchParams.set('utm_medium', utm.medium);
  if (utm.campaign) parsed.searchParams.set('utm_campaign', utm.campaign);
  return parsed.href;
}

/** What a snippet says. */
export interface ShareContent {
  /** `3.2 Kölner Flüchtlingsstudien`. */
  title: string;
  /** `Vera Schwarzenberg und Felix Leßke`, or empty. */
  presenters: string;
  /** One sentence from the report, verbatim. */
  sentence: string;
  /** Absolute URL, with UTM parameters if configured. */
  url: string;
}

/** The three snippet formats. */
export interface ShareSnippets {
  text: string;
  markdown: string;
  html: string;
}

/** Markdown special characters that would change the meaning of a title or sentence. */
function escapeMarkdown(value: string): string {
  return value.replace(/([\\`*_[\]<>])/gu, '\\$1');
}

/** Builds the plain-text, Markdown and HTML snippets for one section. */
export function shareSnippets(content: ShareContent): ShareSnippets {
  const { title, presenters, sentence, url } = content;
  const byLine = presenters ? `Mit ${presenters}` : '';
  const text = [title, byLine, sentence, url].filter(Boolean).join('\n');
  const markdown = [
    `**[${escapeMarkdown(title)}](${url})**`,
    ...(byLine ? [escapeMarkdown(byLine)] : []),
    `> ${escapeMarkdown(sentence)}`,
  ].join('\n\n');
  const html = [
    `<p><strong><a href="${escapeHtml(url)}">${escapeHtml(title)}</a></strong>`,
    ...(byLine ? [`<br>${escapeHtml(byLine)}`] : []),
    '</p>',
    `<blockquote><p>${escapeHtml(sentence)}</p></blockquote>`,
  ].join('');
  return { text, markdown, html };
}
