/**
 * The page grid, the home page's first screen and its columns, the whole report's headings and its
 * way back to the contents, the way on after a section's text, the header search, and copying without
 * a single error or Content Security Policy violation (issues 17 and 28).
 */
import { expect, test, type Page } from '@playwright/test';
import { overflowing } from '../support/layout.ts';
import { basePath, builtPagePaths, sectionPagePaths, walkTimeout } from '../support/site.ts';

const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const smallPhone = { width: 320, height: 640 };

/** The first built page whose site path (without the base path) matches. */
function first(pattern: RegExp): string {
  const found = builtPagePaths().find((path) => pattern.test(path.slice(basePath.length - 1)));
  if (!found) throw new Error(`No built page matches ${pattern}`);
  return found;
}

/** One page of every kind the site has, found from the build. */
function pageKinds(): Record<string, string> {
  const [section] = sectionPagePaths();
  if (!section) throw new Error('No section page built');
  return {
    home: basePath,
    section,
    report: first(/^\/tagung-\d{4}\/$/u),
    register: first(/^\/register\/$/u),
    people: first(/^\/referierende\/$/u),
    person: first(/^\/referierende\/[^/]+\/$/u),
    topics: first(/^\/themen\/$/u),
    topic: first(/^\/themen\/[^/]+\/$/u),
    search: first(/^\/suche\/$/u),
    help: first(/^\/newsletter-hilfe\/$/u),
    legal: first(/^\/impressum\/$/u),
    notFound: `${basePath}gibt-es-nicht/`,
  };
}

test.describe('at 1280 px', () => {
  test.use({ viewport: desktop });

  test("the main heading starts at the same x on every kind of page, and the site's rail looks the same on every page that has it", async ({
    page,
  }) => {
    const xs: Record<string, number> = {};
    // Where the text of the rail's links starts, and their colour: a page's own styles must not undo it.
    const looks: Record<string, string> = {};
    for (const [kind, path] of Object.entries(pageKinds())) {
      await page.goto(path);
      const box = await page.locator('main h1').boundingBox();
      expect(box, kind).not.toBeNull();
      xs[kind] = Math.round(box?.x ?? -1);
      const rail = page.getByRole('navigation', { name: 'Bereiche der Website' });
      if ((await rail.count()) === 0) continue;
      looks[kind] = await rail
        .locator('a')
        .first()
        .evaluate((link) => {
          const range = document.createRange();
          range.selectNodeContents(link);
          return `x ${Math.round(range.getBoundingClientRect().x)}, ${getComputedStyle(link).color}`;
        });
    }
    const home = xs['home'];
    expect(home).toBeGreaterThan(desktop.width / 5);
    for (const [kind, x] of Object.entries(xs)) expect(x, kind).toBe(home);
    expect(Object.keys(looks)).toEqual(expect.arrayContaining(['home', 'search', 'legal', 'notFound']));
    for (const [kind, look] of Object.entries(looks)) expect(look, kind).toBe(looks['home']);
  });

  test('the home page puts the facts and the downloads beside the programme', async ({ page }) => {
    await page.goto(basePath);
    const programme = await page.getByRole('region', { name: 'Programm' }).boundingBox();
    const glance = await page.getByRole('region', { name: 'Auf einen Blick' }).boundingBox();
    const downloads = await page.getByRole('region', { name: 'Den Bericht mitnehmen' }).boundingBox();
    for (const box of [glance, downloads]) {
      expect(box?.x ?? 0).toBeGreaterThanOrEqual((programme?.x ?? 0) + (programme?.width ?? 0));
      expect(box?.y ?? Infinity).toBeLessThan((programme?.y ?? 0) + (programme?.height ?? 0));
    }
  });
});

for (const viewport of [desktop, phone, smallPhone]) {
  test(`on the home page nothing reaches past its column at ${viewport.width} px, light or dark`, async ({
    browser,
  }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      await page.goto(basePath);
      await page.evaluate(() => document.fonts.ready);
      expect(await overflowing(page.locator('main')), colorScheme).toEqual([]);
      await context.close();
    }
  });

  test(`the whole report steps its headings down by size at ${viewport.width} px: chapter, section, text`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(first(/^\/tagung-\d{4}\/$/u));
    const size = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const [chapter, section, text] = await Promise.all([
      size('article .report-chapter h2'),
      size('article .report-section h3'),
      size('article .reading p'),
    ]);
    // Told apart at a glance: each step at least a fifth larger than the one below it.
    expect(section / text).toBeGreaterThanOrEqual(1.2);
    expect(chapter / section).toBeGreaterThanOrEqual(1.15);
    await context.close();
  });
}

