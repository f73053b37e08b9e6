/** robots.txt: everything may be indexed; points to the sitemap at the configured origin and base. */
import type { APIRoute } from 'astro';
import { sitePath } from '~/lib/site/urls';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs: `site` is not set (set SITE)');
  const sitemap = new URL(sitePath('/sitemap.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
