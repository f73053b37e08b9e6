/**
 * Every built page, walked once (issue 24: one walk per kind of page instead of one per check). Each page
 * is loaded once as a first visit, in a fresh browser context, and then checked for everything a reader on
 * any page relies on:
 *
 * - German, a title, one main landmark, one h1, the main navigation;
 * - nothing requested from another host, no cookie, no error in the console;
 * - a Content-Security-Policy without unsafe-inline scripts, nothing violating it, and the theme button
 *   (allowed by its hash) working under it;
 * - every link on it leads to a page that answers and, with a `#`, to an id that page has;
 * - headings never skip a level, every image has alt text;
 * - axe-core finds no violation in the light theme, and none of the colour rules in the dark theme (a theme
 *   changes colours only: the document axe checks is the same);
 * - at 320 px nothing wider than the screen, and at 320 and 390 px no word of the header or the main
 *   column broken without a hyphen (issue 17);
 * - on a section page, the budgets: JavaScript before interaction ≤ 3 KB and CSS ≤ 8 KB gzip, its first
 *   visit with its web font ≤ 29 KB gzip.
 *
 * One test per page, so that a busy machine slows each a little instead of pushing one long walk past its
 * timeout. What needs no browser (valid HTML, first-response sizes) is in soundness.spec.ts.
 */
import { expect, test, type APIRequestContext, type Page, type Response } from '@playwright/test';
import { COLOUR_RULES, axeViolations, type AxeRules } from '../support/axe.ts';
import { CSS_BUDGET, FIRST_VISIT_BUDGET, JS_BUDGET, gzipBytes } from '../support/budgets.ts';
import { anchorsOfBuiltPage, builtPagePaths, sectionPagePaths } from '../support/site.ts';

const paths = builtPagePaths();
const sectionPages = new Set(sectionPagePaths());

/**
 * What a first visit to a page loaded: every response's body by its resource type. A section page, whose
 * budgets count everything it loads, is held until the network has been idle for half a second; any
 * other page until its load event (a request it makes later is still seen by the test's watch on
 * other hosts, which is read at the end).
 */
async function firstVisit(page: Page, path: string): Promise<{ type: string; body: Buffer }[]> {
  const loaded: Promise<{ type: string; body: Buffer | null }>[] = [];
  const listener = (response: Response) =>
    loaded.push(
      response.body().then(
        (body) => ({ type: response.request().resourceType(), body }),
        () => ({ type: response.request().resourceType(), body: null }),
      ),
    );
  page.on('response', listener);
  await page.goto(path, { waitUntil: sectionPages.has(path) ? 'networkidle' : 'load' });
  page.off('response', listener);
  return (await Promise.all(loaded)).flatMap(({ type, body }) => (body ? [{ type, body }] : []));
}

/** The gzip bytes of a page's JavaScript and CSS before interaction: files loaded and inline code. */
async function scriptAndStyleBytes(page: Page, loaded: { type: string; body: Buffer }[]) {
  const inline = await page.evaluate(() => ({
    script: [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !s.getAttribute('type')?.includes('json'))
      .map((s) => s.textContent ?? ''),
    stylesheet: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
  }));
  const sum = (type: 'script' | 'stylesheet') =>
    [...loaded.filter((file) => file.type === type).map((file) => file.body), ...inline[type]].reduce(
      (total, body) => total + gzipBytes(body),
      0,
    );
  return { js: sum('script'), css: sum('stylesheet') };
}

const statuses = new Map<string, Promise<number>>();
/** The HTTP status a site path answers with, asked once per path and test worker. */
function statusOf(request: APIRequestContext, path: string): Promise<number> {
  let status = statuses.get(path);
  if (!status) {
    status = request.get(path).then((response) => response.status());
    statuses.set(path, status);
  }
  return status;
}

/** Headings that skip a level and images without alt text. */
async function outlineProblems(page: Page): Promise<string[]> {
  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  const problems = levels.flatMap((level, index) => {
    const previous = index === 0 ? 0 : (levels[index - 1] ?? 0);
    return level > previous + 1 ? [`h${level} follows h${previous}`] : [];
  });
  const missingAlt = await page.locator('img:not([alt])').count();
  if (missingAlt > 0) problems.push(`${missingAlt} image(s) without alt`);
  return problems;
}

