/**
 * The register as a reader uses it: every person, institution and place the report names has an
 * entry (checked against hand-written lists taken from the report), each presenter's page lists
 * exactly the sections whose pages name them as presenters, and register and sections link both ways.
 */
import { expect, test, type Page } from '@playwright/test';
import { basePath, normalizeText, sectionPagePaths } from '../support/site.ts';

/** Everyone the report names: nine presenters and the head of the Kölner Flüchtlingsstudien. */
const presenters = [
  'Prof. Dr. Ulrich Deinet',
  'Prof. Dr. Schahrzad Farrokhzad',
  'Kai Hauprich',
  'Katja Jepkens',
  'Felix Leßke',
  'Dr. Anne van Rießen',
  'Lisa Scholten',
  'Vera Schwarzenberg',
  'Ralf Zimmer-Hegmann',
];
const namedOnly = ['Prof. em. Dr. Jürgen Friedrichs'];

/** Every institution, project, office, programme and funder the report names. */
const institutions = [
  'INTESO',
  'Ministerium für Kultur und Wissenschaft des Landes NRW',
  'Programm Geistes- und Gesellschaftswissenschaften in NRW',
  'Landeshauptstadt Düsseldorf',
  'Amt für Migration und Integration',
  'Jugendamt',
  'Welcome Points',
  'Kommunale Integrationszentren',
  'Hochschule Düsseldorf',
  'Forschungsinstitut für gesellschaftliche Weiterentwicklung',
  'Raumerleben junger Geflüchteter',
  'Technische Hochschule Köln',
  'Institut für Interkulturelle Bildung und Entwicklung',
  'Impulse für Innovationen in der Migrations- und Integrationsarbeit',
  'Kommunales Integrationszentrum der Stadt Köln',
  'context GbR',
  'Universität zu Köln',
  'Institut für Soziologie und Sozialpsychologie',
  'Kölner Flüchtlingsstudien',
  'Fritz-Thyssen-Stiftung',
  'Körber Stiftung',
  'ILS – Institut für Landes- und Stadtentwicklungsforschung gGmbH',
  'Sozialraum Stadt',
  'Gelingende Integration im Quartier',
];

/** Every municipality, district and region the report names. */
const places = [
  'Düsseldorf',
  'Düsseldorf, Stadtbezirk 5',
  'Düsseldorf, Stadtbezirk 6',
  'Köln',
  'Hamburg',
  'Mülheim an der Ruhr',
  'Frankfurt',
  'Solingen',
  'Stuttgart',
  'Essen',
  'Zürich',
  'München',
  'Dortmund',
  'Nordrhein-Westfalen',
  'Deutschland',
];

const sectionPaths = new Set(sectionPagePaths());

/** Hrefs of the links in a locator's scope, as site paths with hash. */
async function hrefs(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((anchors) =>
    anchors.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );
}

/** What a reader sees of each element with an id on a page: its text, and whether it shows at all. */
type Targets = Record<string, { text: string; visible: boolean }>;

/**
 * The targets of the links a test follows, one visit per page however many of its passages the links
 * name (a topic quotes several passages of a section): visible as Playwright's `toBeVisible` takes it, a
 * box that is not empty and no `visibility: hidden`.
 */
function targetsOnPages(page: Page): (path: string) => Promise<Targets> {
  const visited = new Map<string, Targets>();
  return async (path) => {
    let targets = visited.get(path);
    if (!targets) {
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      targets = await page.evaluate(() => {
        const found: Record<string, { text: string; visible: boolean }> = {};
        for (const element of document.querySelectorAll<HTMLElement>('main [id]')) {
          const box = element.getBoundingClientRect();
          found[element.id] = {
            text: element.innerText,
            visible: box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden',
          };
        }
        return found;
      });
      visited.set(path, targets);
    }
    return targets;
  };
}

