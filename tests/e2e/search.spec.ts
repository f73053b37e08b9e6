/**
 * Search as a reader uses it, in Chromium against the built site and its Pagefind index:
 * which section a query finds, filters, the shareable search URL, the keyboard, accessibility,
 * and that index content is shown as text, never as markup.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { axeViolations } from '../support/axe.ts';
import { readEvents, readRegister, readSections } from '../support/content.ts';
import { basePath } from '../support/site.ts';

const searchPage = `${basePath}suche/`;

/** Held-out queries that must reach their section among the first three (measured: see docs/search.md). */
const HELD_OUT_FLOOR = 16;
const HELD_OUT_MORE_FLOOR = 7;

/** Paths of the results on the search page, in order. */
async function resultPaths(page: Page): Promise<string[]> {
  const links = page.locator('[data-search-page-results] > li > p > a');
  const hrefs = await links.evaluateAll((anchors) =>
    anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  return hrefs;
}

async function search(page: Page, params: Record<string, string | string[]>): Promise<string[]> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const one of [value].flat()) query.append(key, one);
  await page.goto(`${searchPage}?${query.toString()}`);
  await expect(page.locator('[data-search-page-status]')).toHaveText(/Treffer/u);
  return resultPaths(page);
}

/**
 * The results for many addresses in a row on one search page, as Back and Forward show them: the address
 * is set as a history move would set it, and the page answers with that search, without loading the page
 * and its index again for each query. The status line is emptied first, so that the one awaited is this
 * search's.
 */
async function searchHere(page: Page, params: Record<string, string>): Promise<string[]> {
  if (new URL(page.url()).pathname !== searchPage) return search(page, params);
  await page.evaluate(
    (address) => {
      const status = document.querySelector('[data-search-page-status]');
      if (status) status.textContent = '';
      history.pushState(null, '', address);
      dispatchEvent(new PopStateEvent('popstate'));
    },
    `${searchPage}?${new URLSearchParams(params).toString()}`,
  );
  await expect(page.locator('[data-search-page-status]')).toHaveText(/Treffer/u);
  return resultPaths(page);
}

/**
 * Queries as readers type them, and the section that must be among the first three results.
 * The expected section is the one whose text (or presenters) the word belongs to in the report.
 */
const queryTable: readonly { query: string; slug: string; why: string }[] = [
  { query: 'Farrokhzad', slug: 'kommunales-management', why: 'presenter surname' },
  { query: 'Schwarzenberg', slug: 'koelner-fluechtlingsstudien', why: 'presenter surname' },
  { query: 'Leßke', slug: 'koelner-fluechtlingsstudien', why: 'presenter surname' },
  { query: 'Lesske', slug: 'koelner-fluechtlingsstudien', why: 'ss for ß' },
  { query: 'Jepkens', slug: 'online-befragung', why: 'presenter surname' },
  { query: 'Hauprich', slug: 'online-befragung', why: 'presenter surname' },
  { query: 'Scholten', slug: 'raumerleben', why: 'presenter surname' },
  { query: 'Zimmer-Hegmann', slug: 'integration-im-quartier', why: 'presenter surname with hyphen' },
  { query: 'Riessen', slug: 'forschungsdesign', why: 'ss for ß in a surname' },
  { query: 'Deinet', slug: 'schlusskommentar', why: 'presenter surname' },
  { query: 'INTERKULT', slug: 'kommunales-management', why: 'institution' },
  { query: 'ILS', slug: 'integration-im-quartier', why: 'institution abbreviation' },
  { query: 'Koeln', slug: 'koelner-fluechtlingsstudien', why: 'oe for ö, place' },
  { query: 'Duesseldorf', slug: 'inteso', why: 'ue for ü, place' },
  { query: 'Hamburg', slug: 'koelner-fluechtlingsstudien', why: 'place' },
  { query: 'Muelheim', slug: 'koelner-fluechtlingsstudien', why: 'ue for ü, place' },
  { query: 'Nadelmethode', slug: 'raumerleben', why: 'rare term' },
  { query: 'Reziprozität', slug: 'online-befragung', why: 'rare term' },
  { query: 'Wirkmaechtigkeit', slug: 'online-befragung', why: 'rare term, ae for ä' },
  { query: 'Gelingensbedingungen', slug: 'einleitung', why: 'rare term' },
  { query: 'Ver-Regelung', slug: 'forschungsdesign', why: 'rare hyphenated term' },
  { query: 'Ehrenamt', slug: 'online-befragung', why: 'topic word' },
  { query: 'Welcome Points', slug: 'forschungsdesign', why: 'topic, two words' },
  { query: 'Quartier', slug: 'integration-im-quartier', why: 'topic word' },
  { query: 'Raumaneignung', slug: 'raumerleben', why: 'topic word' },
  { query: 'konzepte', slug: 'kommunales-management', why: 'compound part of Integrationskonzepte' },
  { query: 'befragung', slug: 'raumerleben', why: 'compound part of Jugendbefragung' },
  { query: 'erfahrungen', slug: 'raumerleben', why: 'compound part of Diskriminierungserfahrungen' },
  { query: 'Schluesselpersonen', slug: 'forschungsdesign', why: 'ue for ü in a compound' },
  { query: 'Zuerich', slug: 'kommunales-management', why: 'ue for ü, place outside Germany' },
];

