/**
 * Where a link lands: head metadata, social cards, structured data, citations, sitemap and robots.txt,
 * read from the served HTML as link previews and reference managers read it.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { readHead, type PageHead } from '../support/head.ts';
import { basePath, builtPagePaths, sectionPagePaths, site } from '../support/site.ts';

const isErrorPage = (path: string) => path.endsWith('404.html');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function heads(request: APIRequestContext): Promise<Map<string, PageHead>> {
  const result = new Map<string, PageHead>();
  for (const path of builtPagePaths()) result.set(path, readHead(await (await request.get(path)).text()));
  return result;
}

const one = (head: PageHead, key: string) => {
  const values = head.meta.get(key) ?? [];
  expect(values, key).toHaveLength(1);
  return values[0] ?? '';
};

test('every page has a unique title, a description, a canonical URL and complete Open Graph tags', async ({
  request,
}) => {
  const titles = new Map<string, string>();
  for (const [path, head] of await heads(request)) {
    const title = head.title ?? '';
    expect(title, path).toMatch(/\S/u);
    expect(titles.get(title), `${path} has the same title as ${titles.get(title)}`).toBeUndefined();
    titles.set(title, path);
    expect(one(head, 'description').trim().length, path).toBeGreaterThan(20);
    if (isErrorPage(path)) {
      // Not an address of its own: no canonical URL, and kept out of search engines.
      expect(head.links.get('canonical')).toBeUndefined();
      expect(one(head, 'robots')).toBe('noindex');
    } else {
      expect(head.links.get('canonical'), path).toEqual([new URL(path, site).href]);
      expect(one(head, 'og:url')).toBe(new URL(path, site).href);
    }
    expect(one(head, 'og:title'), path).toMatch(/\S/u);
    expect(one(head, 'og:description')).toBe(one(head, 'description'));
    expect(one(head, 'og:locale')).toBe('de_DE');
    expect(one(head, 'og:site_name')).toBe('Tagungsdoku');
    expect(one(head, 'og:type'), path).toMatch(
      sectionPagePaths().includes(path) ? /^article$/u : /^(website|article)$/u,
    );
    expect(one(head, 'og:image'), path).toMatch(new RegExp(`^${site}${basePath}og/.+\\.png$`, 'u'));
    expect(one(head, 'og:image:width')).toBe('1200');
    expect(one(head, 'og:image:height')).toBe('630');
    expect(one(head, 'og:image:alt'), path).toMatch(/\S{3}.{10}/u);
    expect(one(head, 'twitter:card')).toBe('summary_large_image');
  }
});

test('every og:image exists and is a 1200×630 PNG; section and register entry pages have cards of their own', async ({
  request,
}) => {
  const images = new Map(
    [...(await heads(request))].map(([path, head]) => [path, head.meta.get('og:image')?.[0] ?? '']),
  );
  for (const image of new Set(images.values())) {
    const response = await request.get(new URL(image).pathname);
    expect(response.status(), image).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
  }
  const sectionImages = sectionPagePaths().map((path) => images.get(path));
  expect(new Set(sectionImages).size).toBe(sectionImages.length);
  // A register entry's card sits at the address of its page: /referierende/ulrich-deinet/ → /og/referierende/ulrich-deinet.png.
  const entryPages = [...images.keys()].filter((path) =>
    /^\/(referierende|themen|institutionen|orte)\/[^/]+\/$/u.test(path.slice(basePath.length - 1)),
  );
  expect(entryPages.length).toBeGreaterThan(50);
  for (const path of entryPages)
    expect(images.get(path), path).toBe(`${site}${basePath}og/${path.slice(basePath.length, -1)}.png`);
});

test('JSON-LD parses on every page; a section is a Report part of the whole report, the conference an Event', async ({
  request,
}) => {
  const all = await heads(request);
  for (const [path, head] of all) {
    if (isErrorPage(path)) continue;
    expect(head.jsonLd.length, path).toBeGreaterThan(0);
    for (const block of head.jsonLd) expect(() => JSON.parse(block), path).not.toThrow();
  }
  const graph = JSON.parse(all.get(`${basePath}tagung-2018/raumerleben/`)?.jsonLd[0] ?? '{}')[
    '@graph'
  ] as Record<string, unknown>[];
  const section = graph.find(
    (node) => node['@type'] === 'Report' && node['name'] === '2.3 Raumerleben junger Geflüchteter',
  );
  expect(section?.['isPartOf']).toEqual({ '@id': `${site}${basePath}tagung-2018/#bericht` });
  expect((section?.['author'] as { name: string }[]).map((author) => author.name)).toEqual([
    'Lisa Scholten',
    'Ulrich Deinet',
  ]);
  const talk = graph.find(
    (node) => node['@type'] === 'Event' && node['name'] === '2.3 Raumerleben junger Geflüchteter',
  );
  const event = graph.find(
    (node) => node['@type'] === 'Event' && node['name'] === 'Integration im Sozialraum',
  );
  expect(talk?.['superEvent']).toEqual({ '@id': event?.['@id'] });
  // The conference's talks and the report's parts are listed once, on the whole report's page.
  const whole = JSON.parse(all.get(`${basePath}tagung-2018/`)?.jsonLd[0] ?? '{}')['@graph'] as Record<
    string,
    unknown
  >[];
  const conference = whole.find((node) => node['@type'] === 'Event' && node['@id'] === event?.['@id']);
  expect((conference?.['subEvent'] as { name: string }[]).map((sub) => sub.name)).toContain(
    '2.3 Raumerleben junger Geflüchteter',
  );
  const report = whole.find(
    (node) => node['@id'] === (section?.['isPartOf'] as { '@id': string } | undefined)?.['@id'],
  );
  expect((report?.['hasPart'] as unknown[]).length).toBe(sectionPagePaths().length);
});

test('section pages carry Highwire citation tags: title, presenters as authors, date, conference, publisher, URL', async ({
  request,
}) => {
  const all = await heads(request);
  for (const path of sectionPagePaths()) {
    const head = all.get(path);
    if (!head) throw new Error(`no page ${path}`);
    for (const name of [
      'citation_title',
      'citation_date',
      'citation_conference_title',
      'citation_publisher',
      'citation_public_url',
    ]) {
      expect(head.meta.get(name), `${path}: ${name}`).toHaveLength(1);
    }
    expect(head.meta.get('citation_author')?.length, path).toBeGreaterThan(0);
    expect(one(head, 'citation_public_url')).toBe(new URL(path, site).href);
    expect(one(head, 'citation_date')).toBe('2018/06/15');
    expect(one(head, 'citation_conference_title')).toBe('Integration im Sozialraum');
  }
  expect(all.get(`${basePath}tagung-2018/koelner-fluechtlingsstudien/`)?.meta.get('citation_author')).toEqual(
    ['Schwarzenberg, Vera', 'Leßke, Felix'],
  );
  expect(all.get(`${basePath}tagung-2018/einleitung/`)?.meta.get('citation_author')).toEqual([
    'Forschungsprojekt INTESO',
  ]);
});

test('sitemap.xml lists every HTML page but the 404 page, and robots.txt points to it', async ({
  request,
}) => {
  const sitemap = await (await request.get(`${basePath}sitemap.xml`)).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => match[1]).sort();
  const pages = builtPagePaths()
    .filter((path) => !isErrorPage(path))
    .map((path) => new URL(path, site).href)
    .sort();
  expect(listed).toEqual(pages);
  const robots = await (await request.get(`${basePath}robots.txt`)).text();
  expect(robots).toContain(`Sitemap: ${site}${basePath}sitemap.xml`);
});