for (const viewport of [phone, smallPhone]) {
  test(`the home page shows the programme's first entry on the first screen at ${viewport.width} × ${viewport.height}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(basePath);
    const entry = page.getByRole('region', { name: 'Programm' }).locator('ol > li').first();
    const box = await entry.locator('a').boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
    await context.close();
  });
}

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: phone });

  test('the next section is linked at most 400 px below the last paragraph of every section', async ({
    page,
  }) => {
    for (const path of sectionPagePaths()) {
      await page.goto(path);
      const next = page.locator('a[rel="next"]');
      if ((await next.count()) === 0) continue;
      const distance = await page.evaluate(() => {
        const last = document.querySelector('.reading > :last-child')?.getBoundingClientRect();
        const link = document.querySelector('a[rel="next"]')?.getBoundingClientRect();
        return last && link ? link.top - last.bottom : Infinity;
      });
      expect(distance, path).toBeGreaterThanOrEqual(0);
      expect(distance, path).toBeLessThanOrEqual(400);
    }
  });

  test('sharing, citing and downloading wait in one row, each opening its panel', async ({ page }) => {
    const [section] = sectionPagePaths();
    await page.goto(section ?? basePath);
    const row = page.getByRole('group', { name: 'Teilen, Zitieren, Herunterladen' });
    const summaries = row.locator(':scope > details > summary');
    await expect(summaries).toHaveText(['Teilen', 'Zitieren', 'Herunterladen']);
    const tops = await summaries.evaluateAll((items) =>
      items.map((item) => item.getBoundingClientRect().top),
    );
    expect(new Set(tops.map(Math.round)).size).toBe(1);
    await expect(page.getByRole('button', { name: 'Als HTML kopieren' })).toBeHidden();
    await summaries.nth(0).click();
    await expect(page.getByRole('button', { name: 'Als HTML kopieren' })).toBeVisible();
    // The campaign fields fold under „Erweitert“.
    await expect(page.getByLabel('Name der Kampagne')).toBeHidden();
    await summaries.nth(1).click();
    await expect(page.getByRole('region', { name: 'Zitieren' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Als HTML kopieren' })).toBeHidden();
    await summaries.nth(2).click();
    await expect(page.getByRole('region', { name: 'Herunterladen' }).getByRole('link')).not.toHaveCount(0);
  });
});

test('at 320 px the row „Teilen · Zitieren · Herunterladen“ and each open panel fit the screen', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: smallPhone });
  const page = await context.newPage();
  const [section] = sectionPagePaths();
  await page.goto(section ?? basePath);
  const summaries = page.locator('.section-tools > details > summary');
  const tops = await summaries.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
  expect(new Set(tops.map(Math.round)).size).toBe(1);
  for (const index of [0, 1, 2]) {
    await summaries.nth(index).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `panel ${index + 1}`).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('serif text in bold is set in the semibold the site ships, which only pages that use it fetch', async ({
  page,
}) => {
  const kinds = pageKinds();
  const looks: Record<string, { bold: number; weights: string[] }> = {};
  for (const kind of ['home', 'section', 'report', 'legal'] as const) {
    await page.goto(kinds[kind] ?? basePath, { waitUntil: 'networkidle' });
    looks[kind] = await page.evaluate(async () => {
      await document.fonts.ready;
      const bold = [...document.querySelectorAll('body *')].filter((element) => {
        const style = getComputedStyle(element);
        const text = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim());
        return style.fontFamily.startsWith('"Source Serif 4"') && Number(style.fontWeight) > 400 && text;
      }).length;
      const weights = [...document.fonts]
        .filter((font) => font.family.replace(/"/gu, '') === 'Source Serif 4' && font.status === 'loaded')
        .map((font) => font.weight);
      return { bold, weights };
    });
  }
  for (const [kind, look] of Object.entries(looks)) {
    expect(look.weights, kind).toContain('400');
    // A bold serif word gets the real face (no browser-made bold); a page without one does not fetch it.
    if (look.bold > 0) expect(look.weights, kind).toContain('600');
    else expect(look.weights, kind).not.toContain('600');
  }
  // The site's name in the header is set in the regular face: a section page fetches no second face.
  expect(looks['section']?.bold).toBe(0);
});

test('the header search field and its button are one height, at every width', async ({ browser }) => {
  for (const viewport of [smallPhone, phone, desktop]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(basePath);
    const field = await page.locator('#suche-kopf').boundingBox();
    const button = await page.getByRole('button', { name: 'Suchen', exact: true }).first().boundingBox();
    expect(field?.height, `${viewport.width}`).toBeGreaterThanOrEqual(24);
    expect(Math.round(button?.height ?? 0), `${viewport.width}`).toBe(Math.round(field?.height ?? -1));
    expect(Math.round(button?.y ?? 0), `${viewport.width}`).toBe(Math.round(field?.y ?? -1));
    await context.close();
  }
});

test('on a touch screen the search names no key and headings show no permanent „#“', async ({ browser }) => {
  const context = await browser.newContext({ viewport: phone, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(basePath);
  expect(await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches)).toBe(false);
  await page.locator('#suche-kopf').hover();
  await expect(page.locator('#suche-kopf')).toHaveAttribute('placeholder', 'Suchen');
  await expect(page.locator('.heading-link').first()).toHaveCSS('opacity', '0');
  await context.close();
});

/** Console errors, uncaught exceptions and CSP violations on a page, from its first script on. */
async function watchErrors(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective}: ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  return async () => [
    ...errors,
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).map(
      (violation) => `CSP: ${violation}`,
    ),
  ];
}

test('every share and copy action leaves the console without errors and the policy unviolated', async ({
  context,
  page,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL ?? 'http://127.0.0.1').origin,
  });
  const errors = await watchErrors(page);
  const [section] = sectionPagePaths();
  await page.goto(section ?? basePath);
  const status = page.getByRole('status');

  await page.locator('.section-tools summary', { hasText: 'Teilen' }).click();
  const panel = page.getByRole('region', { name: 'Teilen' });
  const buttons = panel.getByRole('button', { name: /kopieren$/u });
  expect(await buttons.count()).toBeGreaterThanOrEqual(3);
  for (const button of await buttons.all()) {
    await button.click();
    await expect(status).toContainText('kopiert');
    await page.evaluate(() => document.querySelector('[data-copy-status]')?.replaceChildren());
  }
  await panel.getByLabel('Mit Vorschaubild').check();
  await panel.getByText('Erweitert').click();
  await panel.getByLabel('Name der Kampagne').fill('rundbrief');
  await panel.getByRole('button', { name: 'Als HTML kopieren' }).click();
  await expect(status).toContainText('HTML kopiert');
  const clipboard = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item ? item.types : [];
  });
  expect([...clipboard].sort()).toEqual(['text/html', 'text/plain']);

  // A heading's link, a passage's link and the passage as a snippet.
  await page.locator('main h1').hover();
  await page.locator('.heading-link').first().click();
  await expect(status).toHaveText('Link kopiert');
  const passage = page.locator('.reading .passage-link').first();
  await passage.locator('..').hover();
  await passage.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // One confirmation in sight: the panel says it, the status region speaks to screen readers only.
  await expect(status).toHaveText(/kopiert/u);
  expect(await status.evaluate((element) => element.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  await dialog.getByRole('button', { name: 'Als Ausschnitt kopieren' }).click();
  await expect(status).toContainText('als Ausschnitt kopiert');
  await expect(dialog).toBeHidden();

  expect(await errors()).toEqual([]);
});

test('on a touch screen a passage’s „¶“ keeps to its last word, never on a line of its own, and is a 24 px target', async ({
  browser,
}) => {
  test.setTimeout(walkTimeout(1_000));
  const context = await browser.newContext({ viewport: smallPhone, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const alone: string[] = [];
  let marks = 0;
  for (const path of sectionPagePaths()) {
    await page.goto(path);
    // Each page at both widths, the narrower first: the lines are set anew for each.
    for (const viewport of [smallPhone, phone]) {
      await page.setViewportSize(viewport);
      const found = await page.locator('.reading .passage-link').evaluateAll((links) =>
        links.map((link) => {
          // The passage's text up to its mark: the mark must start on the text's last line.
          const range = document.createRange();
          range.selectNodeContents(link.parentElement ?? link);
          range.setEndBefore(link);
          const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
          const mark = link.getBoundingClientRect();
          return {
            id: link.getAttribute('href') ?? '',
            alone: mark.top >= (lines.at(-1)?.bottom ?? Infinity) - 2,
            size: Math.min(mark.width, mark.height),
          };
        }),
      );
      marks += found.length;
      for (const mark of found) {
        if (mark.alone) alone.push(`${viewport.width}: ${path}${mark.id}`);
        expect(mark.size, `${viewport.width}: ${path}${mark.id}`).toBeGreaterThanOrEqual(24);
      }
    }
  }
  expect(marks).toBeGreaterThan(2 * sectionPagePaths().length);
  expect(alone).toEqual([]);
  await context.close();
});

test('the passage panel never covers its passage, on a phone and on a wide screen', async ({
  browser,
  baseURL,
}) => {
  for (const viewport of [phone, desktop]) {
    const context = await browser.newContext({ viewport });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL ?? 'http://127.0.0.1').origin,
    });
    const page = await context.newPage();
    // A section with several passages: the first and the last are tried.
    let count = 0;
    for (const path of sectionPagePaths()) {
      await page.goto(path);
      count = await page.locator('.reading .passage-link').count();
      if (count > 2) break;
    }
    expect(count).toBeGreaterThan(2);
    for (const index of [0, count - 1]) {
      const link = page.locator('.reading .passage-link').nth(index);
      const passage = link.locator('..');
      await passage.scrollIntoViewIfNeeded();
      await passage.hover();
      await link.click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      const [text, panel] = await Promise.all([passage.boundingBox(), dialog.boundingBox()]);
      const overlap =
        Math.min((text?.y ?? 0) + (text?.height ?? 0), (panel?.y ?? 0) + (panel?.height ?? 0)) -
        Math.max(text?.y ?? 0, panel?.y ?? 0);
      expect(overlap, `${viewport.width}: passage ${index}`).toBeLessThanOrEqual(0);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
    await context.close();
  }
});
