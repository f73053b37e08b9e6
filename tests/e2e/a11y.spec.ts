/** axe-core finds no violations on any built page, in the light and the dark theme. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPagePaths } from '../support/site';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations on any page (${colorScheme})`, async ({ browser }) => {
    // One test walks every page: give it time for a growing site on a busy machine.
    test.setTimeout(120_000);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const paths = builtPagePaths();
    expect(paths.length).toBeGreaterThan(10);
    const report: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
      expect(scheme, path).toBe(colorScheme);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      for (const violation of results.violations) {
        report.push(`${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
      }
    }
    expect(report).toEqual([]);
    await context.close();
  });
}
