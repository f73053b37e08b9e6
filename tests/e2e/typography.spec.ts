/**
 * No word is broken without a hyphen (issue 17): on every built page at 320 and 390 px, every word in
 * the header and the main column stands on one line, or is broken at a hyphen or a soft hyphen. Without
 * soft hyphens a title's long compound (`Stadtentwicklungsforschung`) is cut anywhere by
 * `overflow-wrap`, since Chromium without German patterns hyphenates nothing by itself. One test per page,
 * as in a11y.spec.ts, and one `page.evaluate` per width. And what a reader copies has no soft hyphens.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { basePath, builtPagePaths, distDir, sectionPagePaths } from '../support/site.ts';

const paths = builtPagePaths();
const widths = [320, 390];

/**
 * The words of the header and `main` that a line break cuts at another place than a hyphen or a soft
 * hyphen, each with the text of its element. Folded parts (the phone's table of contents) are opened
 * first, so their entries are measured too.
 */
function wordsBrokenWithoutHyphen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const roots = [...document.querySelectorAll('body > header, main')];
    const broken: string[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Code and addresses break anywhere, as they must: a hyphen added there would change them.
        if (node.parentElement?.closest('pre, code, kbd, samp')) continue;
        const text = node.textContent ?? '';
        for (const token of text.matchAll(/\S+/gu)) {
          if (/:\/\/|@|^www\./u.test(token[0])) continue;
          // A piece runs between the places where a line may end inside a token: a hyphen, a soft
          // hyphen, a dash or a slash (`und/oder`). A piece on two lines is a word cut anywhere.
          for (const piece of token[0].matchAll(/[^\u00ad\-–—/]{2,}/gu)) {
            const start = token.index + piece.index;
            const range = document.createRange();
            // Where the piece starts: its first letter's box. (A range that starts right after a soft
            // hyphen taken as a break also has a box for the hyphen shown at the end of the line above.)
            range.setStart(node, start);
            range.setEnd(node, start + 1);
            const firstTop = Math.round([...range.getClientRects()].at(-1)?.top ?? Number.NaN);
            range.setEnd(node, start + piece[0].length);
            // One text node has one font: a box of the piece below its first letter's line is a second line.
            const below = [...range.getClientRects()].filter(
              (rect) => rect.width > 0 && Math.round(rect.top) > firstTop,
            );
            if (below.length > 0) {
              const owner = node.parentElement?.localName ?? '?';
              broken.push(`„${piece[0]}“ in <${owner}>: ${text.trim().slice(0, 80)}`);
            }
          }
        }
      }
    }
    return broken;
  });
}

test('the walk covers every built page', () => {
  expect(paths.length).toBeGreaterThan(10);
});

for (const path of paths) {
  test(`no word broken without a hyphen at ${widths.join(' and ')} px: ${path}`, async ({ page }) => {
    const found: string[] = [];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      for (const word of await wordsBrokenWithoutHyphen(page)) found.push(`${width} px: ${word}`);
    }
    expect(found).toEqual([]);
  });
}

/** The built page's HTML, by its site path. */
function builtHtml(path: string): string {
  const file = path.slice(basePath.length) + (path.endsWith('/') ? 'index.html' : '');
  return readFileSync(join(distDir, file), 'utf8');
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
  const path = paths.find((candidate) => hyphenatedTitleWords(candidate).length > 0);
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