test('each query finds its section among the first three results', async ({ page }) => {
  expect(queryTable.length).toBeGreaterThanOrEqual(25);
  const misses: string[] = [];
  await page.goto(searchPage);
  const input = page.getByRole('searchbox', { name: 'Suchbegriff' });
  for (const { query, slug, why } of queryTable) {
    await input.fill(query);
    await expect(page.locator('[data-search-page-status]')).toHaveText(
      new RegExp(`Treffer für „${query}“(?: · auch gesucht: .+)?$`, 'u'),
    );
    const top = (await resultPaths(page)).slice(0, 3);
    if (!top.includes(`${basePath}tagung-2018/${slug}/`))
      misses.push(`${query} (${why}): expected ${slug}, got ${top.join(', ') || 'nothing'}`);
  }
  expect(misses).toEqual([]);
});

/**
 * Misspelled names and terms, as readers type them by ear, and the section each must still reach
 * from `/suche/?q=…`: the correction's results stand in the result list.
 */
const misspellings: readonly { query: string; slug: string; meant: string }[] = [
  { query: 'Farrokhsad', slug: 'kommunales-management', meant: 'Farrokhzad' },
  { query: 'Hauprisch', slug: 'online-befragung', meant: 'Hauprich' },
  { query: 'Schwarzenburg', slug: 'koelner-fluechtlingsstudien', meant: 'Schwarzenberg' },
  { query: 'Jebkens', slug: 'online-befragung', meant: 'Jepkens' },
  { query: 'Scholtem', slug: 'raumerleben', meant: 'Scholten' },
  { query: 'Dejnet', slug: 'schlusskommentar', meant: 'Deinet' },
  { query: 'Nadelmetode', slug: 'raumerleben', meant: 'Nadelmethode' },
  { query: 'Rezibrozität', slug: 'online-befragung', meant: 'Reziprozität' },
  { query: 'Gelingensbedinungen', slug: 'einleitung', meant: 'Gelingensbedingungen' },
  { query: 'Wirkmächtigkiet', slug: 'online-befragung', meant: 'Wirkmächtigkeit' },
  { query: 'Quatrier', slug: 'integration-im-quartier', meant: 'Quartier' },
  { query: 'Düseldorf', slug: 'inteso', meant: 'Düsseldorf' },
];

test('misspelled names and terms reach their section through a correction in the result list', async ({
  page,
}) => {
  expect(misspellings.length).toBeGreaterThanOrEqual(10);
  const misses: string[] = [];
  for (const { query, slug, meant } of misspellings) {
    const top = (await searchHere(page, { q: query })).slice(0, 3);
    if (!top.includes(`${basePath}tagung-2018/${slug}/`))
      misses.push(`${query}: expected ${slug}, got ${top.join(', ') || 'nothing'}`);
    const notes = await page.locator('[data-search-page-results] > li.search-note').allInnerTexts();
    if (!notes.some((note) => note.includes(`„${meant}“`)))
      misses.push(`${query}: no note naming „${meant}“ (${notes.join(' | ')})`);
  }
  expect(misses).toEqual([]);
});

test('a correction says what was searched and offers the query as typed; its own hits come first', async ({
  page,
}) => {
  await search(page, { q: 'Farrokhsad' });
  const results = page.locator('[data-search-page-results]');
  // Below the instant answers, if any.
  await expect(results.locator('> li:not([data-search-answers])').first()).toHaveText(
    'Ergebnisse für „Farrokhzad“ · stattdessen „Farrokhsad“ suchen',
  );
  // The correction is said once, in the list; the status line counts the results.
  await expect(page.getByRole('status')).toHaveText(/^\d+ Treffer für „Farrokhzad“$/u);
  await results.getByRole('link', { name: 'stattdessen „Farrokhsad“ suchen' }).click();
  await expect(page).toHaveURL(/\?q=Farrokhsad&genau=1$/u);
  await expect(page.getByRole('status')).toHaveText('Keine Treffer für „Farrokhsad“');
  await expect(results.locator('> li')).toHaveCount(0);
  // Back returns to the corrected results.
  await page.goBack();
  await expect(page.getByRole('status')).toHaveText(/Treffer für „Farrokhzad“/u);
});

test("hits the query found itself stay first; the correction's further results follow „Meinten Sie …?“", async ({
  page,
}) => {
  // „Düseldorf“ as typed finds a section or two (the name of a place in its facts), fewer than three.
  const asTyped = await search(page, { q: 'Düseldorf', genau: '1' });
  expect(asTyped.length).toBeGreaterThan(0);
  expect(asTyped.length).toBeLessThan(3);
  await search(page, { q: 'Düseldorf' });
  const items = await page
    .locator('[data-search-page-results] > li:not([data-search-answers])')
    .evaluateAll((entries) =>
      entries.map((entry) =>
        entry.classList.contains('search-note')
          ? entry.textContent
          : new URL((entry.querySelector('a') as HTMLAnchorElement).href).pathname,
      ),
    );
  expect(items.slice(0, asTyped.length)).toEqual(asTyped);
  expect(items[asTyped.length]).toBe('Meinten Sie „Düsseldorf“?');
  expect(items.length).toBeGreaterThan(asTyped.length + 1);
  expect(items).toContain(`${basePath}tagung-2018/inteso/`);
});

