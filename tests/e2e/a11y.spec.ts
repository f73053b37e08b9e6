/**
 * axe-core finds no violations on any built page, in the light and the dark theme. One test per page,
 * so that a busy machine slows each test a little instead of pushing one long walk past its timeout.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPagePaths } from '../support/site.ts';

const paths = builtPagePaths();

test('the walk covers every built page', () => {
  expect(paths.length).toBeGreaterThan(10);
});

for (const path of paths) {
  test(`no axe violations, light and dark: ${path}`, async ({ page }) => {
    // The whole report takes axe about 13 s on a busy machine: keep far from the limit.
    test.setTimeout(60_000);
    await page.goto(path);
    const report: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
      expect(scheme, `${path} (${colorScheme})`).toBe(colorScheme);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      for (const violation of results.violations) {
        const nodes = violation.nodes.map((node) => node.target.join(' ')).join(', ');
        report.push(`${colorScheme}: ${violation.id} (${nodes})`);
      }
    }
    expect(report).toEqual([]);
  });
}