/** What a link check reads of a page: its status, and its links and texts as the browser parses them. */
interface ReadPage {
  status: number;
  /** The page's main heading as text (soft hyphens kept: compare through `normalizeText`). */
  h1: string;
  /** The pages the links inside `main` lead to (paths without a hash). */
  main: string[];
  /** The pages the links inside each element with an id in `main` lead to, by that id. */
  byId: Record<string, string[]>;
  /** The links of the section's facts box (path and hash), by the label they stand under („Themen“). */
  facts: Record<string, string[]>;
  /** For each selector asked for: the links it selects, with their text. */
  lists: Record<string, { href: string; text: string }[]>;
}

/**
 * Pages read for their links and names only, which do not depend on how a page is laid out: each is
 * fetched by the browser from a page of the site and parsed by its HTML parser (DOMParser) without being
 * shown, so a sweep over the register does not render sixty pages. Tests that depend on what is shown
 * (a passage visible, an excerpt's words) load the page itself (`targetsOnPages`).
 */
async function readPages(
  page: Page,
  paths: readonly string[],
  selectors: readonly string[] = [],
): Promise<Map<string, ReadPage>> {
  if (!page.url().startsWith('http')) await page.goto(`${basePath}robots.txt`);
  const read = await page.evaluate(
    async ({ paths, selectors }) => {
      const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/gu, ' ').trim();
      return Promise.all(
        paths.map(async (path): Promise<[string, ReadPage]> => {
          const response = await fetch(path);
          const base = new URL(path, location.href).href;
          const document = new DOMParser().parseFromString(await response.text(), 'text/html');
          const href = (anchor: Element) => {
            const url = new URL(anchor.getAttribute('href') ?? '', base);
            return url.pathname + url.hash;
          };
          const links = (root: ParentNode) => [...root.querySelectorAll('a[href]')].map(href);
          // The pages a part of `main` links to, without the place on them.
          const pages = (root: ParentNode) => links(root).map((link) => link.split('#')[0] ?? link);
          const main = document.querySelector('main');
          const facts: Record<string, string[]> = {};
          for (const term of document.querySelectorAll('aside[aria-label="Angaben zum Abschnitt"] dt')) {
            const detail = term.nextElementSibling;
            if (detail?.localName === 'dd') facts[text(term)] = links(detail);
          }
          return [
            path,
            {
              status: response.status,
              h1: text(document.querySelector('h1')),
              main: main ? pages(main) : [],
              byId: Object.fromEntries(
                [...(main?.querySelectorAll('[id]') ?? [])].map((element) => [element.id, pages(element)]),
              ),
              facts,
              lists: Object.fromEntries(
                selectors.map((selector) => [
                  selector,
                  [...document.querySelectorAll(selector)].map((anchor) => ({
                    href: href(anchor),
                    text: text(anchor),
                  })),
                ]),
              ),
            },
          ];
        }),
      );
    },
    { paths: [...paths], selectors: [...selectors] },
  );
  return new Map(read);
}

/** Each entry's link on an index page leads to a page titled with the entry's name. */
async function expectEntries(page: Page, indexPath: string, names: readonly string[]) {
  const entries = 'main article > ul a';
  const [index] = (await readPages(page, [indexPath], [entries])).values();
  // As a reader sees them: the soft hyphens of long names are no part of them.
  const links = (index?.lists[entries] ?? []).map(({ href, text }) => ({ href, text: normalizeText(text) }));
  expect(links.length, indexPath).toBe(names.length);
  for (const name of names) {
    const found = links.findIndex(({ text }) => text === name || text.startsWith(`${name} (`));
    expect(found, `${name} on ${indexPath}`).toBeGreaterThanOrEqual(0);
  }
  const entryPages = await readPages(
    page,
    links.map(({ href }) => href),
  );
  for (const [href, entry] of entryPages) {
    expect(entry.status, href).toBe(200);
    const title = normalizeText(entry.h1);
    expect(
      names.some((name) => title === name || title.startsWith(`${name} (`)),
      `${href}: ${title}`,
    ).toBe(true);
  }
}

test('every institution and place the report names has an entry with its own page', async ({ page }) => {
  await expectEntries(page, `${basePath}institutionen/`, institutions);
  await expectEntries(page, `${basePath}orte/`, places);
});