test('the header search corrects a misspelled name too', async ({ page }) => {
  await page.goto(basePath);
  await page.keyboard.press('/');
  await page.keyboard.type('Hauprisch');
  const panel = page.getByRole('region', { name: 'Suchergebnisse' });
  await expect(panel.getByRole('status')).toHaveText(/Treffer für „Hauprich“$/u);
  await expect(panel.locator('[data-search-results] > li:not([data-search-answers])').first()).toContainText(
    'stattdessen „Hauprisch“ suchen',
  );
  const first = panel.locator('[data-search-results] > li.search-hit').first().getByRole('link').first();
  await expect(first).toHaveAttribute('href', /\/tagung-2018\/online-befragung\//u);
});

interface SectionFrontmatter {
  slug: string;
  presenters?: string[];
}

/** Each presenter's display name and the sections they presented, read from the content files. */
function presentersWithSections(): { name: string; paths: string[] }[] {
  const people = new Map(
    readRegister('people').map((entry) => {
      const data = entry.data as { name: string; honorific?: string };
      return [entry.id, data.honorific ? `${data.honorific} ${data.name}` : data.name] as const;
    }),
  );
  const byPerson = new Map<string, string[]>();
  for (const section of readSections()) {
    const data = section.data as SectionFrontmatter;
    const event = section.id.split('/')[0] ?? '';
    for (const id of data.presenters ?? []) {
      const paths = byPerson.get(id) ?? [];
      paths.push(`${basePath}${event}/${data.slug}/`);
      byPerson.set(id, paths);
    }
  }
  return [...byPerson].map(([id, paths]) => ({ name: people.get(id) ?? id, paths: paths.sort() }));
}

test("each presenter's filter lists exactly that person's sections, with an empty query", async ({
  page,
}) => {
  const presenters = presentersWithSections();
  expect(presenters.length).toBeGreaterThanOrEqual(8);
  for (const { name, paths } of presenters) {
    const found = await searchHere(page, { person: name });
    expect(found.sort(), name).toEqual(paths);
    await expect(
      page.getByRole('checkbox', { name: new RegExp(`^${name.replace(/\./gu, '\\.')}`, 'u') }),
    ).toBeChecked();
  }
});

test('a filter narrows a query, and choosing it on the page updates the URL', async ({ page }) => {
  const all = await search(page, { q: 'Köln' });
  expect(all.length).toBeGreaterThan(1);
  await page.getByRole('checkbox', { name: /^Felix Leßke/u }).check();
  await expect(page).toHaveURL(/person=Felix\+Le%C3%9Fke/u);
  await expect(page.locator('[data-search-page-results] > li')).toHaveCount(1);
  const narrowed = await resultPaths(page);
  expect(narrowed).toEqual([`${basePath}tagung-2018/koelner-fluechtlingsstudien/`]);
  expect(all).toContain(narrowed[0]);
  await page.reload();
  await expect(page.locator('[data-search-page-input]')).toHaveValue('Köln');
  await expect(page.getByRole('checkbox', { name: /^Felix Leßke/u })).toBeChecked();
  await expect(page.locator('[data-search-page-results] > li')).toHaveCount(1);
});

test('with a query, filter values without hits are hidden and each group says how many have hits', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await search(page, { q: 'Ehrenamt' });
  const group = page.locator('[data-search-filter="Referierende"]');
  const values = await group.locator('[data-search-value]').evaluateAll((items) =>
    items.map((item) => ({
      hidden: (item as HTMLElement).hidden,
      count: Number(/\((\d+)\)/u.exec(item.textContent ?? '')?.[1]),
    })),
  );
  const withHits = values.filter(({ count }) => count > 0);
  expect(withHits.length).toBeGreaterThan(0);
  expect(values.filter(({ count }) => count === 0).length).toBeGreaterThan(0);
  // Every value without hits is hidden; every value with hits shows (the group is short enough).
  for (const { hidden, count } of values) expect(hidden).toBe(count === 0);
  await expect(group.locator('[data-search-facet-count]')).toHaveText(String(withHits.length));
});

