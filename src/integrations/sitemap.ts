/**
 * Writes `sitemap.xml` after the build from the HTML pages actually written (so new routes are listed
 * without code changes): every published page except 404 and redirect pages, as absolute URLs.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPublishedPage, isRedirectPage, pagePathOf, sitemapXml } from '~/lib/site/built-site';
import { joinBase } from '~/lib/site/urls';

export function sitemap(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'tagungsdoku-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site)
          throw new Error('astro.config.mjs: `site` is not set (set SITE); the sitemap needs absolute URLs');
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).map((file) =>
          relative(root, join(root, file)),
        );
        const urls: string[] = [];
        for (const file of files.filter(isPublishedPage).sort()) {
          if (isRedirectPage(await readFile(join(root, file), 'utf8'))) continue;
          urls.push(new URL(joinBase(pagePathOf(file), base), site).href);
        }
        await writeFile(join(root, 'sitemap.xml'), sitemapXml(urls));
        logger.info(`sitemap.xml lists ${urls.length} pages`);
      },
    },
  };
}
