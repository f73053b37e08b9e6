/** Copy a link, share a section, cite it, print the report: what a reader does with the controls. */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseBibtex, parseRis } from '../support/bibliography.ts';
import { basePath, site } from '../support/site.ts';

const section = `${basePath}tagung-2018/forschungsdesign/`;
const report = `${basePath}tagung-2018/`;

async function withClipboard(context: BrowserContext, baseURL: string | undefined): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL ?? 'http://127.0.0.1').origin,
  });
}
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('a heading link copies the absolute URL with its anchor and says „Link kopiert“', async ({
  context,
  page,
  baseURL,
}) => {
  await withClipboard(context, baseURL);
  await page.goto(report);
  const heading = page.locator('#online-befragung-titel');
  const control = page.getByRole('link', { name: 'Link zu „2.2 Online-Befragung“ kopieren' });
  await expect(control).toHaveCSS('opacity', '0');
  await heading.hover();
  await expect(control).toHaveCSS('opacity', '1');
  await control.click();
  await expect(page.getByRole('status')).toHaveText('Link kopiert');
  expect(await clipboard(page)).toBe(new URL(`${report}#online-befragung`, baseURL).href);

  // Keyboard: the control shows when it has focus, and Enter copies.
  await page.goto(section);
  const own = page.getByRole('link', { name: /^Link zu „2\.1 INTESO/u });
  await own.focus();
  await expect(own).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect.poll(() => clipboard(page)).toBe(new URL(section, baseURL).href);
  await expect(page.getByRole('status')).toHaveText('Link kopiert');
});

/** The section page with its „Teilen“ panel open. */
async function openSharePanel(page: Page) {
  await page.goto(section);
  await page.locator('.section-tools summary', { hasText: 'Teilen' }).click();
  return page.getByRole('region', { name: 'Teilen' });
}

test('„Teilen“ offers „Link kopieren“ first; the newsletter snippets follow under their own heading', async ({
  context,
  page,
  baseURL,
}) => {
  await withClipboard(context, baseURL);
  // A browser without a share sheet (as Chromium on Linux): no button that could not work.
  await page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  const panel = await openSharePanel(page);
  const buttons = panel.getByRole('button');
  await expect(buttons.first()).toHaveText('Link kopieren');
  await expect(panel.getByRole('button', { name: /^Teilen über/u })).toHaveCount(0);
  await buttons.first().click();
  await expect(page.getByRole('status')).toHaveText('Link kopiert');
  // The section's public address, clean: the same the snippets link to.
  expect(await clipboard(page)).toBe(`${site}${section}`);

  const heading = panel.getByRole('heading', { name: 'Für Newsletter und E-Mails' });
  await expect(heading).toBeVisible();
  const after = await heading.evaluate((element) =>
    [...(element.closest('section')?.querySelectorAll('button') ?? [])]
      .filter((button) => element.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING)
      .map((button) => button.textContent?.trim()),
  );
  expect(after).toEqual(['Als HTML kopieren', 'Als Text kopieren', 'Als Markdown kopieren']);
  await expect(panel.getByRole('link', { name: 'Newsletter-Hilfe' })).toHaveAttribute(
    'href',
    `${basePath}newsletter-hilfe/`,
  );
});

test('where the browser has a share sheet, „Teilen über …“ hands it the section’s title and address', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    (window as unknown as { shared: ShareData[] }).shared = calls;
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        calls.push(data);
        return Promise.resolve();
      },
    });
  });
  const panel = await openSharePanel(page);
  const share = panel.getByRole('button', { name: 'Teilen über …' });
  // Second, after „Link kopieren“.
  await expect(panel.getByRole('button').nth(1)).toHaveText('Teilen über …');
  await share.click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared).toHaveLength(1);
  expect(shared[0]?.url).toBe(`${site}${section}`);
  const title = (await page.locator('main h1').innerText()).replace(/\u00ad/gu, '');
  expect(title).toContain(shared[0]?.title ?? '–');
});

