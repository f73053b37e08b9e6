// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { sitemap } from './src/integrations/sitemap';
import { redirects } from './src/lib/redirects';
import { joinBase } from './src/lib/urls';

/**
 * SITE: the public origin the site is served from (used for canonical and absolute URLs).
 * BASE_PATH: a sub-folder to serve the site from, such as `/tagungsdoku` (default `/`).
 * TAGUNGSDOKU_OUT_DIR: where the build is written (default `dist`); tests build fixtures elsewhere.
 */
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.TAGUNGSDOKU_OUT_DIR ?? './dist',
  // Old addresses (src/lib/redirects.ts); Astro does not put the base into a redirect's target itself.
  redirects: Object.fromEntries(Object.entries(redirects).map(([from, to]) => [from, joinBase(to, base)])),
  integrations: [mdx(), sitemap()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
