/**
 * The site served from a sub-folder: a real build with a base path and SITE set, served as a static host
 * would (tools/serve.mjs), and every link, script, stylesheet, image and anchor on every page must resolve
 * there, every absolute URL must carry the SITE origin and the base. The build is the GitHub workflow's
 * publication of a project site (tests/build/publish-workflow.test.ts), which is such a build: one build
 * for both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublishedPage, pageAddressOf } from '#src/lib/addresses/built-files.ts';
import { extractIds } from '#src/lib/permalinks/manifest.ts';
import { serveBuild, type ServedSite } from '../support/scratch-build.ts';

/** A build under a base path: its `dist`, the SITE origin and the base (`/tagungsdoku/`) it was made with. */
export interface BasePathBuild {
  outDir: string;
  site: string;
  base: string;
}

const port = Number(process.env['TEST_PORT'] ?? 4500) + 1;
const origin = `http://127.0.0.1:${port}`;

/** Every URL an HTML page points to: links, stylesheets, scripts, images, and URLs in meta tags. */
function referencesIn(html: string): string[] {
  const attributes = [...html.matchAll(/\s(?:href|src)="([^"]+)"/gu)].map((match) => match[1] ?? '');
  const metas = [...html.matchAll(/<meta [^>]*content="((?:https?:\/\/)[^"]+)"/gu)].map(
    (match) => match[1] ?? '',
  );
  return [...attributes, ...metas].map((value) => value.replaceAll('&amp;', '&'));
}

/** The checks of a build under a base path, on the build `built()` gives when they run. */
export function describeBasePathBuild(built: () => BasePathBuild): void {
  describe('a build under a base path', () => {
    let server: ServedSite | undefined;
    let outDir = '';
    let site = '';
    let base = '';

    beforeAll(async () => {
      ({ outDir, site, base } = built());
      server = await serveBuild(outDir, port, base);
    });

    afterAll(() => server?.stop());

    it('has every link, asset and anchor resolve under the base, and absolute URLs on the SITE origin', async () => {
      const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
        file.endsWith('.html'),
      );
      expect(pages.filter(isPublishedPage).length).toBeGreaterThanOrEqual(13);
      const ids = new Map<string, Set<string>>();
      const references: { from: string; url: URL }[] = [];
      for (const file of pages) {
        const html = readFileSync(join(outDir, file), 'utf8');
        const path = pageAddressOf(file, base);
        ids.set(path, new Set(extractIds(html)));
        for (const reference of referencesIn(html)) {
          const url = new URL(reference, `${origin}${path}`);
          if (url.origin === site)
            references.push({ from: path, url: new URL(`${url.pathname}${url.hash}`, origin) });
          else references.push({ from: path, url });
        }
      }
      const problems: string[] = [];
      const status = new Map<string, number>();
      for (const { from, url } of references) {
        // An e-mail address (the Impressum's, „Fehler melden“) is no address of a host.
        if (url.protocol === 'mailto:') continue;
        if (url.origin !== origin) {
          problems.push(`${from}: ${url.href} is on another host`);
          continue;
        }
        if (!url.pathname.startsWith(base)) problems.push(`${from}: ${url.pathname} is outside ${base}`);
        if (!status.has(url.pathname))
          status.set(url.pathname, (await fetch(`${origin}${url.pathname}`, { method: 'HEAD' })).status);
        if (status.get(url.pathname) !== 200)
          problems.push(`${from}: ${url.pathname} answers ${status.get(url.pathname)}`);
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !ids.get(url.pathname)?.has(anchor))
          problems.push(`${from}: ${url.pathname}#${anchor} has no such anchor`);
      }
      expect(problems).toEqual([]);
      // The references cover pages, assets, cards and downloads.
      const paths = references.map(({ url }) => url.pathname);
      for (const expected of [
        `${base}tagung-2018/raumerleben/`,
        `${base}og/tagung-2018/raumerleben.png`,
        `${base}tagung-2018/raumerleben/zitat.bib`,
        `${base}tagung-2018.pdf`,
        `${base}tagung-2018.epub`,
        `${base}tagung-2018.json`,
        `${base}programm.schema.json`,
        `${base}favicon.svg`,
      ]) {
        expect(paths).toContain(expected);
      }
    });

    it('puts SITE and the base into every address inside the downloads', async () => {
      const data = (await (await fetch(`${origin}${base}tagung-2018.json`)).json()) as {
        $schema: string;
        sections: { url: string; markdown: string }[];
      };
      expect(data.$schema).toBe(`${site}${base}programm.schema.json`);
      for (const section of data.sections) {
        expect(section.url.startsWith(`${site}${base}tagung-2018/`), section.url).toBe(true);
        expect(section.markdown.startsWith(`${site}${base}tagung-2018/`), section.markdown).toBe(true);
        const markdown = `${origin}${new URL(section.markdown).pathname}`;
        expect((await fetch(markdown)).status, markdown).toBe(200);
      }
      const llms = await (await fetch(`${origin}${base}llms.txt`)).text();
      expect(llms).toContain(`(${site}${base}tagung-2018.md)`);
      const pdf = Buffer.from(await (await fetch(`${origin}${base}tagung-2018.pdf`)).arrayBuffer()).toString(
        'latin1',
      );
      expect(pdf).toContain(`/URI (${site}${base}tagung-2018/raumerleben/)`);
    });

    it('puts the base into canonical URLs, the sitemap and robots.txt', async () => {
      const html = readFileSync(join(outDir, 'tagung-2018', 'raumerleben', 'index.html'), 'utf8');
      expect(html).toContain(`<link rel="canonical" href="${site}${base}tagung-2018/raumerleben/">`);
      const sitemap = await (await fetch(`${origin}${base}sitemap.xml`)).text();
      expect(sitemap).toContain(`<loc>${site}${base}tagung-2018/raumerleben/</loc>`);
      expect(await (await fetch(`${origin}${base}robots.txt`)).text()).toContain(
        `Sitemap: ${site}${base}sitemap.xml`,
      );
    });

    it('gives every address in both feeds absolute, on the SITE origin and under the base, and each resolves', async () => {
      const rss = new XMLParser({ ignoreAttributes: false }).parse(
        readFileSync(join(outDir, 'feed.xml'), 'utf8'),
      );
      const json = JSON.parse(readFileSync(join(outDir, 'feed.json'), 'utf8')) as unknown;
      const addresses: string[] = [];
      const collect = (value: unknown): void => {
        if (typeof value === 'string') {
          if (/^https?:\/\//u.test(value)) addresses.push(value);
          else
            addresses.push(
              ...[...value.matchAll(/\s(?:href|src)="([^"]+)"/gu)].map((match) => match[1] ?? ''),
            );
        } else if (value && typeof value === 'object') Object.values(value).forEach(collect);
      };
      collect(rss);
      collect(json);
      // Items, cards, authors, the feeds themselves: far more than one address per section.
      expect(addresses.length).toBeGreaterThan(40);
      const problems: string[] = [];
      for (const address of new Set(addresses)) {
        const url = new URL(address.replaceAll('&amp;', '&'));
        if (!address.startsWith(`${site}${base}`)) {
          // Namespace names are identifiers, not addresses of this site.
          if (!/^https?:\/\/(?:purl\.org|search\.yahoo\.com|www\.w3\.org|jsonfeed\.org)\//u.test(address))
            problems.push(`${address} is not under ${site}${base}`);
          continue;
        }
        const status = (await fetch(`${origin}${url.pathname}`, { method: 'HEAD' })).status;
        if (status !== 200) problems.push(`${address} answers ${status}`);
      }
      expect(problems).toEqual([]);
    });
  });
}
