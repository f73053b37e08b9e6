/**
 * The fixture conference with materials, photos and recordings, checked in the scratch build of
 * second-conference.test.ts (one build for both): the files as published, the pages as a reader's
 * browser gets them (axe in both themes, every budget, no request to another host before a click, the
 * platform's player only after it), the data, feeds, search and snippet that name the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLOUR_RULES, axeViolations } from '../support/axe.ts';
import { isPublishedFile } from '#src/lib/addresses/built-files.ts';
import { formatFileSize } from '#src/lib/downloads/links.ts';
import { chromiumArgs, testBrowserPath } from '../../tools/chromium.mjs';
import {
  CSS_BUDGET,
  FIRST_RESPONSE_BUDGET,
  JS_BUDGET,
  firstResponseBytes,
  loadedBytes,
} from '../support/budgets.ts';
import { epubSpineText, letters, pdfInfo, pdfText } from '../support/downloads.ts';
import { materialFixture as fixture, materialFixtureDir } from '../support/material-fixture.ts';
import { serveBuild, type ScratchBuild, type ServedSite } from '../support/scratch-build.ts';

const port = Number(process.env['TEST_PORT'] ?? 4500) + 2;
const origin = `http://127.0.0.1:${port}`;

/** The built file behind a site path (the build has no base path). */
function builtFile(dist: string, path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/** The pages of the fixture a reader opens. */
const pages = [fixture.talk, fixture.panel, fixture.conference, '/datenschutz/'];

export function describeMaterialsConference(getBuild: () => ScratchBuild): void {
  describe('the fixture conference with materials, photos and recordings', () => {
    let dist = '';
    const html = (path: string) => readFileSync(builtFile(dist, path), 'utf8');

    beforeAll(() => {
      const build = getBuild();
      expect(build.status, build.output).toBe(0);
      dist = join(build.root, 'dist');
    });

    it('publishes each file as it lies beside the section, at an address in the section’s material/ folder', () => {
      for (const name of ['slides', 'handout', 'video', 'captions'] as const) {
        const published = readFileSync(builtFile(dist, fixture[name]));
        expect(published.equals(readFileSync(join(materialFixtureDir, fixture.sources[name]))), name).toBe(
          true,
        );
        expect(isPublishedFile(fixture[name].slice(1)), name).toBe(true);
      }
      // Only what the content names is published: the transcript is text on the page, not a file.
      const folder = readdirSync(join(dist, 'tagung-2016', 'vortrag-mit-folien', 'material')).sort();
      expect(folder).toEqual([
        'aufzeichnung.de.vtt',
        'aufzeichnung.webm',
        'folien-quartiersarbeit.pdf',
        'handzettel.pdf',
      ]);
    });

    it('lists the materials after the text with kind, type, pages (as pdfinfo counts them) and size', () => {
      const page = html(fixture.talk);
      const slides = readFileSync(builtFile(dist, fixture.slides));
      const pages = /Pages:\s+(\d+)/u.exec(pdfInfo(slides))?.[1];
      expect(pages).toBe('3');
      expect(page).toContain(
        `<a class="material-title" href="${fixture.slides}" type="application/pdf">Folien zum Vortrag</a>` +
          `<span class="material-facts">Folien · PDF, 3\u00a0Seiten, ${formatFileSize(slides.byteLength)}</span>`,
      );
      expect(page).toContain('Handout · PDF, 1\u00a0Seite,');
      // After the text: the last paragraph of the section comes before the list.
      expect(page.indexOf('Ein dritter Absatz')).toBeLessThan(page.indexOf('Material zum Beitrag'));
      // The whole report's download box lists them too, under the section they belong to.
      const box = /<section aria-labelledby="tagung-2016-mitnehmen"[\s\S]*?<\/section>/u.exec(
        html(fixture.conference),
      )?.[0];
      expect(box).toContain(`href="${fixture.slides}"`);
      expect(box).toContain(`href="${fixture.handout}"`);
      expect(box).toContain('1 Quartiersarbeit mit Folien');
    });

    it('shows photos through the image pipeline: AVIF and WebP, width and height, lazy, alt text and credit', () => {
      for (const [path, count] of [
        [fixture.talk, 2],
        [fixture.conference, 2],
      ] as const) {
        const pictures = [...html(path).matchAll(/<picture>([\s\S]*?)<\/picture>/gu)].map(
          (match) => match[1] ?? '',
        );
        expect(pictures, path).toHaveLength(count);
        for (const picture of pictures) {
          expect(picture).toMatch(/<source srcset="[^"]+\.avif \d+w/u);
          const img = /<img [^>]*>/u.exec(picture)?.[0] ?? '';
          expect(img).toMatch(/ src="\/_astro\/[^"]+\.webp"/u);
          expect(img).toMatch(/ alt="[^"]+"/u);
          expect(img).toMatch(/ width="\d+" height="\d+"/u);
          for (const src of [...picture.matchAll(/(\/_astro\/[^" ,]+\.(?:avif|webp))/gu)].map(
            (m) => m[1] ?? '',
          )) {
            expect(readFileSync(join(dist, src)).byteLength, src).toBeGreaterThan(100);
          }
        }
      }
      expect(html(fixture.talk)).toMatch(/loading="lazy"[^>]*width="800" height="533"/u);
      expect(html(fixture.talk)).toContain('Das Podium nach dem Vortrag</span> · Foto: Testteam');
      expect(html(fixture.conference)).toContain('Eindrücke von der Tagung');
    });

    it('plays its own video with the captions track and the transcript folded below', () => {
      const page = html(fixture.talk);
      const video = /<video[\s\S]*?<\/video>/u.exec(page)?.[0] ?? '';
      expect(video).toContain(`<source src="${fixture.video}" type="video/webm">`);
      expect(video).toMatch(
        new RegExp(
          `<track kind="captions" src="${fixture.captions}" srclang="de" label="Deutsch" default>`,
          'u',
        ),
      );
      expect(video).toContain(`poster="/tagung-2016/vortrag-mit-folien/aufzeichnung.png"`);
      const transcript = /<details class="transcript">([\s\S]*?)<\/details>/u.exec(page)?.[1] ?? '';
      expect(transcript).toContain('<summary>Transkript lesen</summary>');
      expect(transcript).toContain('Wir sprechen über das Nachbarschaftskino im Quartier.');
      // The transcript's headings sit below the recording's (h2), whatever their level in the file.
      expect(transcript).toContain('<h3>Begrüßung</h3>');
    });

    it('writes valid HTML (html-validate, the project’s rules) whose headings never skip a level', async () => {
      const validator = new HtmlValidate(new FileSystemConfigLoader());
      const problems: string[] = [];
      for (const path of pages) {
        const report = await validator.validateString(html(path), builtFile(dist, path));
        for (const result of report.results) {
          problems.push(
            ...result.messages.map((m: Message) => `${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
          );
        }
        const levels = [...html(path).matchAll(/<h([1-6])[\s>]/gu)].map((match) => Number(match[1]));
        levels.forEach((level, index) => {
          if (level > (index === 0 ? 0 : (levels[index - 1] ?? 0)) + 1)
            problems.push(`${path}: h${level} after h${levels[index - 1]}`);
        });
      }
      expect(problems).toEqual([]);
    });

    it('keeps transcripts out of the PDF and the EPUB, which hold the report alone', () => {
      const pdf = readFileSync(join(dist, 'tagung-2016.pdf'));
      expect(letters(pdfText(pdf))).toContain(letters('Ein dritter Absatz schließt den Text ab.'));
      expect(pdfText(pdf)).not.toContain('Nachbarschaftskino');
      expect(epubSpineText(readFileSync(join(dist, 'tagung-2016.epub')))).not.toContain('Nachbarschaftskino');
    });

    it('allows the platform frame in the CSP of the one page that embeds it, and names the platform in the Datenschutz', () => {
      const framing = readdirSync(dist, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.html'))
        .filter((file) =>
          /<meta http-equiv="content-security-policy" content="[^"]*frame-src/u.test(
            readFileSync(join(dist, file), 'utf8'),
          ),
        );
      expect(framing).toEqual(['tagung-2016/podium/index.html']);
      expect(html(fixture.panel)).toContain('frame-src https://www.youtube-nocookie.com');
      const privacy = html('/datenschutz/');
      expect(privacy).toContain('Aufzeichnungen bei YouTube');
      expect(privacy).toContain(`<a href="${fixture.panel}">2 Podiumsgespräch mit Aufzeichnung</a>`);
      expect(privacy).not.toContain('bindet keine Inhalte anderer Anbieter ein');
    });

    it('names the files in the programme data, valid against its schema, and in both feeds', () => {
      const schema = JSON.parse(readFileSync(join(dist, 'programm.schema.json'), 'utf8')) as object;
      const ajv = new Ajv2020({ allErrors: true, strict: true });
      addFormats.default(ajv);
      const validate = ajv.compile(schema);
      type Data = {
        sections: {
          id: string;
          materials?: { url: string; pages: number | null }[];
          recording?: { kind: string; url: string };
        }[];
      };
      const data = JSON.parse(readFileSync(join(dist, 'tagung-2016.json'), 'utf8')) as Data;
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
      const talk = data.sections.find((section) => section.id === 'vortrag-mit-folien');
      expect(talk?.materials?.map((material) => [material.url, material.pages])).toEqual([
        [`http://localhost:4321${fixture.slides}`, 3],
        [`http://localhost:4321${fixture.handout}`, 1],
      ]);
      expect(talk?.recording).toMatchObject({ kind: 'video', url: `http://localhost:4321${fixture.video}` });
      expect(data.sections.find((section) => section.id === 'podium')?.recording).toMatchObject({
        kind: 'platform',
      });
      // A report without materials keeps its data as it was: no empty keys.
      const report2018 = readFileSync(join(dist, 'tagung-2018.json'), 'utf8');
      expect(report2018).not.toContain('"materials"');
      expect(validate(JSON.parse(report2018))).toBe(true);

      const feed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8')) as {
        items: { url: string; attachments: { url: string; size_in_bytes: number }[] }[];
      };
      const item = feed.items.find((entry) => entry.url.endsWith(fixture.talk));
      expect(item?.attachments.map((file) => file.url.replace('http://localhost:4321', ''))).toEqual([
        '/og/tagung-2016/vortrag-mit-folien.png',
        fixture.slides,
        fixture.handout,
        fixture.video,
      ]);
      expect(item?.attachments[1]?.size_in_bytes).toBe(
        readFileSync(builtFile(dist, fixture.slides)).byteLength,
      );
      const rss = new XMLParser({ ignoreAttributes: false }).parse(
        readFileSync(join(dist, 'feed.xml'), 'utf8'),
      ) as {
        rss: {
          channel: { item: { link: string; enclosure: unknown; 'media:content': { '@_url': string }[] }[] };
        };
      };
      const rssItem = rss.rss.channel.item.find((entry) => entry.link.endsWith(fixture.talk));
      expect(Array.isArray(rssItem?.enclosure)).toBe(false);
      expect(
        rssItem?.['media:content'].map((media) => media['@_url'].replace('http://localhost:4321', '')),
      ).toEqual(['/og/tagung-2016/vortrag-mit-folien.png', fixture.slides, fixture.handout, fixture.video]);
    });

    it('says in the newsletter snippet what the section carries', () => {
      expect(html(fixture.talk)).toContain('Zum Beitrag: Folien, Handout, Fotos und Aufzeichnung');
      expect(html(fixture.panel)).toContain('Zum Beitrag: Aufzeichnung');
    });

    it('keeps every section page’s first response within the budget', () => {
      for (const path of [fixture.talk, fixture.panel]) {
        expect(firstResponseBytes(readFileSync(builtFile(dist, path))), path).toBeLessThanOrEqual(
          FIRST_RESPONSE_BUDGET,
        );
      }
    });

    describe('in the browser', () => {
      let server: ServedSite | undefined;
      let browser: Browser | undefined;

      beforeAll(async () => {
        server = await serveBuild(dist, port);
        browser = await chromium.launch({ executablePath: testBrowserPath, args: chromiumArgs });
      }, 60_000);

      afterAll(async () => {
        await browser?.close();
        server?.stop();
      });

      /** A page in a fresh context that records every request to another host and every CSP violation. */
      async function open(path: string, options: { width?: number; height?: number } = {}) {
        const context = await (browser as Browser).newContext({
          viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
          locale: 'de-DE',
        });
        const page = await context.newPage();
        const foreign: string[] = [];
        const violations: string[] = [];
        page.on('request', (request) => {
          if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
            foreign.push(request.url());
        });
        await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) =>
            (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
              `${event.violatedDirective} ${event.blockedURI}`,
            ),
          );
        });
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
        return { page, foreign, violations, close: () => context.close() };
      }

      it('has no axe violations in either theme and asks no other host for anything', async () => {
        const report: string[] = [];
        for (const path of pages) {
          const { page, foreign, violations, close } = await open(path);
          // Scroll through, so that lazy photos and the poster load as a reader's would.
          await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
          await page.waitForLoadState('networkidle');
          // All rules in the light theme; in the dark one the rules on colours, all a theme changes.
          for (const colorScheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme });
            const only = colorScheme === 'dark' ? { rules: COLOUR_RULES } : {};
            for (const violation of await axeViolations(page, only))
              report.push(`${path} ${colorScheme}: ${violation}`);
          }
          report.push(...foreign.map((url) => `${path}: request to ${url}`));
          report.push(...violations.map((text) => `${path}: CSP violation ${text}`));
          await close();
        }
        expect(report).toEqual([]);
      });

      it('loads the platform’s player only on the click, from its privacy-enhanced address', async () => {
        const { page, foreign, violations, close } = await open(fixture.panel);
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        expect(foreign).toEqual([]);
        expect(await page.locator('iframe').count()).toBe(0);
        // The machine has no network: the platform answers with an empty page of our own.
        await page.route('https://www.youtube-nocookie.com/**', (route) =>
          route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Player</title>' }),
        );
        const play = page.getByRole('link', {
          name: /^Abspielen: Aufzeichnung des Podiumsgesprächs \(lädt YouTube\)$/u,
        });
        await play.click();
        const frame = page.locator('iframe[title="Aufzeichnung des Podiumsgesprächs"]');
        await expect
          .poll(() => frame.getAttribute('src'))
          .toBe('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1');
        await expect
          .poll(() => foreign)
          .toEqual(['https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1']);
        expect(page.url()).toBe(`${origin}${fixture.panel}`);
        expect(violations).toEqual([]);
        await close();
      });

      it('keeps JavaScript and CSS within budget and the first paragraph on a phone’s first screen', async () => {
        for (const path of [fixture.talk, fixture.panel]) {
          const { page, close } = await open(path, { width: 390, height: 844 });
          const js = await loadedBytes(page, `${origin}${path}`, ['script']);
          const css = await loadedBytes(page, `${origin}${path}`, ['stylesheet']);
          expect(js, `${path} JavaScript`).toBeLessThanOrEqual(JS_BUDGET);
          expect(css, `${path} CSS`).toBeLessThanOrEqual(CSS_BUDGET);
          const top = await page
            .locator('.reading p')
            .first()
            .evaluate((p) => p.getBoundingClientRect().top);
          expect(top, path).toBeLessThan(844 - 40);
          await close();
        }
      });

      it('finds a transcript’s words and a material’s title, and says what the section carries', async () => {
        const found = async (page: Page, query: string) => {
          await page.goto(`${origin}/suche/?q=${encodeURIComponent(query)}`);
          const hit = page.locator('[data-search-page-results] > li.search-hit').first();
          await hit.waitFor();
          return hit.innerText();
        };
        const { page, close } = await open('/suche/');
        const transcriptHit = await found(page, 'Nachbarschaftskino');
        expect(transcriptHit).toContain('Quartiersarbeit mit Folien');
        expect(transcriptHit).toContain('mit Folien, Handout, Fotos und Aufzeichnung');
        expect(await found(page, 'Handzettel')).toContain('Quartiersarbeit mit Folien');
        await close();
      });
    });
  });
}
