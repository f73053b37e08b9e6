/**
 * A second conference of the project is more content files and no code: a copy of the project gets
 * an event file and one section for the project's first conference (June 2017, which the report
 * mentions without a day: its date is `2017-06`, a month and year), and the build publishes it beside
 * the 2018 report. The same build carries the fixture
 * conference with materials, photos and recordings (tests/fixtures/conference-with-materials/), whose
 * pages are checked here, files and browser alike (tests/build/materials.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, testBrowserPath } from '../../tools/chromium.mjs';
import { letters, pdfText } from '../support/downloads.ts';
import { addMaterialFixture } from '../support/material-fixture.ts';
import {
  removeScratch,
  scratchBuild,
  serveBuild,
  writeConference,
  type ScratchBuild,
} from '../support/scratch-build.ts';
import { describeMaterialsConference } from './materials.ts';

let build: ScratchBuild;

beforeAll(() => {
  build = scratchBuild('second-conference', 'tagung-2017', (dir) => {
    writeConference(dir, {
      slug: 'tagung-2017',
      title: 'Testtagung',
      date: '2017-06',
      introduction: 'Einleitung zur Testtagung',
    });
    addMaterialFixture(dir);
  });
});

afterAll(() => removeScratch('second-conference'));

describe('a second conference', () => {
  it('is published from content files alone, with its own pages and a place on the home page', () => {
    const { status, output, root } = build;
    expect(status, output).toBe(0);
    const dist = join(root, 'dist');
    // The same slug in two conferences is two pages.
    const page2017 = readFileSync(join(dist, 'tagung-2017', 'einleitung', 'index.html'), 'utf8');
    expect(page2017).toContain('Ein Absatz nur für diesen Test.');
    expect(existsSync(join(dist, 'tagung-2017', 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'tagung-2018', 'einleitung', 'index.html'))).toBe(true);
    // The newest conference stays the home page's; the other one is listed there.
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('Integration im Sozialraum');
    expect(home).toMatch(/Weitere Tagungen[\s\S]*href="\/tagung-2017\/"/u);
    // … with its own programme, so that both conferences lead into their reports.
    expect(home).toMatch(/Weitere Tagungen[\s\S]*href="\/tagung-2017\/einleitung\/"/u);
    // A section page's table of contents is its own conference's, the section marked as current.
    const navOf = (html: string) =>
      /<nav aria-label="Inhalt des Berichts"[\s\S]*?<\/nav>/u.exec(html)?.[0] ?? '';
    expect(navOf(page2017)).toContain('href="/tagung-2017/einleitung/" aria-current="page"');
    expect(navOf(page2017)).not.toContain('/tagung-2018/');
    const page2018 = readFileSync(join(dist, 'tagung-2018', 'raumerleben', 'index.html'), 'utf8');
    expect(navOf(page2018)).toContain('href="/tagung-2018/raumerleben/" aria-current="page"');
    expect(navOf(page2018)).not.toContain('/tagung-2017/');
    // The footer speaks of every report, not only the newest (the fixture conference of 2016 is the third).
    expect(page2017).toMatch(
      /Berichte der Tagungen\s+„Integration im Sozialraum“ \(15\. Juni 2018\), „Testtagung“ \(Juni 2017\) und „Material im Test“ \(10\. November 2016\)\./u,
    );
    // The presenter's register page lists the talk of both conferences.
    const deinet = readFileSync(join(dist, 'referierende', 'ulrich-deinet', 'index.html'), 'utf8');
    expect(deinet).toContain('/tagung-2017/einleitung/');
    expect(deinet).toContain('/tagung-2018/schlusskommentar/');
    // Its own downloads, with the licence its event file gives; the 2018 report says it has none.
    for (const file of [
      'tagung-2017.pdf',
      'tagung-2017.epub',
      'tagung-2017.md',
      'tagung-2017/einleitung.md',
    ]) {
      expect(existsSync(join(dist, file)), file).toBe(true);
    }
    expect(letters(pdfText(readFileSync(join(dist, 'tagung-2017.pdf'))))).toContain(
      letters('Ein Absatz nur für diesen Test.'),
    );
    const data = JSON.parse(readFileSync(join(dist, 'tagung-2017.json'), 'utf8')) as {
      license: { name: string } | null;
    };
    expect(data.license?.name).toBe('CC BY 4.0');
    expect(readFileSync(join(dist, 'tagung-2017', 'index.html'), 'utf8')).toMatch(
      /Lizenz: <a href="https:\/\/creativecommons\.org[^"]*">CC BY 4\.0<\/a>/u,
    );
    // The report without a licence: no box says „nicht angegeben“; the Impressum says it once, by report.
    expect(readFileSync(join(dist, 'tagung-2018', 'index.html'), 'utf8')).not.toContain('Lizenz');
    const impressum = readFileSync(join(dist, 'impressum', 'index.html'), 'utf8');
    expect(impressum).toMatch(/Integration im Sozialraum“ – Keine Lizenz angegeben/u);
    expect(impressum).toMatch(/– Lizenz: <a href="https:\/\/creativecommons\.org[^"]*">CC BY 4\.0<\/a>/u);
    const llms = readFileSync(join(dist, 'llms.txt'), 'utf8');
    expect(llms).toContain('/tagung-2017/einleitung.md');
    expect(llms).toContain('/tagung-2018/einleitung.md');
  });
});

describe('a conference of a month and year', () => {
  const dist = () => join(build.root, 'dist');
  const read = (path: string) => readFileSync(join(dist(), path), 'utf8');

  it('is shown „Juni 2017“ on its pages, never with a day', () => {
    expect(build.status, build.output).toBe(0);
    const report = read('tagung-2017/index.html');
    expect(report).toMatch(/Bericht · <time datetime="2017-06">Juni 2017<\/time>/u);
    expect(read('index.html')).toMatch(/<time datetime="2017-06"[^>]*>Juni 2017<\/time>/u);
    const pages = [report, read('index.html'), read('tagung-2017/einleitung/index.html')];
    for (const html of pages) expect(html).not.toMatch(/\d\.\s*Juni 2017|2017-06-\d/u);
    // The order of the conferences is by date: 2018, then June 2017, then November 2016.
    expect(read('impressum/index.html')).toMatch(
      /Integration im Sozialraum[\s\S]*Testtagung[\s\S]*Material im Test/u,
    );
  });

  it('gives its month in the JSON-LD, the citations, the feeds and the open data', () => {
    const jsonLd = [
      ...read('tagung-2017/index.html').matchAll(
        /<script type="application\/ld\+json">([\s\S]*?)<\/script>/gu,
      ),
    ]
      .map((match) => match[1] ?? '')
      .join('\n');
    expect(jsonLd).toContain('"startDate":"2017-06"');
    expect(jsonLd).not.toMatch(/"(?:start|end)Date":"2017-06-/u);
    const bib = read('tagung-2017/einleitung/zitat.bib');
    expect(bib).toMatch(/year = \{2017\}/u);
    expect(bib).toMatch(/month = \{6\}/u);
    expect(bib).toMatch(/ date = \{2017-06\}/u);
    const ris = read('tagung-2017/einleitung/zitat.ris');
    expect(ris).toContain('PY  - 2017\r\n');
    expect(ris).toContain('DA  - 2017/06//\r\n');
    const section = read('tagung-2017/einleitung/index.html');
    expect(section).toContain('<meta name="citation_date" content="2017">');
    expect(section).toContain('Bericht zur Tagung im Juni 2017.');
    // The feeds: its items carry no day (the 2018 report's do), the channel names the month.
    const rss = read('feed.xml');
    const item2017 =
      /<item>(?:(?!<\/item>)[\s\S])*tagung-2017\/einleitung(?:(?!<\/item>)[\s\S])*<\/item>/u.exec(rss)?.[0] ??
      '';
    expect(item2017).not.toBe('');
    expect(item2017).not.toContain('<pubDate>');
    expect(rss).toMatch(/<pubDate>Fri, 15 Jun 2018/u);
    expect(rss).toContain('Tagung „Testtagung“, Juni 2017');
    const json = JSON.parse(read('feed.json')) as { items: { url: string; date_published?: string }[] };
    const jsonItem = json.items.find((item) => item.url.includes('/tagung-2017/einleitung/'));
    expect(jsonItem).toBeDefined();
    expect(jsonItem?.date_published).toBeUndefined();
    const data = JSON.parse(read('tagung-2017.json')) as { conference: { date: string } };
    expect(data.conference.date).toBe('2017-06');
    const schema = JSON.parse(read('programm.schema.json')) as {
      properties: { conference: { properties: { date: { pattern: string } } } };
    };
    expect(new RegExp(schema.properties.conference.properties.date.pattern, 'u').test('2017-06')).toBe(true);
  });

  it('has its month on the PDF title page', () => {
    const text = pdfText(readFileSync(join(dist(), 'tagung-2017.pdf')));
    expect(letters(text)).toContain(letters('Juni 2017'));
    expect(text).not.toMatch(/\d\.\s*Juni 2017/u);
  });
});

describe('the search with several conferences', () => {
  it('filters by „Tagung“, and each result names its conference', async () => {
    const dist = join(build.root, 'dist');
    const searchPage = readFileSync(join(dist, 'suche', 'index.html'), 'utf8');
    expect(searchPage).toContain('data-search-filter="Tagung"');
    expect(searchPage).toMatch(/name="tagung" value="Testtagung"/u);
    expect(searchPage).toMatch(/name="tagung" value="Integration im Sozialraum"/u);
    const port = Number(process.env['TEST_PORT'] ?? 4500) + 3;
    const server = await serveBuild(dist, port);
    const { origin } = server;
    const browser = await chromium.launch({ executablePath: testBrowserPath, args: chromiumArgs });
    try {
      const page = await browser.newPage({ locale: 'de-DE' });
      // Deinet presented in both conferences: every result names its conference first in its line.
      await page.goto(`${origin}/suche/?q=Deinet`);
      await page.waitForFunction(() =>
        /Treffer/u.test(document.querySelector('[data-search-page-status]')?.textContent ?? ''),
      );
      const lines = await page
        .locator('[data-search-page-results] > li.search-hit > p:nth-child(2)')
        .allInnerTexts();
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const line of lines)
        expect(line).toMatch(/^(?:Testtagung|Integration im Sozialraum|Material im Test) · /u);
      expect(lines.some((line) => line.startsWith('Testtagung'))).toBe(true);
      // The filter narrows to one conference.
      await page.goto(`${origin}/suche/?q=Deinet&tagung=Testtagung`);
      await page.waitForFunction(() =>
        /Treffer/u.test(document.querySelector('[data-search-page-status]')?.textContent ?? ''),
      );
      const links = await page
        .locator('[data-search-page-results] > li.search-hit > p > a')
        .evaluateAll((anchors) =>
          anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname),
        );
      expect(links).toEqual(['/tagung-2017/einleitung/']);
    } finally {
      await browser.close();
      server.stop();
    }
  }, 120_000);
});

describeMaterialsConference(() => build);
