/** What a reader sees on the home page, a section page, the whole report and the 404 page. */
import { expect, test } from '@playwright/test';
import { sectionKindLabels } from '#src/lib/naming/labels.ts';
import { basePath, builtPagePaths, sectionPagePaths, walkTimeout } from '../support/site.ts';

const report = `${basePath}tagung-2018/`;

test('the home page shows the conference at a glance, each fact once', async ({ page }) => {
  await page.goto(basePath);
  await expect(page.locator('h1')).toHaveText('Integration im Sozialraum');
  const main = page.locator('main');
  await expect(main).toContainText('15. Juni 2018');
  await expect(main).toContainText('Forschungsprojekts INTESO');
  const glance = page.getByRole('region', { name: 'Auf einen Blick' });
  await expect(glance).toContainText('Ministerium für Kultur und Wissenschaft des Landes NRW');
  const text = (await main.innerText()).replace(/\s+/gu, ' ');
  // The date stands once on the page, the participants once (in the line under the title).
  expect(text.split('15. Juni 2018').length - 1).toBe(1);
  expect(text.split('rund 100 Teilnehmende').length - 1).toBe(1);
  // Nothing the report's opening section says, where „Bericht lesen“ leads: not the sentence about
  // who came, not the summary, no sentence of its paragraphs word for word.
  const opening = await page.getByRole('link', { name: 'Bericht lesen' }).getAttribute('href');
  await page.goto(opening ?? basePath);
  const sentences = (await page.locator('article .reading > p').allInnerTexts()).flatMap((paragraph) =>
    paragraph
      .replace(/\s+/gu, ' ')
      .split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ])/u)
      .filter((sentence) => sentence.length > 40),
  );
  expect(sentences.join(' ')).toContain('Der Einladung folgten insgesamt rund 100 Personen');
  expect(sentences.filter((sentence) => text.includes(sentence.trim()))).toEqual([]);
  await page.goto(basePath);
  const figures = glance.locator('dd li');
  for (const [value, label] of [
    ['250', 'Online-Befragung'],
    ['ca. 300', 'Nadelmethode'],
    ['26', 'Kurzinterviews'],
    ['sechs', 'Kommunalverwaltungen'],
  ] as const) {
    await expect(figures.filter({ hasText: label }).locator('span').first()).toHaveText(value);
  }
  // Every figure links to the section it comes from.
  await expect(figures.getByRole('link')).toHaveCount(await figures.count());
});

