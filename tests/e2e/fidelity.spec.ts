/**
 * Every sentence of the report is on the site, verbatim: the source is cleaned of PDF artefacts by
 * the rules in src/lib/import/source-text.ts and each sentence must appear in what a reader sees.
 */
import { expect, test, type Page } from '@playwright/test';
import { splitSentences } from '#src/lib/german/sentences.ts';
import { basePath, normalizeText, readSourceBlocks, sectionPagePaths } from '../support/site.ts';
import { epubSpineText, letters, pdfText } from '../support/downloads.ts';

const blocks = readSourceBlocks();
const textBlocks = blocks.filter((block) => block.kind !== 'heading');
const headings = blocks.filter((block) => block.kind === 'heading');

async function mainText(page: Page, path: string): Promise<string> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  return normalizeText(await page.locator('main').innerText());
}

test('the source parses into the report we know', () => {
  expect(headings.map((heading) => heading.number)).toEqual([
    null,
    '1',
    '2',
    '2.1',
    '2.2',
    '2.3',
    '3',
    '3.1',
    '3.2',
    '3.3',
    '4',
  ]);
  expect(textBlocks.length).toBeGreaterThan(40);
});

test('every sentence of the report appears on the section pages', async ({ page }) => {
  const paths = sectionPagePaths();
  expect(paths.length).toBe(headings.length);
  const texts: string[] = [];
  for (const path of paths) texts.push(await mainText(page, path));
  const all = texts.join('\n');
  const missing = textBlocks
    .flatMap((block) => splitSentences(block.text))
    .filter((sentence) => !all.includes(sentence));
  expect(missing).toEqual([]);
  // Whole blocks too, so that no sentence is split across places.
  const missingBlocks = textBlocks.filter((block) => !texts.some((text) => text.includes(block.text)));
  expect(missingBlocks.map((block) => block.text.slice(0, 60))).toEqual([]);
});

test('every section heading appears as the title of its own page, the report’s title as the whole report’s', async ({
  page,
}) => {
  const titles: string[] = [];
  for (const path of sectionPagePaths()) {
    await page.goto(path);
    titles.push(normalizeText(await page.locator('h1').innerText()));
  }
  // The report's own title (its first, unnumbered line) heads the whole report; its opening text is
  // the section „Einleitung“.
  await page.goto(`${basePath}tagung-2018/`);
  titles.push(normalizeText(await page.locator('h1').innerText()));
  for (const heading of headings) {
    const expected = heading.number ? `${heading.number} ${heading.text}` : heading.text;
    expect(titles).toContain(expected);
  }
});

test('the whole report on one page holds every sentence and heading in order', async ({ page }) => {
  const text = await mainText(page, `${basePath}tagung-2018/`);
  let position = 0;
  for (const block of blocks) {
    const expected = block.kind === 'heading' && block.number ? `${block.number} ${block.text}` : block.text;
    const found = text.indexOf(expected, block.kind === 'heading' && !block.number ? 0 : position);
    expect(found, `"${expected.slice(0, 60)}" after position ${position}`).toBeGreaterThanOrEqual(0);
    if (block.kind !== 'heading' || block.number) position = found + expected.length;
  }
});

test('numbered findings are ordered lists with their own anchors', async ({ page }) => {
  await page.goto(`${basePath}tagung-2018/forschungsdesign/`);
  const lists = page.locator('main ol:has(> li[id])');
  await expect(lists).toHaveCount(2);
  await expect(lists.first().locator('> li')).toHaveCount(3);
  await expect(page.locator('#ergebnis-1')).toContainText(
    'Die Situation in Düsseldorf ist zurzeit durch die Ver-Regelung',
  );
  await expect(page.locator('#schritt-3')).toContainText(
    'Auch eine Ergänzung der institutionellen um die subjektive Perspektive',
  );
});

test.describe('the downloads hold the report verbatim', () => {
  const sentences = textBlocks.flatMap((block) => splitSentences(block.text));
  const numberedHeadings = headings.map((heading) =>
    heading.number ? `${heading.number} ${heading.text}` : heading.text,
  );

  test('every sentence and heading is in the PDF (letters compared: the PDF hyphenates at line ends)', async ({
    request,
  }) => {
    const response = await request.get(`${basePath}tagung-2018.pdf`);
    expect(response.status()).toBe(200);
    const text = letters(pdfText(await response.body(), true));
    expect(sentences.length).toBeGreaterThan(textBlocks.length);
    expect(sentences.filter((sentence) => !text.includes(letters(sentence)))).toEqual([]);
    expect(numberedHeadings.filter((heading) => !text.includes(letters(heading)))).toEqual([]);
  });

  test('every sentence and heading is in the EPUB, in order', async ({ request }) => {
    const response = await request.get(`${basePath}tagung-2018.epub`);
    expect(response.status()).toBe(200);
    const text = normalizeText(epubSpineText(await response.body()));
    expect(sentences.filter((sentence) => !text.includes(sentence))).toEqual([]);
    let position = 0;
    for (const heading of numberedHeadings.slice(1)) {
      const found = text.indexOf(heading, position);
      expect(found, heading).toBeGreaterThan(position);
      position = found;
    }
  });
});
