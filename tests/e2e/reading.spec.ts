/**
 * Reading the report like a book: the table of contents beside the text (and, on a phone, a way back
 * to it from anywhere in the whole report), the report's text on a phone's first screen, the home page
 * leading into the programme, German order in the register, the footer at the window's bottom, and the
 * static server's answers that `npm start` gives.
 */
import { expect, test, type Page } from '@playwright/test';
import { basePath, sectionPagePaths } from '../support/site.ts';

const report = `${basePath}tagung-2018/`;
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

/** The sections of the report whose pages lie below `report`, as their site paths. */
const reportSections = () => sectionPagePaths().filter((path) => path.startsWith(report));

/** The table of contents beside the text. */
const reportNav = (page: Page) => page.getByRole('navigation', { name: 'Inhalt des Berichts' });

/** Whether an element lies wholly inside the window as it is scrolled now. */
async function inWindow(page: Page, selector: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await selector.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: phone });

  test('every section page starts its text on the first screen', async ({ page }) => {
    test.setTimeout(60_000);
    const paths = reportSections();
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      await page.goto(path);
      const first = page.locator('article .reading > p').first();
      const box = await first.boundingBox();
      // At least its first line (about 30 px) is on the screen.
      expect(box, path).not.toBeNull();
      expect((box?.y ?? Infinity) + 30, path).toBeLessThanOrEqual(phone.height);
    }
  });

  test('the report navigation is one tap away, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${report}raumerleben/`);
    const nav = reportNav(page);
    await expect(nav).toBeHidden();
    await page.getByText('Inhalt des Berichts', { exact: true }).click();
    await expect(nav.getByRole('link')).toHaveCount(reportSections().length + 1);
    await expect(nav.locator('a[aria-current="page"]')).toHaveText('2.3 Raumerleben junger Geflüchteter');
    await nav.getByRole('link', { name: '3.1 Kommunales Management' }).click();
    await expect(page.locator('h1')).toContainText('Kommunales Management');
    await context.close();
  });

  test('anywhere in the whole report a link back to its contents stays in view, and lands there', async ({
    page,
  }) => {
    await page.goto(report);
    const back = page.getByRole('link', { name: 'Inhalt des Berichts' });
    for (const share of [0.25, 0.5, 0.9]) {
      await page.evaluate((at) => window.scrollTo(0, document.documentElement.scrollHeight * at), share);
      await expect(back, `at ${share * 100} %`).toBeVisible();
      expect(await inWindow(page, back), `at ${share * 100} %`).toBe(true);
    }
    await back.click();
    // The contents stand open on a phone: their first and last links are on the screen.
    const links = reportNav(page).getByRole('link');
    for (const link of [links.first(), links.last()]) {
      await expect(link).toBeVisible();
      expect(await inWindow(page, link), await link.innerText()).toBe(true);
    }
  });

  test('the home page reaches the fifth programme entry within two screens', async ({ page }) => {
    await page.goto(basePath);
    const entries = page.getByRole('region', { name: 'Programm' }).locator('ol > li');
    const fifth = await entries.nth(4).boundingBox();
    expect(fifth).not.toBeNull();
    expect((fifth?.y ?? Infinity) + (fifth?.height ?? 0)).toBeLessThanOrEqual(2 * phone.height);
  });
});

