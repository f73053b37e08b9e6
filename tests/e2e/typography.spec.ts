/**
 * Soft hyphens as a reader meets them (issue 17): the search finds a title word the site hyphenates,
 * whole, and what a reader copies carries no soft hyphen. That no word breaks without a hyphen at 320
 * and 390 px is checked on every page by walk.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { basePath, builtFileOf, builtPagePaths, sectionPagePaths } from '../support/site.ts';

/** The built page's HTML, by its site path. */
function builtHtml(path: string): string {
  return readFileSync(builtFileOf(path), 'utf8');
}

/** The words of a page's main heading that carry soft hyphens, as the heading sets them. */
function hyphenatedTitleWords(path: string): string[] {
  const heading = /<h1\b[^>]*>([^]*?)<\/h1>/u.exec(builtHtml(path))?.[1] ?? '';
  return heading.replace(/<[^>]*>/gu, ' ').match(/[\p{L}\u00ad]*\u00ad[\p{L}\u00ad]*/gu) ?? [];
}

test('the search finds a hyphenated title word whole and shows no soft hyphen', async ({ page }) => {
  const section = sectionPagePaths().find((path) => hyphenatedTitleWords(path).length > 0);
  const [word] = section ? hyphenatedTitleWords(section) : [];
  expect(word, 'a section page whose title has soft hyphens').toBeDefined();
  const query = (word ?? '').replaceAll('\u00ad', '');
  await page.goto(`${basePath}suche/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-page-status]')).toHaveText(/Treffer/u);
  const results = page.locator('[data-search-page-results]');
  const found = await results
    .locator(':scope > li > p > a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(found.slice(0, 3), query).toContain(section);
  expect(await results.textContent()).toContain(query);
  expect(await results.textContent()).not.toContain('\u00ad');
});

test('a title copied with the keyboard reaches the clipboard without soft hyphens, as text and as HTML', async ({
  context,
  page,
  baseURL,
}) => {
  // The first built page whose main heading carries soft hyphens, found in the build.
  const path = builtPagePaths().find((candidate) => hyphenatedTitleWords(candidate).length > 0);
  expect(path, 'a page whose h1 has soft hyphens').toBeDefined();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL ?? 'http://127.0.0.1').origin,
  });
  await page.goto(path ?? basePath);
  const title = await page.locator('main h1').evaluate((heading) => {
    const range = document.createRange();
    range.selectNodeContents(heading);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    return heading.textContent ?? '';
  });
  expect(title).toContain('\u00ad');
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) =>
      item?.types.includes(type) ? (await item.getType(type)).text() : '';
    return { text: await read('text/plain'), html: await read('text/html') };
  });
  expect(copied.text.trim()).toBe(title.replaceAll('\u00ad', '').trim());
  expect(copied.html.replace(/<[^>]*>/gu, '')).toContain(title.replaceAll('\u00ad', '').trim());
  expect(copied.html).not.toMatch(/\u00ad|&shy;|&#173;|&#xad;/iu);
});
