/**
 * Security as a reader's browser sees it: a Content-Security-Policy without unsafe-inline scripts on
 * every page and no violation of it, the headers from public/_headers, and pages that work without
 * JavaScript.
 */
import { expect, test } from '@playwright/test';
import { sitemapPagePaths, sectionPagePaths, walkTimeout } from '../support/site.ts';

test('every page has a CSP without unsafe-inline scripts, and nothing violates it', async ({ browser }) => {
  test.setTimeout(walkTimeout(1_500));
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
  for (const path of sitemapPagePaths()) {
    await page.goto(path, { waitUntil: 'load' });
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/u);
    expect(csp, path).not.toContain('unsafe-inline');
    // The theme toggle runs (its script is allowed by hash).
    // It names the design it switches to, which alternates from page to page here.
    await page.getByRole('button', { name: /^(Dunkles|Helles) Design$/u }).click();
    violations.push(
      ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).map(
        (v) => `${path}: ${v}`,
      ),
    );
  }
  // While searching: Pagefind's WebAssembly and the result list run under the same policy.
  await page.goto(sitemapPagePaths()[0] ?? '/');
  await page.keyboard.press('/');
  await page.keyboard.type('Welcome Points');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.goto(
    `${sitemapPagePaths().find((path) => path.endsWith('/suche/')) ?? '/suche/'}?q=Nadelmethode`,
  );
  await expect(
    page
      .locator('main')
      .getByRole('link', { name: /Raumerleben/u })
      .first(),
  ).toBeVisible();
  violations.push(
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
  );
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
    await page.goto(path);
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