test('without a query, long filter groups show a few values and fold the rest behind „weitere anzeigen“', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(searchPage);
  const group = page.locator('[data-search-filter="Referierende"]');
  const total = await group.getByRole('checkbox', { includeHidden: true }).count();
  expect(total).toBeGreaterThan(6);
  await expect(group.getByRole('checkbox')).toHaveCount(6);
  const more = group.getByRole('button', { name: `weitere anzeigen (${total - 6})` });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(group.getByRole('checkbox')).toHaveCount(total);
  await expect(group.getByRole('button', { name: 'weniger anzeigen' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  // The group folds under its name.
  await group.locator('summary').click();
  await expect(group.getByRole('checkbox')).toHaveCount(0);
});

test('presenters are sorted by surname, and keep their names as shown in the address', async ({ page }) => {
  const sortNames = new Map(
    readRegister('people').map((entry) => {
      const data = entry.data as { name: string; honorific?: string; sortName: string };
      return [data.honorific ? `${data.honorific} ${data.name}` : data.name, data.sortName] as const;
    }),
  );
  await page.goto(searchPage);
  const shown = await page
    .locator('[data-search-filter="Referierende"] input')
    .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
  const bySurname = [...shown].sort((a, b) =>
    (sortNames.get(a) ?? a).localeCompare(sortNames.get(b) ?? b, 'de'),
  );
  expect(shown).toEqual(bySurname);
  expect(shown).not.toEqual([...shown].sort((a, b) => a.localeCompare(b, 'de')));
});

test('chosen filters stand above the results as chips that remove them, with „Alle Filter entfernen“', async ({
  page,
}) => {
  await search(page, { q: 'Köln', person: 'Felix Leßke', art: 'Gastvortrag' });
  const chips = page.getByRole('group', { name: 'Gewählte Filter' });
  await expect(chips.getByRole('listitem')).toHaveText(['Felix Leßke×', 'Gastvortrag×']);
  const results = page.locator('[data-search-page-results]');
  const chipsBox = await page.locator('[data-search-chips]').boundingBox();
  const resultsBox = await results.boundingBox();
  expect(chipsBox && resultsBox && chipsBox.y < resultsBox.y).toBe(true);
  await chips.getByRole('button', { name: 'Filter Art des Beitrags: Gastvortrag entfernen' }).click();
  await expect(page).toHaveURL(/\?q=K%C3%B6ln&person=Felix\+Le%C3%9Fke$/u);
  await expect(page.getByRole('checkbox', { name: /^Gastvortrag/u, includeHidden: true })).not.toBeChecked();
  await page.getByRole('button', { name: 'Alle Filter entfernen' }).click();
  await expect(page).toHaveURL(/\?q=K%C3%B6ln$/u);
  await expect(chips).toBeHidden();
});

test('each filter change is a history entry that Back undoes; typing replaces the entry', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await search(page, { q: 'Köln' });
  const leßke = page.getByRole('checkbox', { name: /^Felix Leßke/u });
  await leßke.check();
  await expect(page).toHaveURL(/person=Felix\+Le%C3%9Fke/u);
  await expect(page.locator('[data-search-page-results] > li.search-hit')).toHaveCount(1);
  await page.goBack();
  await expect(page).toHaveURL(/\/suche\/\?q=K%C3%B6ln$/u);
  await expect(leßke).not.toBeChecked();
  expect((await resultPaths(page)).length).toBeGreaterThan(1);
  await page.goForward();
  await expect(leßke).toBeChecked();
  const entries = await page.evaluate(() => window.history.length);
  const field = page.getByRole('searchbox', { name: 'Suchbegriff' });
  await field.focus();
  await field.press('End');
  await field.pressSequentially('er');
  await expect(page).toHaveURL(/q=K%C3%B6lner/u);
  expect(await page.evaluate(() => window.history.length)).toBe(entries);
});

test('filters show counts and combine kinds: every Gastvortrag is listed', async ({ page }) => {
  const guestTalks = readSections().filter(
    (section) => (section.data as { kind: string }).kind === 'guest-talk',
  );
  const found = await search(page, { art: 'Gastvortrag' });
  expect(found).toHaveLength(guestTalks.length);
  await expect(page.getByRole('checkbox', { name: /^Gastvortrag/u })).toBeChecked();
  await expect(
    page.locator('[data-search-filter="Art des Beitrags"] label', { hasText: 'Gastvortrag' }),
  ).toHaveText(`Gastvortrag (${guestTalks.length})`);
});

test("with a query, each presenter's count is the number of results they presented", async ({ page }) => {
  await search(page, { q: 'Ehrenamt' });
  const presenterLines = await page
    .locator('[data-search-page-results] > li > p:nth-of-type(2)')
    .allInnerTexts();
  const counts = await page.locator('[data-search-filter="Referierende"] label').allInnerTexts();
  expect(counts.length).toBeGreaterThanOrEqual(8);
  let presenting = 0;
  for (const label of counts) {
    const [, name = '', count = ''] = /^(.*) \((\d+)\)$/u.exec(label.trim()) ?? [];
    const expected = presenterLines.filter((line) => line.includes(name)).length;
    expect(Number(count), name).toBe(expected);
    presenting += expected;
  }
  expect(presenting).toBeGreaterThan(0);
  // Results show the report's passages, not the index's list of a section's facts.
  const results = page.locator('[data-search-page-results]');
  await expect(results.getByRole('link', { name: /^Absatz \d+$/u }).first()).toBeVisible();
  await expect(results).not.toContainText('Orte Düsseldorf');
});

test('on a phone the filters fold behind „Filter wählen“, so the first result is on the first screen', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await search(page, { q: 'Ehrenamt' });
  await expect(page.locator('[data-search-page-results] > li').first()).toBeInViewport();
  await expect(page.getByRole('checkbox', { name: /^Katja Jepkens/u })).toBeHidden();
  await page.getByText('Filter wählen').click();
  await page.getByRole('checkbox', { name: /^Katja Jepkens/u }).check();
  await expect(page.getByText('Filter wählen')).toContainText('(1 gewählt)');
  // A shared search with a filter opens with the filters unfolded, the chosen one visible.
  await search(page, { person: 'Felix Leßke' });
  await expect(page.getByRole('checkbox', { name: /^Felix Leßke/u })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Felix Leßke/u })).toBeChecked();
  await context.close();
});

test('on a wide screen the filters stand open beside the results', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await search(page, { q: 'Ehrenamt' });
  await expect(page.getByRole('checkbox', { name: /^Katja Jepkens/u })).toBeInViewport();
  await expect(page.getByText('Filter wählen')).toBeHidden();
  await context.close();
});

test('excerpts show „…“ where they are cut out of a longer text', async ({ page }) => {
  await search(page, { q: 'Ehrenamt' });
  const excerpts = await page.locator('[data-search-page-results] li li p').allInnerTexts();
  expect(excerpts.length).toBeGreaterThan(2);
  // Pagefind cuts 24 words out of paragraphs that are longer: the cut ends carry „…“.
  expect(excerpts.filter((text) => /^…\s|\s…$/u.test(text)).length).toBeGreaterThan(0);
});

