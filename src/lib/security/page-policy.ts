/**
 * Astro's Content-Security-Policy <meta> lists the hashes of every inline script and style the whole
 * build emits, on every page: on a section page 14 hashes, 12 of them for code that page does not
 * have. A hash is some 55 characters no compression can shorten, and the <meta> is part of the first
 * response a page must paint from. `ownHashesOnly` keeps in each page's policy the hashes of the inline
 * scripts and styles that page itself holds; a hash of code elsewhere allows nothing here. The site
 * inserts no inline script or style at run time (its scripts load code from `'self'`), so nothing the
 * page does needs more.
 */
import { createHash } from 'node:crypto';

const POLICY_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/iu;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/giu;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/giu;
const HASH_SOURCE = /\s*'sha256-[A-Za-z0-9+/=]+'/gu;

/** The CSP source for a piece of inline code: `'sha256-…'` of its text as written in the page. */
export function hashSource(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** The text of each inline script of the page (not of a script loaded from a file). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? '');
}

/** The hash sources of the page's own inline scripts and styles. */
function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const pattern of [INLINE_SCRIPT, INLINE_STYLE]) {
    for (const match of html.matchAll(pattern)) hashes.add(hashSource(match[1] ?? ''));
  }
  return hashes;
}

/** The page with its policy's hash sources cut to those of its own inline code; unchanged without a policy. */
export function ownHashesOnly(html: string): string {
  const meta = POLICY_META.exec(html);
  if (!meta?.[1]) return html;
  const own = inlineHashes(html);
  const policy = meta[1].replace(HASH_SOURCE, (source) => (own.has(source.trim()) ? source : ''));
  return html.replace(meta[0], meta[0].replace(meta[1], policy));
}

/** The page with its policy's hash of inline code it changed (`code`, now `newCode`) swapped for the new one's. */
export function withHashSwapped(html: string, code: string, newCode: string): string {
  const meta = POLICY_META.exec(html);
  if (!meta?.[1]) return html;
  const policy = meta[1].replace(hashSource(code), () => hashSource(newCode));
  return html.replace(meta[0], () => meta[0].replace(meta[1] ?? '', () => policy));
}