/** The axe violations in both themes: all rules in the light one, the colour rules in the dark one. */
async function violationsInBothThemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    expect(scheme, colorScheme).toBe(colorScheme);
    const only: AxeRules = colorScheme === 'dark' ? { rules: COLOUR_RULES } : {};
    for (const violation of await axeViolations(page, only)) found.push(`${colorScheme}: ${violation}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

/**
 * The words of the header and `main` that a line break cuts at another place than a hyphen or a soft
 * hyphen, each with the text of its element. Folded parts (the phone's table of contents) are opened
 * first, so their entries are measured too. Code and addresses break anywhere, as they must.
 */
function wordsBrokenWithoutHyphen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const broken: string[] = [];
    for (const root of document.querySelectorAll('body > header, main')) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('pre, code, kbd, samp')) continue;
        const text = node.textContent ?? '';
        for (const token of text.matchAll(/\S+/gu)) {
          if (/:\/\/|@|^www\./u.test(token[0])) continue;
          // A piece runs between the places where a line may end inside a token: a hyphen, a soft
          // hyphen, a dash or a slash (`und/oder`). A piece on two lines is a word cut anywhere.
          for (const piece of token[0].matchAll(/[^\u00ad\-–—/]{2,}/gu)) {
            const start = token.index + piece.index;
            const range = document.createRange();
            // Where the piece starts: its first letter's box (after a soft hyphen taken as a break, the
            // range also has a box for the hyphen shown at the end of the line above).
            range.setStart(node, start);
            range.setEnd(node, start + 1);
            const firstTop = Math.round([...range.getClientRects()].at(-1)?.top ?? Number.NaN);
            range.setEnd(node, start + piece[0].length);
            const below = [...range.getClientRects()].filter(
              (rect) => rect.width > 0 && Math.round(rect.top) > firstTop,
            );
            if (below.length > 0)
              broken.push(
                `„${piece[0]}“ in <${node.parentElement?.localName ?? '?'}>: ${text.trim().slice(0, 80)}`,
              );
          }
        }
      }
    }
    return broken;
  });
}

test('the walk covers every built page, the report’s sections among them', () => {
  expect(paths.length).toBeGreaterThan(10);
  expect(sectionPages.size).toBeGreaterThan(0);
  for (const path of sectionPages) expect(paths).toContain(path);
});

/** The links of the page that do not lead anywhere: another host, no 200, or no such anchor. */
async function brokenLinks(page: Page, request: APIRequestContext, origin: string): Promise<string[]> {
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const broken: string[] = [];
  for (const href of new Set(hrefs)) {
    const url = new URL(href);
    // An e-mail address (the Impressum's, „Fehler melden“) is no address of a host.
    if (url.protocol === 'mailto:') continue;
    if (url.origin !== origin) broken.push(`external link ${href}`);
    else if ((await statusOf(request, url.pathname)) !== 200) broken.push(`${href} does not answer 200`);
    else if (url.hash && !anchorsOfBuiltPage(url.pathname).has(decodeURIComponent(url.hash.slice(1))))
      broken.push(`${href} has no such anchor`);
  }
  return broken;
}

/** The budgets of a section page, from what its first visit loaded. */
async function expectWithinBudgets(page: Page, loaded: { type: string; body: Buffer }[]): Promise<void> {
  const { js, css } = await scriptAndStyleBytes(page, loaded);
  expect(js, 'JavaScript before interaction, gzip').toBeLessThanOrEqual(JS_BUDGET);
  expect(css, 'CSS, gzip').toBeLessThanOrEqual(CSS_BUDGET);
  expect(css, 'the page has its stylesheet').toBeGreaterThan(1000);
  const firstVisitTotal = loaded.reduce((sum, file) => sum + gzipBytes(file.body), 0);
  expect(firstVisitTotal, 'first visit with its web font, gzip').toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
  const fonts = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length);
  expect(fonts, 'the page loads its web font').toBeGreaterThan(0);
}

/**
 * What every page has: German, a title, one main landmark, one h1, the main navigation shown. Read in
 * one look at the loaded page (the walk has waited for it), the headings and images with it.
 */
async function frameProblems(page: Page): Promise<string[]> {
  const frame = await page.evaluate(() => {
    const navigation = document.querySelector('header nav[aria-label="Hauptnavigation"]');
    const box = navigation?.getBoundingClientRect();
    return {
      lang: document.documentElement.lang,
      title: document.title,
      mains: document.querySelectorAll('main').length,
      h1s: document.querySelectorAll('h1').length,
      // Shown as Playwright's toBeVisible takes it: a box that is not empty, not visibility: hidden.
      navigation:
        box !== undefined &&
        box.width > 0 &&
        box.height > 0 &&
        (navigation?.checkVisibility({ visibilityProperty: true }) ?? false),
    };
  });
  const problems: string[] = [];
  if (frame.lang !== 'de') problems.push(`lang="${frame.lang}"`);
  if (!/\S/u.test(frame.title)) problems.push('no title');
  if (frame.mains !== 1) problems.push(`${frame.mains} main elements`);
  if (frame.h1s !== 1) problems.push(`${frame.h1s} h1 elements`);
  if (!frame.navigation) problems.push('no main navigation shown');
  return problems;
}

/** A Content-Security-Policy without unsafe-inline scripts, under which the theme button still works. */
async function expectPolicyKept(page: Page): Promise<void> {
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/u);
  expect(csp).not.toContain('unsafe-inline');
  // The theme button runs (its script is allowed by hash) and names the design it switches to.
  const scheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  const before = await scheme();
  await page.getByRole('button', { name: /^(Dunkles|Helles) Design$/u }).click();
  await expect.poll(scheme, 'the theme button switches the design').not.toBe(before);
  // It then names the design it would switch back to.
  const back = before === 'dark' ? 'Dunkles Design' : 'Helles Design';
  await expect(page.getByRole('button', { name: back })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual(
    [],
  );
}

/** At phone widths: no sideways scrolling at 320 px, and no word broken without a hyphen at 320 and 390. */
async function phoneProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.evaluate(() => document.fonts.ready);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) problems.push(`${width} px: ${overflow} px wider than the screen`);
    for (const word of await wordsBrokenWithoutHyphen(page)) problems.push(`${width} px: ${word}`);
  }
  return problems;
}

for (const path of paths) {
  test(`every page, walked once: ${path}`, async ({ page, context, request, baseURL }) => {
    // The whole report takes axe about 13 s on a busy machine: keep far from the limit.
    test.setTimeout(90_000);
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const foreign: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(origin) && !req.url().startsWith('data:')) foreign.push(req.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const loaded = await firstVisit(page, path);
    if (sectionPages.has(path)) await expectWithinBudgets(page, loaded);
    expect(await frameProblems(page), 'frame').toEqual([]);
    expect(await brokenLinks(page, request, origin), 'links').toEqual([]);
    expect(await outlineProblems(page), 'headings and images').toEqual([]);
    expect(await violationsInBothThemes(page), 'axe').toEqual([]);
    await expectPolicyKept(page);
    expect(await phoneProblems(page), 'on a phone').toEqual([]);
    expect(consoleErrors, 'errors in the console').toEqual([]);
    expect(foreign, 'requests to another host').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
  });
}