test('opening /suche/?q=Nadelmethode shows the result without typing', async ({ page }) => {
  await page.goto(`${searchPage}?q=Nadelmethode`);
  await expect(page.locator('[data-search-page-input]')).toHaveValue('Nadelmethode');
  const first = page.locator('[data-search-page-results] > li').first();
  await expect(first.getByRole('link').first()).toHaveText('2.3 Raumerleben junger Geflüchteter');
  await expect(first).toContainText('Lisa Scholten und Prof. Dr. Ulrich Deinet');
  // The excerpt and the sub-result for the paragraph that holds the word both mark it.
  const marks = await first.locator('mark').allInnerTexts();
  expect(marks.length).toBeGreaterThan(0);
  expect(new Set(marks)).toEqual(new Set(['Nadelmethode']));
  await expect(page.getByRole('status')).toHaveText('1 Treffer für „Nadelmethode“');
});

test('keyboard only: / opens search, arrows reach a passage, Enter lands on it with the words marked', async ({
  page,
}) => {
  await page.goto(basePath);
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox', { name: 'Bericht durchsuchen' });
  await expect(input).toBeFocused();
  await page.keyboard.type('Netzwerken');
  const panel = page.getByRole('region', { name: 'Suchergebnisse' });
  await expect(panel.getByRole('status')).toHaveText(/^\d+ Treffer für „Netzwerken“$/u);
  const passage = panel.getByRole('link', { name: 'Ergebnis 3' });
  await expect(passage).toBeVisible();
  let steps = 0;
  while (!(await passage.evaluate((link) => link === document.activeElement)) && steps < 10) {
    await page.keyboard.press('ArrowDown');
    steps += 1;
  }
  await expect(passage).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tagung-2018\/forschungsdesign\/\?markiert=Netzwerken#ergebnis-3$/u);
  const marks = page.locator('#ergebnis-3 mark');
  await expect(marks.first()).toBeVisible();
  expect(await marks.allInnerTexts()).toEqual(['Netzwerken', 'Netzwerken', 'Netzwerke']);
});

