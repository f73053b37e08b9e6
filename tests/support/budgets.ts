/**
 * The size budgets and how they are measured, for the browser tests of the report
 * (tests/e2e/soundness.spec.ts) and of the scratch build with the fixture conferences
 * (tests/build/second-conference.test.ts).
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

/** JavaScript a section page loads before any interaction, gzip. */
export const JS_BUDGET = 3 * 1024;
/** CSS a section page loads, gzip. */
export const CSS_BUDGET = 8 * 1024;
/** A section page's first response (its HTML with the inlined CSS), gzip: it paints after one round trip. */
export const FIRST_RESPONSE_BUDGET = 13.5 * 1024;

/**
 * A section page's first visit, gzip: everything it loads before interaction, its web font included (a
 * font travels as it is, WOFF2 being compressed already). 0.6 of the 48.7 KB a Starlight build of the
 * same report loads.
 */
export const FIRST_VISIT_BUDGET = 29 * 1024;

/** The gzip size of a body, as a static host's compression would send it. */
export function gzipBytes(body: Uint8Array | string): number {
  return gzipSync(body).length;
}

/** The gzip size of a page's first response (its HTML with the inlined CSS). */
export function firstResponseBytes(html: Uint8Array | string): number {
  return gzipBytes(html);
}

/** Sums the gzip size of every response of the given kinds while a page loads (before interaction). */
export async function loadedBytes(page: Page, path: string, kinds: string[]): Promise<number> {
  const bodies: Promise<Buffer | null>[] = [];
  const listener = (response: Response) => {
    if (kinds.includes(response.request().resourceType())) bodies.push(response.body().catch(() => null));
  };
  page.on('response', listener);
  await page.goto(path, { waitUntil: 'networkidle' });
  page.off('response', listener);
  const buffers = (await Promise.all(bodies)).filter((body): body is Buffer => body !== null);
  const inline = await page.evaluate((wanted) => {
    const scripts = wanted.includes('script')
      ? [...document.querySelectorAll('script:not([src])')]
          .filter((s) => !s.getAttribute('type')?.includes('json'))
          .map((s) => s.textContent ?? '')
      : [];
    const styles = wanted.includes('stylesheet')
      ? [...document.querySelectorAll('style')].map((s) => s.textContent ?? '')
      : [];
    return [...scripts, ...styles];
  }, kinds);
  return [...buffers, ...inline.map((text) => Buffer.from(text))].reduce(
    (sum, body) => sum + gzipSync(body).length,
    0,
  );
}