test('the home page lists the programme in the report order with presenters', async ({ page }) => {
  await page.goto(basePath);
  const items = page.getByRole('region', { name: 'Programm' }).locator('ol > li');
  await expect(items).toHaveCount(11);
  const numbers = await items.locator('.section-number').allInnerTexts();
  expect(numbers).toEqual(['1', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3', '4']);
  await expect(items.nth(4)).toContainText('Katja Jepkens und Kai Hauprich');
  await expect(items.nth(5)).toContainText('Lisa Scholten und Prof. Dr. Ulrich Deinet');
  await expect(items.nth(8)).toContainText('Vera Schwarzenberg und Felix Leßke');
  await expect(items.nth(10)).toContainText('Prof. Dr. Ulrich Deinet');
  await items.nth(7).getByRole('link').click();
  await expect(page.locator('h1')).toHaveText(
    '3.1 Prof. Dr. Schahrzad Farrokhzad: Kommunales Management der Migrations- und Integrationsarbeit',
  );
});

test('the home page offers two ways into the report, each saying how it reads', async ({ page }) => {
  await page.goto(basePath);
  const header = page.locator('main header').first();
  await header.getByRole('link', { name: 'Bericht lesen' }).click();
  // Section by section: the first section's own page, with the way on at its end.
  await expect(page.locator('a[rel="next"]')).toBeVisible();
  await page.goto(basePath);
  await header.getByRole('link', { name: 'Auf einer Seite lesen' }).click();
  await expect(page).toHaveURL(new RegExp(`${report}$`, 'u'));
});

test('the whole report says below a heading only what the heading does not: no name twice', async ({
  page,
}) => {
  await page.goto(report);
  const sections = await page.locator('article .report-section').evaluateAll((elements) =>
    elements.map((element) => ({
      id: element.id,
      heading: (element.querySelector('h2, h3')?.textContent ?? '').replace(/\u00ad/gu, ''),
      byline: element.querySelector(':scope > p.text-sm')?.textContent ?? '',
    })),
  );
  expect(sections.length).toBeGreaterThan(5);
  for (const { id, heading, byline } of sections) {
    for (const part of byline.split(/ · |, | und /u).filter(Boolean)) {
      // A presenter's name without the academic title, or the kind: not both in heading and byline.
      const name = part.replace(/^(?:Prof\.|Dr\.|em\.|\s)+/u, '');
      expect(heading, `${id}: „${part}“`).not.toContain(name);
    }
  }
  // „4 Schlusskommentar durch Prof. Dr. Ulrich Deinet“ names its presenter and its kind: nothing below.
  const closing = sections.find((section) => section.heading.includes('Schlusskommentar'));
  expect(closing?.byline).toBe('');
  // A guest talk titled with its speaker's name keeps only its kind.
  const guest = sections.find((section) => section.heading.includes('Farrokhzad'));
  expect(guest?.byline).toBe('Gastvortrag');
});

test('every list names a section’s kind as the programme does: the same sections, each time', async ({
  page,
}) => {
  test.setTimeout(walkTimeout(500));
  const kinds = new Set(Object.values(sectionKindLabels));
  /** Per section address, the kind named in the line below its title in the list (or none). */
  const kindsIn = (selector: string) =>
    page.locator(selector).evaluateAll(
      (items, labels) => {
        const known = new Set(labels);
        return items.flatMap((item) => {
          const link = item.querySelector('a');
          if (!link) return [];
          const line = [...item.querySelectorAll('p')].find((p) => !p.contains(link))?.textContent ?? '';
          const first = line.split(/ · |, /u)[0] ?? '';
          return [[new URL(link.href).pathname, known.has(first) ? first : ''] as const];
        });
      },
      [...kinds],
    );
  await page.goto(basePath);
  const programme = new Map(await kindsIn('section[aria-labelledby$="-programm"] ol > li'));
  expect(programme.size).toBe(11);
  // Three project talks in a row each say so (issue 28: 2.1 did, 2.2 and 2.3 did not).
  const talks = [...programme.entries()].filter(([, kind]) => kind === 'Projektvortrag');
  expect(talks.map(([path]) => path.split('/').at(-2))).toEqual([
    'forschungsdesign',
    'online-befragung',
    'raumerleben',
  ]);
  let compared = 0;
  const pages = builtPagePaths().filter((path) => /\/(?:themen|referierende)\/[^/]+\/$/u.test(path));
  for (const path of pages) {
    await page.goto(path);
    const lists = await kindsIn(
      'section:is([aria-labelledby="abschnitte"], [aria-labelledby="beitraege"]) li',
    );
    for (const [section, kind] of lists) {
      expect(kind, `${section} on ${path}`).toBe(programme.get(section ?? ''));
      compared += 1;
    }
  }
  expect(compared).toBeGreaterThan(30);
});

test('a section page has breadcrumbs, presenters with institutions, and previous/next', async ({ page }) => {
  await page.goto(`${report}koelner-fluechtlingsstudien/`);
  const crumbs = page.getByRole('navigation', { name: 'Brotkrumennavigation' });
  await expect(crumbs.getByRole('link')).toHaveText([
    'Start',
    'Ganzer Bericht',
    '3 Integration im Sozialraum: Forschungsergebnisse aus anderen Kommunen',
  ]);
  // One page, one name: the breadcrumb calls the whole report what the header calls it.
  const reportHref = await crumbs.getByRole('link').nth(1).getAttribute('href');
  await expect(
    page.getByRole('navigation', { name: 'Hauptnavigation' }).locator(`a[href="${reportHref}"]`),
  ).toHaveText('Ganzer Bericht');
  await expect(crumbs.locator('[aria-current="page"]')).toContainText('3.2');
  const facts = page.getByRole('complementary', { name: 'Angaben zum Abschnitt' });
  await expect(facts).toContainText('Vera Schwarzenberg');
  await expect(facts).toContainText('Felix Leßke');
  await expect(facts).toContainText('Institut für Soziologie und Sozialpsychologie (ISS)');
  // Named in the section, but did not present: listed apart from the presenters.
  await expect(facts.locator('dt', { hasText: 'Erwähnt' })).toBeVisible();
  await expect(facts).toContainText('Prof. em. Dr. Jürgen Friedrichs');
  const pager = page.getByRole('navigation', { name: 'Vorheriger und nächster Abschnitt' });
  await expect(pager.locator('a[rel="prev"]')).toContainText('3.1');
  await expect(pager.locator('a[rel="next"]')).toContainText('3.3');
  await pager.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/integration-im-quartier\/$/u);
});

test('the first and last sections have only one neighbour', async ({ page }) => {
  await page.goto(`${report}einleitung/`);
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  await expect(page.locator('a[rel="next"]')).toContainText('Begrüßung und Auftakt');
  await page.goto(`${report}schlusskommentar/`);
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
});

test('a chapter page lists its sub-sections', async ({ page }) => {
  await page.goto(`${report}inteso/`);
  const toc = page.getByRole('navigation', { name: 'In diesem Kapitel' });
  await expect(toc.getByRole('link')).toHaveText([/2\.1/u, /2\.2/u, /2\.3/u]);
});

test('the whole report has a table of contents whose links land on each section', async ({ page }) => {
  await page.goto(report);
  const toc = page.getByRole('navigation', { name: 'Inhalt des Berichts' });
  const links = toc.getByRole('link');
  await expect(links).toHaveCount(11);
  for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(`${href} :is(h2, h3, p)`).first()).toBeAttached();
  }
  await expect(page.locator('h2')).toHaveCount(4 + 2); // chapters 1–4, „Den Bericht mitnehmen“, „Zitieren“
  await expect(page.locator('h3')).toHaveCount(6); // 2.1–2.3 and 3.1–3.3
});