test('Esc closes the results and Ctrl+K opens search again', async ({ page }) => {
  await page.goto(`${basePath}tagung-2018/`);
  await page.keyboard.press('Control+k');
  const input = page.getByRole('searchbox', { name: 'Bericht durchsuchen' });
  await expect(input).toBeFocused();
  await page.keyboard.type('Hamburg');
  const panel = page.getByRole('region', { name: 'Suchergebnisse' });
  await expect(panel.getByRole('link').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(input).toBeFocused();
});

test('no search code is loaded before the reader opens search', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${basePath}tagung-2018/raumerleben/`, { waitUntil: 'networkidle' });
  expect(
    requested.filter(
      (path) => path.includes('/pagefind/') || /\/(header|engine|render|highlight)\./u.test(path),
    ),
  ).toEqual([]);
  await page.keyboard.press('/');
  await page.keyboard.type('Köln');
  await expect(page.getByRole('region', { name: 'Suchergebnisse' }).getByRole('link').first()).toBeVisible();
  expect(requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('the search page shows its filters and counts without loading the index, and loads it when the reader goes to the field', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(searchPage, { waitUntil: 'networkidle' });
  await expect(page.getByRole('status')).toHaveText(/^Suchbegriff eingeben oder Filter wählen/u);
  const guestTalks = readSections().filter(
    (section) => (section.data as { kind: string }).kind === 'guest-talk',
  );
  await expect(
    page.locator('[data-search-filter="Art des Beitrags"] label', { hasText: 'Gastvortrag' }),
  ).toHaveText(`Gastvortrag (${guestTalks.length})`);
  expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);
  await page.getByRole('searchbox', { name: 'Suchbegriff' }).focus();
  await expect.poll(() => requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test("the search page's filter counts, written at build time, are the index's own counts", async ({
  page,
}) => {
  await page.goto(searchPage);
  const shown = await page
    .locator('[data-search-filter]')
    .evaluateAll((fieldsets) =>
      Object.fromEntries(
        fieldsets.map((fieldset) => [
          (fieldset as HTMLElement).dataset['searchFilter'],
          Object.fromEntries(
            [...fieldset.querySelectorAll('label')].map((label) => [
              label.querySelector('input')?.value,
              Number(/\((\d+)\)$/u.exec(label.textContent?.trim() ?? '')?.[1]),
            ]),
          ),
        ]),
      ),
    );
  const indexed = await page.evaluate(async (url) => {
    const pagefind = await import(url);
    await pagefind.options({ noWorker: true });
    await pagefind.init();
    return pagefind.filters();
  }, `${basePath}pagefind/pagefind.js`);
  expect(Object.keys(shown).length).toBe(5);
  expect(shown).toEqual(indexed);
});

test('what a reader types before the page has finished loading is searched, not lost', async ({ page }) => {
  // Hold the page's scripts until the reader has typed, as on a slow connection.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/_astro\/.*\.js$/u, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(searchPage, { waitUntil: 'commit' });
  const input = page.getByRole('searchbox', { name: 'Suchbegriff' });
  await input.fill('Nadelmethode');
  release();
  await expect(page.getByRole('status')).toHaveText('1 Treffer für „Nadelmethode“');
  await expect(input).toHaveValue('Nadelmethode');
  await expect(page).toHaveURL(/\/suche\/\?q=Nadelmethode$/u);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with search open (${colorScheme})`, async ({ browser }) => {
    // Two full axe runs: some 20–25 s on the shared machine under load.
    test.setTimeout(60_000);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${basePath}tagung-2018/forschungsdesign/`);
    await page.keyboard.press('/');
    await page.keyboard.type('Düsseldorf');
    await expect(
      page.getByRole('region', { name: 'Suchergebnisse' }).getByRole('link').first(),
    ).toBeVisible();
    expect(await axeViolations(page), 'search open').toEqual([]);
    await page.goto(`${searchPage}?q=Ehrenamt&thema=Ehrenamt+und+Hauptamt`);
    await expect(page.locator('[data-search-page-results] > li').first()).toBeVisible();
    expect(await axeViolations(page), 'search page with results').toEqual([]);
    await context.close();
  });
}

test('index content that looks like markup is shown as text, only Pagefind marks become <mark>', async ({
  page,
}) => {
  const hostile = '<img src=x onerror="window.__injected=1">';
  // A stand-in for Pagefind's API that returns a result whose title and excerpt contain markup-like text.
  await page.route('**/pagefind/pagefind.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `
        const result = {
          url: '/tagung-2018/raumerleben/#x',
          excerpt: 'vor ${hostile.replace(/"/gu, '\\"')} und &lt;b&gt;fett&lt;/b&gt; <mark>Treffer</mark> danach',
          meta: { title: ${JSON.stringify(hostile)}, kind: 'Projektvortrag', presenters: '<script>window.__injected=2</script>' },
          content: 'vor ${hostile.replace(/"/gu, '\\"')} Treffer danach',
          filters: { Thema: [${JSON.stringify(hostile)}] },
          sub_results: [],
        };
        export async function options() {}
        export async function init() {}
        export async function filters() { return {}; }
        export async function search() { return { results: [{ id: 'x', data: async () => result }], filters: {}, unfilteredResultCount: 1 }; }
      `,
    }),
  );
  await page.goto(`${searchPage}?q=Treffer`);
  // The result itself; a note offering a spelling of the site's own (a word near „Treffer“) may follow.
  const item = page.locator('[data-search-page-results] > li.search-hit');
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('link')).toHaveText(hostile);
  await expect(item).toContainText('<script>window.__injected=2</script>');
  await expect(item).toContainText(`vor ${hostile} und <b>fett</b> Treffer danach`);
  await expect(item.locator('mark')).toHaveText(['Treffer']);
  expect(await item.locator('img, script, b').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
});

/**
 * Held-out queries in a reader's words (tests/fixtures/search/held-out.yaml, written before the
 * synonyms were built; held-out-more.yaml, written before its queries were first searched): how many
 * reach their section first, second or third. Prints the figures; fails when fewer than the floor
 * reach the first three.
 */
test('held-out queries in a reader’s own words reach their section (synonyms, several words)', async ({
  page,
}) => {
  test.setTimeout(240_000);
  for (const { file, floor, least } of [
    { file: 'held-out.yaml', floor: HELD_OUT_FLOOR, least: 20 },
    { file: 'held-out-more.yaml', floor: HELD_OUT_MORE_FLOOR, least: 10 },
  ]) {
    const cases = parseYaml(readFileSync(new URL(`../fixtures/search/${file}`, import.meta.url), 'utf8')) as {
      query: string;
      section: string;
    }[];
    expect(cases.length).toBeGreaterThanOrEqual(least);
    const ranks = [0, 0, 0];
    const lines: string[] = [];
    for (const { query, section } of cases) {
      const paths = await searchHere(page, { q: query });
      const rank = paths.indexOf(`${basePath}${section}/`);
      if (rank >= 0 && rank < 3) ranks[rank] = (ranks[rank] ?? 0) + 1;
      lines.push(`${rank === -1 ? '–' : rank + 1} ${query} → ${section}`);
    }
    console.log(`${file}: ${ranks.join('/')} of ${cases.length} first/second/third\n${lines.join('\n')}`);
    expect(
      ranks.reduce((sum, count) => sum + count, 0),
      file,
    ).toBeGreaterThanOrEqual(floor);
  }
});

test('a reader’s word leads to the report’s word: own hits first, then „Auch gesucht: …“', async ({
  page,
}) => {
  const own = await search(page, { q: 'Umfrage', genau: '1' });
  expect(own.length).toBeGreaterThan(0);
  const paths = await searchHere(page, { q: 'Umfrage' });
  // The sections that say „Umfrage“ come first, in their own order; the synonyms' sections after.
  expect(paths.slice(0, own.length)).toEqual(own);
  expect(paths.slice(own.length)).toContain(`${basePath}tagung-2018/online-befragung/`);
  const results = page.locator('[data-search-page-results]');
  await expect(results.locator('> li[data-search-synonyms]')).toHaveText(/^Auch gesucht: .*Befragung/u);
  // The note in the list names the synonyms; the status line does not say it a second time.
  await expect(page.getByRole('status')).toHaveText(/^\d+ Treffer für „Umfrage“$/u);
  // A word the report never uses finds the report's word.
  const volunteers = await search(page, { q: 'Freiwillige' });
  expect(volunteers).toContain(`${basePath}tagung-2018/online-befragung/`);
  // With no hit of its own the list has no note: the status line names the word searched instead.
  await expect(page.getByRole('status')).toHaveText(
    /Treffer für „Freiwillige“ · auch gesucht: Ehrenamtliche/u,
  );
  await expect(results.locator('> li[data-search-synonyms]')).toHaveCount(0);
});

/** Each result on the search page: its address and the excerpts it shows (its passages', or its own). */
async function resultExcerpts(page: Page): Promise<{ path: string; excerpts: string[] }[]> {
  return page.locator('[data-search-page-results] > li.search-hit').evaluateAll((items) =>
    items.map((item) => ({
      path: new URL((item.querySelector('p > a') as HTMLAnchorElement).href).pathname,
      excerpts: [...item.querySelectorAll(':scope li p, :scope > p:last-child')].map(
        (p) => p.textContent ?? '',
      ),
    })),
  );
}

test('synonyms stay on topic: a section titled with the synonym comes right after the reader’s own hits', async ({
  page,
}) => {
  const own = await search(page, { q: 'Umfrage', genau: '1' });
  const paths = await searchHere(page, { q: 'Umfrage' });
  expect(paths.length).toBeGreaterThan(own.length);
  expect(paths.slice(0, 2)).toContain(`${basePath}tagung-2018/online-befragung/`);
  // Every excerpt comes from the section's text, not from its facts or its title: its words
  // (without the „…“ where it was cut) stand in the reading text of the page it links to.
  const results = await resultExcerpts(page);
  const texts = new Map<string, string>();
  for (const { path } of results) {
    await page.goto(path);
    texts.set(path, (await page.locator('.reading').innerText()).replace(/\s+/gu, ' '));
  }
  for (const { path, excerpts } of results) {
    expect(excerpts.length, path).toBeGreaterThan(0);
    for (const excerpt of excerpts) {
      const words = excerpt.replace(/…/gu, ' ').replace(/\s+/gu, ' ').trim().split(' ').slice(0, 8).join(' ');
      expect(texts.get(path), `${path}: ${excerpt}`).toContain(words);
    }
  }
});

test('a mark holds the word found, never the punctuation beside it', async ({ page }) => {
  for (const query of ['Untersuchung', 'Befragung', 'Kölner']) {
    await searchHere(page, { q: query });
    const marks = await page.locator('[data-search-page-results] mark').allInnerTexts();
    expect(marks.length, query).toBeGreaterThan(0);
    for (const mark of marks) expect(mark, query).toMatch(/^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?$/u);
  }
});

test('with synonyms, the filters count the results listed, the synonyms’ too', async ({ page }) => {
  const own = await search(page, { q: 'Umfrage', genau: '1' });
  const listed = await searchHere(page, { q: 'Umfrage' });
  expect(listed.length).toBeGreaterThan(own.length);
  // Every section has one kind: the kinds' counts add up to the results listed.
  const kinds = await page.locator('[data-search-filter="Art des Beitrags"] label').allInnerTexts();
  const counted = kinds.reduce((sum, label) => sum + Number(/\((\d+)\)$/u.exec(label.trim())?.[1] ?? 0), 0);
  expect(counted).toBe(listed.length);
});

test('the search page preloads only what its search uses, each file fetched once', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (/preloaded .* but not used/u.test(message.text())) warnings.push(message.text());
  });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await search(page, { q: 'Ehrenamt' });
  const preloaded = await page
    .locator('link[rel="preload"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  expect(preloaded.length).toBeGreaterThan(3);
  // A preload that Pagefind does not take up is fetched a second time, and the browser warns about it
  // a few seconds after the page has loaded.
  const twice = requested.filter((path, index) => requested.indexOf(path) !== index);
  expect(twice).toEqual([]);
  await page.waitForTimeout(5_000);
  expect(warnings).toEqual([]);
});

test('no synonym puts another section before the sections a common word finds itself', async ({ page }) => {
  test.setTimeout(120_000);
  const words = readFileSync(new URL('../fixtures/compounds/common-words.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const misplaced: string[] = [];
  let checked = 0;
  for (const word of words.slice(0, 40)) {
    const own = await searchHere(page, { q: word, genau: '1' });
    if (own.length === 0) continue;
    checked += 1;
    const all = await searchHere(page, { q: word });
    if (all.slice(0, own.length).join(' ') !== own.join(' '))
      misplaced.push(`${word}: ${all[0]} before ${own[0]}`);
  }
  expect(checked).toBeGreaterThan(5);
  expect(misplaced).toEqual([]);
});

test('the word being typed is completed: „Farok“ and „Jugendbef“ reach their sections, in the header and on /suche/', async ({
  page,
}) => {
  await page.goto(basePath);
  const input = page.getByRole('searchbox', { name: 'Bericht durchsuchen' });
  const results = page.locator('[data-search-results]');
  for (const [typed, slug] of [
    ['Farok', 'kommunales-management'],
    ['Jugendbef', 'raumerleben'],
  ] as const) {
    await input.fill('');
    await input.pressSequentially(typed);
    await expect(results.locator(`a[href*="/tagung-2018/${slug}/"]`).first()).toBeVisible();
  }
  await page.goto(searchPage);
  await page.locator('[data-search-page-input]').pressSequentially('Farok');
  await expect(page.getByRole('status')).toHaveText(/Treffer für „Farrokhzad“/u);
  expect((await resultPaths(page))[0]).toBe(`${basePath}tagung-2018/kommunales-management/`);
});

test('names and topics answer at the first keystroke, before the full-text index; its results join below without moving them', async ({
  page,
}) => {
  // Hold Pagefind's files back until the answers have been seen.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/pagefind\//u, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(basePath);
  const input = page.getByRole('searchbox', { name: 'Bericht durchsuchen' });
  await input.focus();
  await input.pressSequentially('Farrokhzad');
  const results = page.locator('[data-search-results]');
  const answer = results
    .locator('> li[data-search-answers] a[href*="/tagung-2018/kommunales-management/"]')
    .first();
  await expect(answer).toBeVisible();
  await expect(results.locator('> li[data-search-answers]')).toContainText('Direkt zu');
  await expect(results.locator('> li:not([data-search-answers])')).toHaveCount(0);
  const before = await answer.boundingBox();
  release();
  await expect(results.locator('> li.search-hit').first()).toBeVisible();
  expect(await answer.boundingBox()).toEqual(before);

  // On /suche/ a topic answers too, leading to its page.
  await page.goto(searchPage);
  await page.locator('[data-search-page-input]').pressSequentially('Ehrenam');
  await expect(
    page.locator('[data-search-page-results] > li[data-search-answers] a[href$="/themen/ehrenamt/"]'),
  ).toBeVisible();
});

test('several words that never meet: the sections with most of them, and the word no section holds', async ({
  page,
}) => {
  // Each word is in the report, never together: each section says which word it lacks.
  await search(page, { q: 'Nadelmethode Farrokhzad' });
  const results = page.locator('[data-search-page-results]');
  await expect(results.locator('> li[data-search-partial]')).toContainText(
    'Kein Abschnitt enthält alle Wörter',
  );
  const paths = await resultPaths(page);
  expect(paths).toContain(`${basePath}tagung-2018/raumerleben/`);
  expect(paths).toContain(`${basePath}tagung-2018/kommunales-management/`);
  await expect(results.locator('> li.search-hit').first()).toContainText(
    /ohne „(?:Nadelmethode|Farrokhzad)“/u,
  );
  await expect(page.getByRole('status')).toHaveText(
    /^Keine Treffer für „Nadelmethode Farrokhzad“ · \d+ Abschnitte mit den meisten Wörtern$/u,
  );
  // A word no section holds is named; the sections holding the others stand.
  await search(page, { q: 'Nadelmethode Xylophonunterricht' });
  await expect(page.getByRole('status')).toHaveText(
    '1 Treffer für „Nadelmethode Xylophonunterricht“ · nicht gefunden: „Xylophonunterricht“',
  );
  expect((await resultPaths(page))[0]).toBe(`${basePath}tagung-2018/raumerleben/`);
});

test('a filter value no section has is named in a notice and taken out of the address', async ({ page }) => {
  await page.goto(`${searchPage}?person=Max+Mustermann&art=Gastvortrag`);
  await expect(page.locator('[data-search-notice]')).toHaveText(
    'Unbekannter Filter entfernt: Referierende „Max Mustermann“.',
  );
  await expect(page).toHaveURL(/\/suche\/\?art=Gastvortrag$/u);
  await expect(page.getByRole('status')).toHaveText(/^\d+ Treffer$/u);
  // Without unknown values, no notice.
  await page.goto(`${searchPage}?art=Gastvortrag`);
  await expect(page.getByRole('status')).toHaveText(/^\d+ Treffer$/u);
  await expect(page.locator('[data-search-notice]')).toBeHidden();
});

test('with one conference there is no „Tagung“ filter and no result names a conference', async ({ page }) => {
  await page.goto(`${searchPage}?q=Deinet`);
  await expect(page.getByRole('status')).toHaveText(/Treffer/u);
  await expect(page.locator('[data-search-filter="Tagung"]')).toHaveCount(0);
  const lines = await page
    .locator('[data-search-page-results] > li.search-hit > p:nth-child(2)')
    .allInnerTexts();
  expect(lines.length).toBeGreaterThan(0);
  const conferences = readEvents().map((event) => (event.data as { title: string }).title);
  for (const line of lines) for (const title of conferences) expect(line).not.toContain(title);
});

test('the search page: one search field, long queries shortened, one pattern for every result', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${searchPage}?q=Farrokhzad`);
  await expect(page.getByRole('status')).toHaveText(/Treffer/u);
  // One search field on the page; `/` goes to it.
  await expect(page.getByRole('searchbox').filter({ visible: true })).toHaveCount(1);
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('[data-search-page-input]')).toBeFocused();
  // Number and short title; the presenter once, in the line below.
  const hit = page.locator('[data-search-page-results] > li.search-hit').first();
  await expect(hit.locator('> p > a')).toHaveText(/^3\.1 Kommunales Management/u);
  const text = (await hit.locator('> p').allInnerTexts()).slice(0, 2).join(' ');
  expect(text.split('Farrokhzad').length - 1).toBe(1);
  // The opening text is the report's introduction, not the conference.
  await page.goto(`${searchPage}?q=Gelingensbedingungen`);
  await expect(page.getByRole('status')).toHaveText(/Treffer/u);
  await expect(page.locator('[data-search-page-results] > li.search-hit > p > a').first()).toHaveText(
    'Einleitung',
  );
  // A long query is shortened where the page repeats it.
  const long = Array.from({ length: 30 }, (_, index) => `Wort${index}`).join(' ');
  await page.goto(`${searchPage}?q=${encodeURIComponent(long)}`);
  await expect(page.getByRole('status')).toHaveText(/Treffer/u);
  const status = await page.getByRole('status').innerText();
  expect(status.length).toBeLessThan(80);
  expect(status).toContain('…');
});
