/** robots.txt: everything may be indexed; points to the sitemap at the configured origin and base. */
import type { APIRoute } from 'astro';
import { sitemapPath } from '#src/lib/addresses/paths.ts';
import { absoluteUrl } from '#src/lib/addresses/origin.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapPath())}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