test('an unknown address shows the German 404 page with status 404', async ({ page }) => {
  const response = await page.goto(`${basePath}gibt-es-nicht/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Seite nicht gefunden');
  await expect(page.getByRole('region', { name: 'Meinten Sie …' })).toBeHidden();
  await page.getByRole('link', { name: 'Zur Startseite' }).click();
  await expect(page.locator('h1')).toHaveText('Integration im Sozialraum');
});

test('a link with a typo lands on a 404 page that offers the page it meant and a search for its words', async ({
  page,
}) => {
  const response = await page.goto(`${basePath}tagung-2018/Raumerlebn`);
  expect(response?.status()).toBe(404);
  const suggestions = page.getByRole('region', { name: 'Meinten Sie …' });
  await expect(suggestions.getByRole('link')).toHaveText(['2.3 Raumerleben junger Geflüchteter']);
  await expect(page.getByRole('link', { name: 'Im Bericht nach „raumerlebn“ suchen' })).toHaveAttribute(
    'href',
    `${basePath}suche/?q=raumerlebn`,
  );
  await suggestions.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${basePath}tagung-2018/raumerleben/$`, 'u'));
  await expect(page.locator('h1')).toContainText('Raumerleben junger Geflüchteter');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(`${report}raumerleben/`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the theme follows the system and the toggle switches it without a reload', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(basePath);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await background();
  // The button names what it does: while the page is dark, the light design.
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAccessibleName('Helles Design');
  await expect(toggle).toHaveText('Helles Design');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Dunkles Design');
  expect(await background()).not.toBe(dark);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  // The choice is kept for the next page.
  await page.goto(`${report}`);
  await expect(page.getByRole('button', { name: 'Dunkles Design' })).toBeVisible();
  expect(await background()).not.toBe(dark);
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test('in the dark design the theme button is as quiet as in the light one: no bright pill in the header', async ({
  browser,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(basePath);
    await page.mouse.move(5, 600);
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle).toBeVisible();
    // Transparent on the header's background, in either theme; its border as light as the header's line.
    expect(await toggle.evaluate((element) => getComputedStyle(element).backgroundColor), colorScheme).toBe(
      'rgba(0, 0, 0, 0)',
    );
    const [border, line] = await Promise.all([
      toggle.evaluate((element) => getComputedStyle(element).borderTopColor),
      page.evaluate(
        () => getComputedStyle(document.querySelector('body > header') ?? document.body).borderBottomColor,
      ),
    ]);
    expect(border, colorScheme).toBe(line);
    await context.close();
  }
});

test('at 320 px, a comma in the facts box stays beside the name it follows', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  let checked = 0;
  for (const path of sectionPagePaths()) {
    await page.goto(path);
    const strays = await page.locator('.section-facts li').evaluateAll((items) =>
      items.flatMap((item) => {
        const link = item.querySelector('a');
        const comma = item.lastChild;
        if (!link || !comma || comma.nodeType !== Node.TEXT_NODE || comma.textContent?.trim() !== ',')
          return [];
        const lines = link.getClientRects();
        const end = lines[lines.length - 1];
        const range = document.createRange();
        range.selectNodeContents(comma);
        const mark = [...range.getClientRects()].find((rect) => rect.width > 0);
        const beside = end && mark && Math.abs(mark.top - end.top) < 6 && mark.left - end.right < 8;
        return [{ name: link.textContent ?? '', beside: Boolean(beside) }];
      }),
    );
    checked += strays.length;
    expect(
      strays.filter((entry) => !entry.beside).map((entry) => entry.name),
      path,
    ).toEqual([]);
  }
  expect(checked).toBeGreaterThan(10);
  await context.close();
});

test('reading text keeps a comfortable measure and hyphenates', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${report}online-befragung/`);
  const paragraph = page.locator('.reading p').first();
  const style = await paragraph.evaluate((element) => {
    const computed = getComputedStyle(element);
    const probe = document.createElement('span');
    probe.textContent = 'n'.repeat(100);
    probe.style.font = computed.font;
    document.body.append(probe);
    const characterWidth = probe.getBoundingClientRect().width / 100;
    probe.remove();
    return { width: element.getBoundingClientRect().width / characterWidth, hyphens: computed.hyphens };
  });
  expect(style.hyphens).toBe('auto');
  // The text shares its right edge with the boxes beside it (68 characters of the interface font):
  // about 50 widths of the serif's „n“, some 65–75 characters of running text.
  expect(style.width).toBeGreaterThan(45);
  expect(style.width).toBeLessThan(80);
});
