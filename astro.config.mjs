// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { markPassages } from '#src/lib/content/mark-passages.ts';
import pagefindSearch from '#src/integrations/pagefind.ts';
import { sitemap } from '#src/integrations/sitemap.ts';
import { redirects } from '#src/lib/addresses/redirects.ts';
import { joinBase } from '#src/lib/addresses/base.ts';
import { originOf } from '#src/lib/addresses/origin.ts';
import { withoutPreloadHelper } from '#src/integrations/without-preload-helper.ts';
import { editor } from '#src/integrations/editor.ts';
import { pagePolicy } from '#src/integrations/page-policy.ts';
import {
  getSiteInfo,
  legalFieldNames,
  legalFields,
  missingFields,
  siteInfoPath,
} from '#src/lib/legal/site-info.ts';
import { isDraftBuild } from '#src/lib/draft.ts';
import { checkContent, contentReport } from '#src/lib/content/content-check.ts';
import { contentRoot } from '#src/lib/content/collections.ts';

/**
 * SITE: the public origin the site is served from (used for canonical and absolute URLs); without it,
 * the local preview's (src/lib/addresses/origin.ts).
 * BASE_PATH: a sub-folder to serve the site from, such as `/tagungsdoku` (default `/`).
 * TAGUNGSDOKU_OUT_DIR: where the build is written (default `dist`); tests build fixtures elsewhere.
 */
const site = originOf(process.env.SITE);
const base = process.env.BASE_PATH ?? '/';

/** A build without SITE writes localhost into canonical URLs, cards, citations and the sitemap: say so. */
/** @type {import('astro').AstroIntegration} */
const siteNotice = {
  name: 'tagungsdoku-site',
  hooks: {
    // Before Astro loads the collections: every problem of the content in one German list, each with
    // file, field (by its label in the editor) and what to do, and in a publication the Impressum and
    // the placeholders too (src/lib/content/content-check.ts). No stack trace unless TAGUNGSDOKU_DEBUG=1.
    'astro:config:setup': ({ command }) => {
      if (command !== 'build') return;
      const problems = checkContent(contentRoot(), { draft: isDraftBuild(process.env) });
      if (problems.length === 0) return;
      if (process.env.TAGUNGSDOKU_DEBUG === '1') throw new Error(contentReport(problems));
      console.error(`\n${contentReport(problems)}\n`);
      process.exit(1);
    },
    'astro:build:start': ({ logger }) => {
      const missing = missingFields(getSiteInfo(), legalFieldNames);
      if (process.env.SITE !== undefined && missing.length > 0) {
        const names = missing.map((field) => `${field} (${legalFields[field]})`).join(', ');
        logger.warn(
          `${siteInfoPath()}: the Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit say what is missing: ${names}.`,
        );
      }
      if (process.env.SITE === undefined) {
        logger.warn(
          `SITE is not set: canonical URLs, social cards, citations and the sitemap point to ${site}. To publish, build with SITE=https://<your host>.`,
        );
      }
    },
  },
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.TAGUNGSDOKU_OUT_DIR ?? './dist',
  // Sätteri (Astro's Markdown processor) with paragraph anchors (`#absatz-N`) on every section's text.
  // Code blocks (an imported report may have some) stay plain: Shiki's inline styles would clash with the CSP below.
  markdown: {
    // Passages are the report's: the site's own prose pages in src/pages/ (the newsletter help) have none.
    // Quotes, dashes and dots stay as the report typed them (an imported report's code too): no
    // „smart“ punctuation.
    processor: satteri({
      features: { smartPunctuation: false },
      hastPlugins: [({ fileURL }) => (fileURL?.pathname.includes('/src/pages/') ? null : markPassages())],
    }),
    syntaxHighlight: false,
  },
  // Old addresses (src/lib/addresses/redirects.ts); Astro does not put the base into a redirect's target itself.
  redirects: Object.fromEntries(Object.entries(redirects).map(([from, to]) => [from, joinBase(to, base)])),
  // The editor for the content team at /admin/ (src/integrations/editor.ts): not a reader's page.
  integrations: [siteNotice, mdx(), pagefindSearch(), sitemap(), editor(), pagePolicy()],
  vite: {
    plugins: [tailwindcss(), withoutPreloadHelper()],
    build: {
      rolldownOptions: {
        // MDX modules carry Astro's own `"use astro:head-inject"` directive, which the bundler warns
        // about once per file; Astro handles it itself. Every other warning is shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
  // The stylesheet is small (about 4 KB gzip): inlined, a page paints from its first response.
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  security: {
    // A Content-Security-Policy <meta> with hashes of every script and style Astro emits.
    // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval'.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
