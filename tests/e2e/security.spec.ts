/**
 * Security as a reader's browser sees it: the search under the Content-Security-Policy (every page's
 * policy is checked in walk.spec.ts), the headers from public/_headers, and pages that work without
 * JavaScript.
 */
import { expect, test } from '@playwright/test';
import { sitemapPagePaths, sectionPagePaths, walkTimeout } from '../support/site.ts';

test('the search runs under the policy: Pagefind’s WebAssembly and the result list violate nothing', async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/iu.test(message.text()))
      consoleErrors.push(message.text());
  });
  const violations: string[] = [];
  const collect = async () =>
    violations.push(
      ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    );
  await page.goto(sitemapPagePaths()[0] ?? '/');
  await page.keyboard.press('/');
  await page.keyboard.type('Welcome Points');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await collect();
  await page.goto(
    `${sitemapPagePaths().find((path) => path.endsWith('/suche/')) ?? '/suche/'}?q=Nadelmethode`,
  );
  await expect(
    page
      .locator('main')
      .getByRole('link', { name: /Raumerleben/u })
      .first(),
  ).toBeVisible();
  await collect();
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

test('pages are served with the security headers of public/_headers', async ({ request }) => {
  const response = await request.get(sitemapPagePaths()[0] ?? '/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['permissions-policy']).toContain('camera=()');
});

test('every page can be read with JavaScript disabled', async ({ browser }) => {
  test.setTimeout(walkTimeout(1_000));
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of sitemapPagePaths()) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('h1'), path).toBeVisible();
    expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(100);
  }
  // A section page offers its whole text and its neighbours without scripts.
  const section = sectionPagePaths()[4] ?? '';
  await page.goto(section);
  await expect(page.locator('.reading p').first()).toBeVisible();
  await expect(page.locator('a[rel="next"]')).toBeVisible();
  // Without scripts there is no theme toggle that could not work.
  await expect(page.getByRole('button', { name: /^(Dunkles|Helles) Design$/u })).toBeHidden();
  await context.close();
});
