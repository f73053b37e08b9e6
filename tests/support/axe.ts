/**
 * axe-core in the browser tests, run in the page itself: its source is put into the document once and
 * every run after that reuses it. `@axe-core/playwright` injects it anew for each run and, by default,
 * finishes each run in a second, blank page; on this site's pages (no frames) that doubled what the walk
 * over every page spends on axe. Pages with frames (the editor) go through `@axe-core/playwright` in its
 * legacy mode, which reaches into frames.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The WCAG 2.1 A and AA rules and axe's best practices: what every page must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The rules whose outcome depends on colours, the only thing the dark theme changes. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What to run: the rules named, else the rules of the tags given, else all of WCAG_TAGS. */
export interface AxeRules {
  rules?: string[];
  tags?: string[];
}

function runOptions(only: AxeRules): RunOptions {
  if (only.rules) return { runOnly: { type: 'rule', values: only.rules } };
  return { runOnly: { type: 'tag', values: only.tags ?? WCAG_TAGS } };
}

/** axe's full results for the page as it is now. */
export async function axeResults(page: Page, only: AxeRules = {}): Promise<AxeResults> {
  const options = runOptions(only);
  if (page.frames().length > 1)
    return new AxeBuilder({ page }).options(options).setLegacyMode(true).analyze();
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(axeSource);
  return page.evaluate(
    (runWith) =>
      (
        window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<AxeResults> } }
      ).axe.run(document, runWith),
    options,
  );
}

/** The violations as lines a failing test prints: rule and the elements it found. */
export async function axeViolations(page: Page, only: AxeRules = {}): Promise<string[]> {
  const { violations } = await axeResults(page, only);
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