test('the people register lists presenters by surname and, apart, the people only named', async ({
  page,
}) => {
  await page.goto(`${basePath}referierende/`);
  const presenting = page.getByRole('region', { name: 'Vorgetragen haben' });
  await expect(presenting.locator('h3')).toHaveText(presenters);
  const named = page.getByRole('region', { name: 'Im Bericht genannt, ohne eigenen Beitrag' });
  await expect(named.locator('h3')).toHaveText(namedOnly);
  // No speaker page for someone who did not speak, and no link that pretends there is one.
  await expect(named.locator('h3 a')).toHaveCount(0);
  await expect(named.locator('#juergen-friedrichs')).toContainText('Leitung, Kölner Flüchtlingsstudien');
  const response = await page.goto(`${basePath}referierende/juergen-friedrichs/`);
  expect(response?.status()).toBe(404);
});

test("every presenter's page lists exactly the sections whose pages name them as presenters", async ({
  page,
}) => {
  const sectionsByPerson = new Map<string, string[]>();
  for (const [path, section] of await readPages(page, [...sectionPaths])) {
    for (const href of section.facts['Referiert von'] ?? [])
      sectionsByPerson.set(href, [...(sectionsByPerson.get(href) ?? []), path]);
  }
  const presenting = 'section[aria-labelledby="vortragende"] h3 a';
  const contributions = 'section[aria-labelledby="beitraege"] a';
  const [register] = (await readPages(page, [`${basePath}referierende/`], [presenting])).values();
  expect((register?.lists[presenting] ?? []).map(({ href }) => href).sort()).toEqual(
    [...sectionsByPerson.keys()].sort(),
  );
  const people = await readPages(page, [...sectionsByPerson.keys()], [contributions]);
  for (const [personPath, expected] of sectionsByPerson) {
    const listed = (people.get(personPath)?.lists[contributions] ?? [])
      .map(({ href }) => href)
      .filter((href) => sectionPaths.has(href));
    expect(listed, personPath).toEqual(expected);
  }
  // Checked by hand against the report: Prof. Deinet presented three contributions.
  expect(sectionsByPerson.get(`${basePath}referierende/ulrich-deinet/`)).toEqual(
    ['begruessung', 'raumerleben', 'schlusskommentar'].map((slug) => `${basePath}tagung-2018/${slug}/`),
  );
  await page.goto(`${basePath}referierende/ulrich-deinet/`);
  await expect(page.locator('main')).toContainText('gemeinsam mit Lisa Scholten');
});

test("each section's register links lead to entries that link back to that section", async ({ page }) => {
  const sections = await readPages(page, [...sectionPaths]);
  const factLinks = [...sections].flatMap(([path, section]) =>
    Object.values(section.facts)
      .flat()
      .map((link) => ({ path, link })),
  );
  const targets = await readPages(page, [
    ...new Set(factLinks.map(({ link }) => link.split('#')[0] ?? link)),
  ]);
  for (const { path, link } of factLinks) {
    const [target = link, hash] = link.split('#');
    const on = targets.get(target);
    const back = hash ? on?.byId[hash] : on?.main;
    expect(back, `${link} links back to ${path}`).toContain(path);
  }
  expect(factLinks.length).toBeGreaterThan(80);
});

test('the topics overview counts the sections that list each topic on their pages', async ({ page }) => {
  const countByTopic = new Map<string, number>();
  for (const section of (await readPages(page, [...sectionPaths])).values()) {
    for (const href of section.facts['Themen'] ?? [])
      countByTopic.set(href, (countByTopic.get(href) ?? 0) + 1);
  }
  await page.goto(`${basePath}themen/`);
  const items = page.locator('main article > ul > li');
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(10);
  expect(count).toBeLessThanOrEqual(20);
  for (let index = 0; index < count; index += 1) {
    const item = items.nth(index);
    const [href] = await hrefs(page, `main article > ul > li:nth-child(${index + 1}) h2 a`);
    const sections = countByTopic.get(href ?? '') ?? 0;
    // The count stands in the line under the title (its meta line), not in the title; first in it.
    await expect(item.locator('h2 + p')).toHaveText(
      new RegExp(`^${sections} ${sections === 1 ? 'Abschnitt' : 'Abschnitte'}(?: · |$)`, 'u'),
    );
  }
});

