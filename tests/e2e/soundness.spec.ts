/**
 * Soundness of every page the sitemap lists (and the 404 page): valid HTML, no skipped heading levels, alt text on every image,
 * and the size budgets (JavaScript before interaction, CSS, a section page's first response).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import {
  CSS_BUDGET,
  FIRST_RESPONSE_BUDGET,
  FIRST_VISIT_BUDGET,
  JS_BUDGET,
  firstResponseBytes,
  firstVisitBytes,
  loadedBytes,
} from '../support/budgets.ts';
import { basePath, sitemapPagePaths, distDir, sectionPagePaths, walkTimeout } from '../support/site.ts';

/** The built file behind a site path. */
function builtFile(path: string): string {
  const inside = path.slice(basePath.length);
  return join(distDir, inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside);
}

test('every page is valid HTML (html-validate: recommended rules, see .htmlvalidate.json)', async () => {
  test.setTimeout(walkTimeout(500));
  const validator = new HtmlValidate(new FileSystemConfigLoader()); // reads .htmlvalidate.json
  const errors: string[] = [];
  for (const path of sitemapPagePaths()) {
    const report = await validator.validateString(readFileSync(builtFile(path), 'utf8'), builtFile(path));
    for (const result of report.results) {
      errors.push(
        ...result.messages.map((m: Message) => `${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
      );
    }
  }
  expect(errors).toEqual([]);
});

test('headings never skip a level and every image has alt text', async ({ page }) => {
  test.setTimeout(walkTimeout(1_000));
  const problems: string[] = [];
  for (const path of sitemapPagePaths()) {
    await page.goto(path);
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    levels.forEach((level, index) => {
      const previous = index === 0 ? 0 : (levels[index - 1] ?? 0);
      if (level > previous + 1) problems.push(`${path}: h${level} follows h${previous}`);
    });
    const missingAlt = await page.locator('img:not([alt])').count();
    if (missingAlt > 0) problems.push(`${path}: ${missingAlt} image(s) without alt`);
  }
  expect(problems).toEqual([]);
});

test('budgets: JS before interaction ≤ 3 KB and CSS ≤ 8 KB gzip on every section page', async ({ page }) => {
  // Two page loads per section page: 17 s on a busy machine, so the limit grows with the pages.
  test.setTimeout(walkTimeout(2_000));
  const over: string[] = [];
  for (const path of sectionPagePaths()) {
    const js = await loadedBytes(page, path, ['script']);
    const css = await loadedBytes(page, path, ['stylesheet']);
    if (js > JS_BUDGET) over.push(`${path}: ${js} B of JavaScript (gzip)`);
    if (css > CSS_BUDGET) over.push(`${path}: ${css} B of CSS (gzip)`);
    expect(css, `${path} loads its stylesheet`).toBeGreaterThan(1000);
  }
  expect(over).toEqual([]);
});

test('budget: every section page paints from its first response, at most 13.5 KB gzip (HTML with inlined CSS)', () => {
  const over = sectionPagePaths()
    .map((path) => ({ path, gzip: firstResponseBytes(readFileSync(builtFile(path))) }))
    .filter(({ gzip }) => gzip > FIRST_RESPONSE_BUDGET)
    .map(({ path, gzip }) => `${path}: ${gzip} B`);
  expect(sectionPagePaths().length).toBeGreaterThan(0);
  expect(over).toEqual([]);
});

test('budget: a section page’s first visit, its web font included, at most 29 KB gzip', async ({
  browser,
}) => {
  test.setTimeout(walkTimeout(1_500));
  const over: string[] = [];
  for (const path of sectionPagePaths()) {
    // A fresh context each time: a first visit, nothing cached.
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes = await firstVisitBytes(page, path);
    const fonts = await page.evaluate(
      () => [...document.fonts].filter((font) => font.status === 'loaded').length,
    );
    expect(fonts, `${path} loads its web font`).toBeGreaterThan(0);
    if (bytes > FIRST_VISIT_BUDGET) over.push(`${path}: ${bytes} B`);
    await context.close();
  }
  expect(over).toEqual([]);
});
