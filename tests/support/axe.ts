/**
 * axe-core in the browser tests, run in the page itself: its source is put into the document once and
 * every run after that reuses it. `@axe-core/playwright` injects it anew for each run and, by default,
 * finishes each run in a second, blank page; on this site's pages (no frames) that doubled what the walk
 * over every page spends on axe. Pages with frames (the editor) go through `@axe-core/playwright` in its
 * legacy mode, which reaches into frames.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Result, RunOptions } from 'axe-core';
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
  const runOnly: RunOptions['runOnly'] = only.rules
    ? { type: 'rule', values: only.rules }
    : { type: 'tag', values: only.tags ?? WCAG_TAGS };
  // Only violations are collected in full: axe keeps one node for each rule that passed or did not
  // apply, and the page sends back the violations alone (on a long page half of axe's time went into
  // collecting and sending the passes).
  return { runOnly, resultTypes: ['violations'] };
}

/** What axe finds violated on the page as it is now, with each rule's tags, impact and elements. */
export async function axeFindings(page: Page, only: AxeRules = {}): Promise<Result[]> {
  const options = runOptions(only);
  if (page.frames().length > 1)
    return (await new AxeBuilder({ page }).options(options).setLegacyMode(true).analyze()).violations;
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(axeSource);
  return page.evaluate(
    (runWith) =>
      (
        window as unknown as {
          axe: { run: (context: Document, options: unknown) => Promise<{ violations: Result[] }> };
        }
      ).axe
        .run(document, runWith)
        .then((results) => results.violations),
    options,
  );
}

/** The violations as lines a failing test prints: rule and the elements it found. */
export async function axeViolations(page: Page, only: AxeRules = {}): Promise<string[]> {
  return (await axeFindings(page, only)).map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
