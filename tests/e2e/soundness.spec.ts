/**
 * What every page must be without a browser: valid HTML on every page the sitemap lists (and the 404 page),
 * and every section page's first response within its budget. The checks that need a browser (links,
 * axe, headings, the other budgets) walk every page once in walk.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { FIRST_RESPONSE_BUDGET, firstResponseBytes } from '../support/budgets.ts';
import {
  builtFileOf as builtFile,
  sectionPagePaths,
  sitemapPagePaths,
  walkTimeout,
} from '../support/site.ts';

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

test('budget: every section page paints from its first response, at most 13.5 KB gzip (HTML with inlined CSS)', () => {
  const over = sectionPagePaths()
    .map((path) => ({ path, gzip: firstResponseBytes(readFileSync(builtFile(path))) }))
    .filter(({ gzip }) => gzip > FIRST_RESPONSE_BUDGET)
    .map(({ path, gzip }) => `${path}: ${gzip} B`);
  expect(sectionPagePaths().length).toBeGreaterThan(0);
  expect(over).toEqual([]);
});