test.describe('on a wide screen (1280 × 800)', () => {
  test.use({ viewport: desktop });

  test('a section page shows a link to every section without scrolling, the current one marked', async ({
    page,
  }) => {
    const sections = reportSections();
    for (const path of [sections[0], sections[sections.length - 1]]) {
      await page.goto(path ?? report);
      const links = reportNav(page).getByRole('link');
      const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(hrefs.filter((href) => href !== report).sort()).toEqual(sections);
      for (const link of await links.all()) {
        await expect(link).toBeVisible();
        expect(await inWindow(page, link), await link.innerText()).toBe(true);
      }
      await expect(reportNav(page).locator('[aria-current="page"]')).toHaveAttribute('href', path ?? '');
      // Previous and next stay at the end of the text.
      await expect(
        page.getByRole('navigation', { name: 'Vorheriger und nächster Abschnitt' }),
      ).toBeAttached();
    }
  });

  test('the whole report shows no extra link back to its contents where they stand beside the text', async ({
    page,
  }) => {
    await page.goto(report);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(page.getByRole('link', { name: 'Inhalt des Berichts' })).toBeHidden();
  });

  test('halfway down the whole report every section is linked in view, the one being read marked', async ({
    page,
  }) => {
    await page.goto(report);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const links = reportNav(page).getByRole('link');
    await expect(links).toHaveCount(reportSections().length);
    for (const link of await links.all()) {
      expect(await inWindow(page, link), await link.innerText()).toBe(true);
    }
    const marked = reportNav(page).locator('a[aria-current="true"]');
    await expect(marked).toHaveCount(1);
    // The marked section is the one being read: its top has passed the upper third of the window,
    // and the next section's top has not.
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    const index = hrefs.indexOf((await marked.getAttribute('href')) ?? '');
    const topOf = (hash: string | undefined) =>
      page.locator(hash ?? '').evaluate((element) => element.getBoundingClientRect().top);
    expect(await topOf(hrefs[index])).toBeLessThanOrEqual(desktop.height / 3);
    if (index + 1 < hrefs.length) expect(await topOf(hrefs[index + 1])).toBeGreaterThan(desktop.height / 3);
  });

  test('the footer of a short page stands at the bottom of the window', async ({ page }) => {
    await page.goto(`${basePath}gibt-es-nicht/`);
    const footer = await page.locator('body > footer').boundingBox();
    expect(footer).not.toBeNull();
    expect(Math.round((footer?.y ?? 0) + (footer?.height ?? 0))).toBe(desktop.height);
  });
});

test('/themen/ lists the topics in German alphabetical order', async ({ page }) => {
  await page.goto(`${basePath}themen/`);
  const titles = await page.locator('main h2 a').allInnerTexts();
  expect(titles.length).toBeGreaterThan(1);
  const collator = new Intl.Collator('de');
  expect(titles).toEqual([...titles].sort(collator.compare));
});

test('a section whose title says its kind does not repeat it above the title', async ({ page }) => {
  await page.goto(`${report}schlusskommentar/`);
  await expect(page.locator('article header')).not.toContainText('Schlusskommentar Schlusskommentar');
  await expect(page.locator('article header p')).toHaveCount(0);
  await page.goto(`${report}raumerleben/`);
  await expect(page.locator('article header p')).toHaveText('Projektvortrag');
});

test.describe('the static server that npm start runs', () => {
  test('redirects an address without its slash and answers an unknown one with the German 404', async ({
    request,
  }) => {
    const search = await request.get(`${basePath}suche`, { maxRedirects: 0 });
    expect(search.status()).toBe(301);
    expect(search.headers()['location']).toBe(`${basePath}suche/`);
    const unknown = await request.get(`${basePath}gibt-es-nicht/`);
    expect(unknown.status()).toBe(404);
    expect(await unknown.text()).toContain('Seite nicht gefunden');
    // The security headers of _headers are applied.
    expect(unknown.headers()['x-content-type-options']).toBe('nosniff');
  });

  test('the typo example of the README’s Quick start lands on „Meinten Sie …“', async ({ page }) => {
    const response = await page.goto(`${basePath}tagung-2018/Raumerlebn`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('region', { name: 'Meinten Sie …' }).getByRole('link')).toHaveText([
      '2.3 Raumerleben junger Geflüchteter',
    ]);
  });
});

test('the legal pages are linked from the footer', async ({ page }) => {
  await page.goto(`${report}raumerleben/`);
  const footer = page.getByRole('navigation', { name: 'Über diese Website' });
  await expect(footer.getByRole('link')).toContainText(['Impressum', 'Datenschutz', 'Barrierefreiheit']);
  for (const name of ['Impressum', 'Datenschutz', 'Barrierefreiheit']) {
    await page.goto(`${report}raumerleben/`);
    await footer.getByRole('link', { name, exact: true }).click();
    await expect(page.locator('h1')).toContainText(name);
  }
});

test('without JavaScript the search page offers the programme and the register', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${basePath}suche/?q=Deinet`);
  await expect(page.getByText('Die Suche braucht JavaScript.')).toBeVisible();
  const programme = page.getByRole('navigation', { name: /^Programm: / });
  await expect(programme.getByRole('link', { name: /^2\.3 / })).toBeVisible();
  await expect(
    page.locator('main .without-js').getByRole('link', { name: 'Referierende', exact: true }),
  ).toBeVisible();
  await context.close();
});
