/** Where a link lands: head metadata, social cards, structured data, citations, sitemap and robots.txt. */
import { expect, test } from '@playwright/test';
import { basePath, builtPagePaths, sectionPagePaths } from '../support/site';

const site = process.env.SITE ?? 'http://localhost:4321';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('every page has a unique title, a description, a canonical URL and complete Open Graph tags', async ({ page }) => {
  const titles = new Map<string, string>();
  for (const path of builtPagePaths()) {
    await page.goto(path);
    const title = await page.title();
    expect(titles.get(title), `${path} has the same title as ${titles.get(title)}`).toBeUndefined();
    titles.set(title, path);
    const meta = async (selector: string) => page.locator(`head ${selector}`).getAttribute('content');
    expect((await meta('meta[name="description"]'))?.trim().length, path).toBeGreaterThan(20);
    if (path.endsWith('404.html')) {
      // Not an address of its own: no canonical URL, and kept out of search engines.
      await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0);
      expect(await meta('meta[name="robots"]')).toBe('noindex');
    } else {
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
      expect(canonical, path).toBe(new URL(path, site).href);
      expect(await meta('meta[property="og:url"]')).toBe(canonical);
    }
    expect(await meta('meta[property="og:title"]'), path).toMatch(/\S/u);
    expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
    expect(await meta('meta[property="og:locale"]')).toBe('de_DE');
    expect(await meta('meta[property="og:site_name"]')).toBe('Tagungsdoku');
    expect(await meta('meta[property="og:type"]'), path).toMatch(sectionPagePaths().includes(path) ? /^article$/u : /^(website|article)$/u);
    expect(await meta('meta[property="og:image:width"]')).toBe('1200');
    expect(await meta('meta[property="og:image:height"]')).toBe('630');
    expect(await meta('meta[property="og:image:alt"]'), path).toMatch(/\S{10}/u);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await meta('meta[property="og:image"]'), path).toMatch(new RegExp(`^${site}${basePath}og/.+\\.png$`, 'u'));
  }
});

test('every og:image exists and is a 1200×630 PNG; section pages have cards of their own', async ({ page, request }) => {
  const images = new Map<string, string>();
  for (const path of builtPagePaths()) {
    await page.goto(path);
    images.set(path, (await page.locator('head meta[property="og:image"]').getAttribute('content')) ?? '');
  }
  for (const [path, image] of images) {
    const response = await request.get(new URL(image).pathname);
    expect(response.status(), `${path}: ${image}`).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
  }
  const sectionImages = sectionPagePaths().map((path) => images.get(path));
  expect(new Set(sectionImages).size).toBe(sectionImages.length);
});

test('JSON-LD parses on every page; a section is a Report part of the whole report, the conference an Event', async ({ page }) => {
  for (const path of builtPagePaths().filter((path) => !path.endsWith('404.html'))) {
    await page.goto(path);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks.length, path).toBeGreaterThan(0);
    for (const block of blocks) expect(() => JSON.parse(block), path).not.toThrow();
  }
  await page.goto(`${basePath}tagung-2018/raumerleben/`);
  const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')['@graph'] as Record<string, unknown>[];
  const section = graph.find((node) => node['@type'] === 'Report' && node['name'] === '2.3 Raumerleben junger Geflüchteter');
  expect(section?.['isPartOf']).toEqual({ '@id': `${site}${basePath}tagung-2018/#bericht` });
  expect((section?.['author'] as { name: string }[]).map((author) => author.name)).toEqual(['Lisa Scholten', 'Ulrich Deinet']);
  const event = graph.find((node) => node['@type'] === 'Event');
  expect(event?.['name']).toBe('Integration im Sozialraum');
  expect((event?.['subEvent'] as unknown[]).length).toBeGreaterThanOrEqual(8);
});

test('section pages carry Highwire citation tags: title, presenters as authors, date, conference, publisher, URL', async ({ page }) => {
  for (const path of sectionPagePaths()) {
    await page.goto(path);
    const tags = await page.locator('head meta[name^="citation_"]').evaluateAll((metas) =>
      metas.map((meta) => [meta.getAttribute('name'), meta.getAttribute('content')] as const),
    );
    const names = tags.map(([name]) => name);
    for (const name of ['citation_title', 'citation_author', 'citation_date', 'citation_conference_title', 'citation_publisher', 'citation_public_url']) {
      expect(names, `${path} lacks ${name}`).toContain(name);
    }
    expect(tags.find(([name]) => name === 'citation_public_url')?.[1]).toBe(new URL(path, site).href);
    expect(tags.find(([name]) => name === 'citation_date')?.[1]).toBe('2018/06/15');
  }
  await page.goto(`${basePath}tagung-2018/koelner-fluechtlingsstudien/`);
  await expect(page.locator('head meta[name="citation_author"]')).toHaveCount(2);
  await expect(page.locator('head meta[name="citation_author"]').first()).toHaveAttribute('content', 'Schwarzenberg, Vera');
  await page.goto(`${basePath}tagung-2018/einleitung/`);
  await expect(page.locator('head meta[name="citation_author"]')).toHaveAttribute('content', 'Forschungsprojekt INTESO');
});

test('sitemap.xml lists every HTML page but the 404 page, and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get(`${basePath}sitemap.xml`)).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => match[1]).sort();
  const pages = builtPagePaths()
    .filter((path) => !path.endsWith('404.html'))
    .map((path) => new URL(path, site).href)
    .sort();
  expect(listed).toEqual(pages);
  const robots = await (await request.get(`${basePath}robots.txt`)).text();
  expect(robots).toContain(`Sitemap: ${site}${basePath}sitemap.xml`);
});