test("a topic's passages land on the paragraph they quote", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${basePath}themen/`);
  const topics = await hrefs(page, 'main article > ul h2 a');
  const targetOf = targetsOnPages(page);
  let passages = 0;
  for (const topic of topics) {
    await page.goto(topic, { waitUntil: 'domcontentloaded' });
    // Each passage's link and its excerpt, without the „…“ that marks where it was cut, at either end.
    const list = await page.locator('section[aria-labelledby="stellen"] li').evaluateAll((items) =>
      items.map((item) => {
        const url = new URL((item.querySelector('a') as HTMLAnchorElement).href);
        const excerpt = item.querySelector('p');
        return {
          href: url.pathname + url.hash,
          quote: excerpt ? excerpt.innerText.replace(/^…\s|\s…$/gu, '') : '',
        };
      }),
    );
    expect(list.length, topic).toBeGreaterThan(0);
    for (const { href, quote } of list) {
      const [path = '', id = ''] = href.split('#');
      const target = (await targetOf(path))[id];
      expect(target?.visible, href).toBe(true);
      if (quote) expect(target?.text.replace(/\s+/gu, ' ').replace(/\u00ad/gu, ''), href).toContain(quote);
      passages += 1;
    }
  }
  expect(passages).toBeGreaterThan(20);
});

test("a topic's key passages are cut around the topic's words, wherever the passage has them", async ({
  page,
}) => {
  test.setTimeout(120_000);
  /** A word of the topic as a reader spots it: the first six letters of a word of its name, any case or umlaut. */
  const fold = (text: string) => normalizeText(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const spotsTopic = (text: string, title: string) =>
    (title.match(/\p{L}{4,}/gu) ?? []).some((word) => fold(text).includes(fold(word).slice(0, 6)));
  await page.goto(`${basePath}themen/`);
  const topics = await hrefs(page, 'main article > ul h2 a');
  const targetOf = targetsOnPages(page);
  let excerpts = 0;
  for (const topic of topics) {
    await page.goto(topic, { waitUntil: 'domcontentloaded' });
    const title = normalizeText(await page.locator('h1').innerText());
    const items = await page.locator('section[aria-labelledby="stellen"] li').evaluateAll((elements) =>
      elements.map((element) => ({
        href: (element.querySelector('a') as HTMLAnchorElement).href,
        excerpt: element.querySelector('p')?.textContent ?? '',
        marked: [...element.querySelectorAll('p mark')].map((mark) => mark.textContent ?? ''),
      })),
    );
    for (const { href, excerpt, marked } of items) {
      const url = new URL(href);
      const passage = (await targetOf(url.pathname))[url.hash.slice(1)]?.text ?? '';
      if (!spotsTopic(passage, title)) continue;
      expect(spotsTopic(excerpt, title), `${title}: ${excerpt}`).toBe(true);
      // Not cut just before them: the excerpt goes on after its last marked word.
      const last = marked.at(-1);
      if (last && excerpt.endsWith('…'))
        expect(excerpt.slice(excerpt.lastIndexOf(last) + last.length).length).toBeGreaterThan(10);
      excerpts += 1;
    }
  }
  expect(excerpts).toBeGreaterThan(30);
});

test('a name that is a topic and an institution says on both pages which is which', async ({ page }) => {
  await page.goto(`${basePath}themen/welcome-points/`);
  await expect(page.locator('main header')).toContainText('Gleichnamig unter Institutionen');
  await page.locator('main header').getByRole('link', { name: 'Welcome Points' }).click();
  await expect(page).toHaveURL(/\/institutionen\/welcome-points\/$/u);
  await expect(page.locator('main header')).toContainText('Gleichnamig unter Themen');
  await expect(page.locator('main header')).toContainText('mit den wichtigsten Stellen');
  await page.goto(`${basePath}themen/`);
  await expect(page.locator('main article > ul > li', { hasText: 'Welcome Points' })).toContainText(
    'gleichnamig unter Institutionen',
  );
});

test('the register overviews set every entry alike: topics, institutions and places', async ({ page }) => {
  const looks = new Set<string>();
  for (const part of ['themen', 'institutionen', 'orte']) {
    await page.goto(`${basePath}${part}/`);
    const link = page.locator('main article > ul > li a').first();
    looks.add(
      await link.evaluate((element) => {
        const style = getComputedStyle(element);
        return `${style.fontFamily} ${style.fontWeight} ${style.fontSize}`;
      }),
    );
  }
  expect([...looks]).toHaveLength(1);
});

test('institution and place entries point to the paragraph that names them, and quote it around the name', async ({
  page,
}) => {
  for (const [path, name] of [
    [`${basePath}orte/koeln/`, 'Köln'],
    [`${basePath}orte/muelheim-an-der-ruhr/`, 'Mülheim'],
    [`${basePath}institutionen/fgw/`, 'FGW'],
    [`${basePath}institutionen/landeshauptstadt-duesseldorf/`, 'Düsseldorf'],
  ] as const) {
    await page.goto(path);
    // Each reference shows the words around the name, the name marked, as the linked paragraph has them.
    const references = await page.locator('section[aria-labelledby="genannt"] li').evaluateAll((items) =>
      items.map((item) => ({
        href: (item.querySelector('a') as HTMLAnchorElement).href,
        marked: item.querySelector('.register-context mark')?.textContent ?? '',
        context: (item.querySelector('.register-context')?.textContent ?? '').replace(/^… | …$/gu, ''),
      })),
    );
    const anchored = references.filter(({ href }) => href.includes('#absatz-'));
    expect(anchored.length, path).toBeGreaterThan(0);
    for (const { href, marked, context } of anchored) {
      expect(marked, href).toContain(name);
      await page.goto(href);
      const paragraph = page.locator(`[id="${href.split('#')[1]}"]`);
      await expect(paragraph, href).toContainText(name);
      expect((await paragraph.innerText()).replace(/\s+/gu, ' '), href).toContain(context);
    }
  }
});

test('register pages carry schema.org Person and Organization data from the report', async ({ page }) => {
  const jsonLd = async () =>
    (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as Record<string, unknown>,
    );
  await page.goto(`${basePath}referierende/anne-van-riessen/`);
  expect(await jsonLd()).toContainEqual(
    expect.objectContaining({
      '@type': 'Person',
      name: 'Anne van Rießen',
      honorificPrefix: 'Dr.',
      jobTitle: ['Gastprofessorin', 'Projektleiterin'],
    }),
  );
  await page.goto(`${basePath}institutionen/iss/`);
  expect(await jsonLd()).toContainEqual(
    expect.objectContaining({
      name: 'Institut für Soziologie und Sozialpsychologie',
      alternateName: 'ISS',
      parentOrganization: expect.objectContaining({ name: 'Universität zu Köln' }),
      location: { '@type': 'Place', name: 'Köln' },
    }),
  );
});

test('the header and the home page lead into the register', async ({ page }) => {
  await page.goto(basePath);
  await page.getByRole('navigation', { name: 'Register' }).getByRole('link', { name: 'Themen' }).click();
  await expect(page.locator('h1')).toHaveText('Themen');
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Register' })
    .click();
  await expect(page.locator('h1')).toHaveText('Register');
  await expect(page.locator('main h2 a')).toHaveText(['Referierende', 'Themen', 'Institutionen', 'Orte']);
});

test('paragraph anchors are on the section pages and not repeated on the whole report', async ({ page }) => {
  await page.goto(`${basePath}tagung-2018/forschungsdesign/`);
  await expect(page.locator('main [id^="absatz-"]')).toHaveCount(6);
  await expect(page.locator('#absatz-2')).toContainText('Die Stadt Düsseldorf hat in Reaktion');
  await page.goto(`${basePath}tagung-2018/`);
  await expect(page.locator('[id^="absatz-"]')).toHaveCount(0);
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  expect(ids.length).toBe(new Set(ids).size);
});
