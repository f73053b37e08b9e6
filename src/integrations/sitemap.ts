/**
 * Writes `sitemap.xml` after the build from the HTML pages actually written (so new routes are listed
 * without code changes): every published page except 404 and redirect pages, as absolute URLs.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPublishedPage, pageAddressOf } from '#src/lib/addresses/built-files.ts';
import { absoluteUrl, originOf } from '#src/lib/addresses/origin.ts';
import { isRedirectPage, sitemapXml } from '#src/lib/permalinks/manifest.ts';

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
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).map((file) =>
          relative(root, join(root, file)),
        );
        const urls: string[] = [];
        for (const file of files.filter(isPublishedPage).sort()) {
          if (isRedirectPage(await readFile(join(root, file), 'utf8'))) continue;
          urls.push(absoluteUrl(pageAddressOf(file, base), originOf(site)));
        }
        await writeFile(join(root, 'sitemap.xml'), sitemapXml(urls));
        logger.info(`sitemap.xml lists ${urls.length} pages`);
      },
    },
  };
}
