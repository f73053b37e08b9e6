/** robots.txt: everything may be indexed; points to the sitemap at the configured origin and base. */
import type { APIRoute } from 'astro';
import { sitemapPath } from '~/lib/addresses/paths';
import { absoluteUrl } from '~/lib/addresses/origin';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapPath())}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
