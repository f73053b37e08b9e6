/**
 * Where Debian's Chromium is and the flags that keep it quiet on a closed network; shared by the
 * browser tests and the benchmarks.
 */
import { existsSync } from 'node:fs';

/** The full browser, as readers have it: the benchmarks (Lighthouse) measure with it. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

const headlessShell = '/usr/bin/chromium-headless-shell';

/**
 * The tests' browser: Chromium's headless shell (Debian's `chromium-headless-shell`), the same engine
 * without the browser's own interface, which gets through the browser tests in half the time; the full
 * browser where the shell is not installed or `CHROMIUM_PATH` names one.
 */
export const testBrowserPath =
  process.env.CHROMIUM_PATH ?? (existsSync(headlessShell) ? headlessShell : chromiumPath);

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Glyphs placed at fractions of a pixel, as the full browser and phones place them: hinted to whole
  // pixels, the shell set „Integrationssteuerungsmodells“ 267 px wide instead of 253 at 17 px, and a
  // word that fits a phone's line would not.
  '--font-render-hinting=none',
];
