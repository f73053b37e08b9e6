/**
 * Bytes a reader's browser loads per page type, measured in Chromium against the built site:
 * HTML, CSS and JavaScript before any interaction (raw and gzip), and the bytes fetched up to the
 * first contentful paint.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath, gzipSize } from './util.mjs';

/** The dist file behind a URL path of the local server (no base path). */
function fileFor(dist, pathname) {
  const file = join(dist, decodeURIComponent(pathname));
  return pathname.endsWith('/') ? join(file, 'index.html') : file;
}

export async function measurePageWeights(dist, origin, pages) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const rows = [];
  try {
    for (const { type, path } of pages) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const loaded = [];
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (url.origin === origin)
          loaded.push({ kind: response.request().resourceType(), path: url.pathname });
      });
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const { fcp, beforePaint } = await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        const at = paint ? paint.startTime : Infinity;
        return {
          fcp: paint ? paint.startTime : null,
          beforePaint: performance
            .getEntriesByType('resource')
            .filter((entry) => entry.responseEnd <= at)
            .map((entry) => new URL(entry.name).pathname),
        };
      });
      const { inlineScripts, inlineStyles } = await page.evaluate(() => ({
        inlineScripts: [...document.querySelectorAll('script:not([src])')]
          .filter((s) => !(s.getAttribute('type') ?? '').includes('json'))
          .map((s) => s.textContent ?? ''),
        inlineStyles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
      }));
      await context.close();
      const sizes = { html: [0, 0], css: [0, 0], js: [0, 0] };
      const kindOf = { document: 'html', stylesheet: 'css', script: 'js' };
      for (const { kind, path: resource } of loaded) {
        const key = kindOf[kind];
        const file = fileFor(dist, resource);
        if (!key || !existsSync(file)) continue;
        const body = readFileSync(file);
        sizes[key][0] += body.length;
        sizes[key][1] += gzipSize(body);
      }
      // Inline scripts and styles travel inside the HTML; they are counted here as JS and CSS too.
      for (const script of inlineScripts) {
        sizes.js[0] += Buffer.byteLength(script);
        sizes.js[1] += gzipSize(Buffer.from(script));
      }
      for (const style of inlineStyles) {
        sizes.css[0] += Buffer.byteLength(style);
        sizes.css[1] += gzipSize(Buffer.from(style));
      }
      const paintFiles = [path, ...beforePaint]
        .map((p) => fileFor(dist, p))
        .filter((file) => existsSync(file));
      const firstPaint = paintFiles.reduce(
        (sum, file) => {
          const body = readFileSync(file);
          return [sum[0] + body.length, sum[1] + gzipSize(body)];
        },
        [0, 0],
      );
      rows.push({
        type,
        path,
        htmlRaw: sizes.html[0],
        htmlGzip: sizes.html[1],
        cssRaw: sizes.css[0],
        cssGzip: sizes.css[1],
        jsRaw: sizes.js[0],
        jsGzip: sizes.js[1],
        firstPaintRaw: firstPaint[0],
        firstPaintGzip: firstPaint[1],
        fcpMs: fcp === null ? null : Math.round(fcp),
      });
    }
  } finally {
    await browser.close();
  }
  return rows;
}
