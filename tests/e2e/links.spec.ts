/** Every internal link and anchor on every built page resolves; nothing points to another host. */
import { expect, test } from '@playwright/test';
import { builtPagePaths, walkTimeout } from '../support/site.ts';

test('every internal link and anchor resolves', async ({ page, request, baseURL }) => {
  test.setTimeout(walkTimeout(1_000));
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const idsByPage = new Map<string, Set<string>>();
  const links: { from: string; href: string }[] = [];
  for (const path of builtPagePaths()) {
    await page.goto(path);
    idsByPage.set(path, new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id))));
    for (const href of await page
      .locator('a[href]')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))) {
      links.push({ from: path, href });
    }
  }
  expect(links.length).toBeGreaterThan(50);
  const broken: string[] = [];
  const status = new Map<string, number>();
  for (const { from, href } of links) {
    const url = new URL(href);
    if (url.origin !== origin) {
      broken.push(`${from}: external link ${href}`);
      continue;
    }
    if (!status.has(url.pathname)) status.set(url.pathname, (await request.get(url.pathname)).status());
    if (status.get(url.pathname) !== 200) broken.push(`${from}: ${href} answers ${status.get(url.pathname)}`);
    if (url.hash) {
      let ids = idsByPage.get(url.pathname);
      if (!ids) {
        await page.goto(url.pathname);
        ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id)));
        idsByPage.set(url.pathname, ids);
      }
      if (!ids.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${from}: ${href} has no such anchor`);
    }
  }
  expect(broken).toEqual([]);
});

test('no page requests anything from another host and none sets a cookie', async ({ browser, baseURL }) => {
  test.setTimeout(walkTimeout(2_000));
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const context = await browser.newContext();
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (req) => {
    if (!req.url().startsWith(origin) && !req.url().startsWith('data:')) foreign.push(req.url());
  });
  for (const path of builtPagePaths()) await page.goto(path, { waitUntil: 'networkidle' });
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  await context.close();
});