test('without JavaScript heading and passage links are plain anchor links, and the snippets are there to select', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
  const page = await context.newPage();
  await page.goto(report);
  await page.getByRole('link', { name: 'Link zu „3.2 Vera Schwarzenberg' }).click();
  await expect(page).toHaveURL(/#koelner-fluechtlingsstudien$/u);
  await page.goto(section);
  await page.locator('#absatz-2').hover();
  await page.getByRole('link', { name: 'Link zu Absatz 2 kopieren' }).click();
  await expect(page).toHaveURL(/#absatz-2$/u);
  // The panel waits behind „Teilen“ after the text: a fold that opens without scripts.
  await page.locator('.section-tools summary', { hasText: 'Teilen' }).click();
  const panel = page.getByRole('region', { name: 'Teilen' });
  await expect(panel.getByRole('button', { name: /kopieren/u })).toHaveCount(0);
  await expect(panel.getByRole('textbox')).toHaveCount(0);
  // The address stands there to select instead of „Link kopieren“.
  await expect(panel).toContainText(`Adresse: ${site}${section}`);
  await page.getByText('Den Ausschnitt ansehen').click();
  await expect(page.locator('#teilen-text')).toContainText('INTESO – Forschungsdesign und Rückblick');
  await context.close();
});

test('the BibTeX and RIS downloads of a section and of the whole report parse', async ({ page }) => {
  for (const [path, type, authors] of [
    [section, 'inproceedings', 'Rießen, Anne van'],
    [report, 'misc', '{Forschungsprojekt INTESO}'],
  ] as const) {
    await page.goto(path);
    // On a section page the citation waits behind „Zitieren“ after the text.
    const fold = page.locator('.section-tools summary', { hasText: 'Zitieren' });
    if ((await fold.count()) > 0) await fold.click();
    const box = page.getByRole('region', { name: 'Zitieren' });
    await expect(box).toContainText('(2018)');
    // Words and links are set apart as a reader sees them (a line break in the source is no space).
    expect(await box.innerText()).toContain('RIS herunterladen (Zotero, Citavi, EndNote)');
    const [bib] = await Promise.all([
      page.waitForEvent('download'),
      box.getByRole('link', { name: 'BibTeX herunterladen' }).click(),
    ]);
    expect(bib.suggestedFilename()).toMatch(/\.bib$/u);
    const entry = parseBibtex(readFileSync((await bib.path()) ?? '', 'utf8'));
    expect(entry.type).toBe(type);
    expect(entry.fields['author']).toBe(authors);
    expect(entry.fields['url']).toMatch(new RegExp(`${path}$`, 'u'));
    const [ris] = await Promise.all([
      page.waitForEvent('download'),
      box.getByRole('link', { name: 'RIS herunterladen' }).click(),
    ]);
    const record = parseRis(readFileSync((await ris.path()) ?? '', 'utf8'));
    expect(record.get('AU')).toEqual([authors.replace(/[{}]/gu, '')]);
    expect(record.get('PY')).toEqual(['2018']);
  }
});

test('printed, the whole report has no navigation or controls, shows link targets and starts chapters on new pages', async ({
  page,
}) => {
  await page.goto(report);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Brotkrumennavigation' })).toBeHidden();
  await expect(page.locator('.heading-link').first()).toBeHidden();
  await expect(page.getByRole('region', { name: 'Zitieren' })).toBeHidden();
  const breaks = await page
    .locator('.report-section')
    .evaluateAll((sections) =>
      sections.map((element) => [element.id, getComputedStyle(element).breakBefore]),
    );
  expect(breaks.filter(([, value]) => value === 'page').map(([id]) => id)).toEqual([
    'begruessung',
    'inteso',
    'andere-kommunen',
    'schlusskommentar',
  ]);
  const after = await page
    .locator('#raumerleben-titel a')
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain(`${site}${basePath}tagung-2018/raumerleben/`);
});
