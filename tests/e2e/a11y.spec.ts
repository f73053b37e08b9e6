/** axe-core finds no violations on any built page, in the light and the dark theme. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPagePaths, pageShards } from '../support/site';

test('the walk covers every built page', () => {
  expect(pageShards(4).flat().sort()).toEqual(builtPagePaths());
  expect(builtPagePaths().length).toBeGreaterThan(10);
});

for (const colorScheme of ['light', 'dark'] as const) {
  pageShards(4).forEach((paths, shard) => {
    test(`no axe violations (${colorScheme}, pages ${shard + 1}/4: ${paths.length})`, async ({ browser }) => {
      test.setTimeout(30_000 + paths.length * 3_000);
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const report: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
        expect(scheme, path).toBe(colorScheme);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        for (const violation of results.violations) {
          report.push(
            `${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
          );
        }
      }
      expect(report).toEqual([]);
      await context.close();
    });
  });
}
