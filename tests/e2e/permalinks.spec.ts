/**
 * Addresses once published keep working: every page and anchor in the committed permalinks.json must
 * still be in the build, unless src/lib/addresses/redirects.ts sends the page elsewhere. New pages and anchors
 * must be added to the manifest (`npm run build && npm run manifest`), so that it stays complete.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import * as permalinks from '#src/lib/permalinks/manifest.ts';
import { joinBase, withoutBase } from '#src/lib/addresses/base.ts';
import { redirects } from '#src/lib/addresses/redirects.ts';
import { basePath, builtFilePaths, builtPagePaths } from '../support/site.ts';

const manifest = JSON.parse(readFileSync('permalinks.json', 'utf8')) as permalinks.PermalinkManifest;

test('every address in permalinks.json resolves on the built site, or redirects', async ({ request }) => {
  const built = new Map<string, string[]>();
  const openings = new Map<string, Record<string, string>>();
  for (const path of builtPagePaths().filter((path) => !path.endsWith('404.html'))) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    if (permalinks.isRedirectPage(html)) continue;
    built.set(withoutBase(path, basePath), permalinks.extractIds(html));
    openings.set(withoutBase(path, basePath), permalinks.passageOpenings(html));
  }
  const { broken, unlisted } = permalinks.checkManifest(manifest, built, redirects);
  expect(
    broken,
    'published addresses that no longer resolve: add a redirect in src/lib/addresses/redirects.ts or restore the id',
  ).toEqual([]);
  expect(
    unlisted,
    'new addresses: run `npm run build && npm run manifest` and commit permalinks.json',
  ).toEqual([]);
  expect(
    permalinks
      .movedAnchors(manifest, openings)
      .map(({ address, published, now }) => `${address}: published for „${published}“, now „${now}“`),
    'a passage id (absatz-N, ergebnis-N, schritt-N) points at other text: a paragraph or item was added or removed before it (see docs/addresses.md#passages-keep-their-words)',
  ).toEqual([]);
  expect(Object.keys(manifest.openings ?? {})).toContain('/tagung-2018/raumerleben/#absatz-3');
  expect(Object.keys(manifest.pages)).toContain('/tagung-2018/forschungsdesign/');
  expect(manifest.pages['/tagung-2018/forschungsdesign/']).toEqual(
    expect.arrayContaining(['ergebnis-1', 'ergebnis-2', 'ergebnis-3']),
  );
});

test('every file in permalinks.json (PDF, EPUB, Markdown, data, llms.txt) is served, and every built one is listed', async ({
  request,
}) => {
  const { broken, unlisted } = permalinks.checkFiles(manifest, builtFilePaths());
  expect(broken, 'published files that are gone').toEqual([]);
  expect(unlisted, 'new files: run `npm run build && npm run manifest` and commit permalinks.json').toEqual(
    [],
  );
  for (const file of manifest.files ?? []) {
    const response = await request.get(joinBase(file, basePath));
    expect(response.status(), file).toBe(200);
  }
  expect(manifest.files).toContain('/tagung-2018/raumerleben.md');
  expect(manifest.files).toContain('/tagung-2018.pdf');
});

test('each redirect leads to a page that exists', async ({ request }) => {
  for (const [from, to] of Object.entries(redirects)) {
    const response = await request.get(joinBase(to, basePath));
    expect(response.status(), `${from} → ${to}`).toBe(200);
  }
});
