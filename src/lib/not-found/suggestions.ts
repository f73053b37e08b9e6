/**
 * For the 404 page: which published pages an unknown address probably meant (a typo in a link, a
 * missing slash, upper case from a mail client), and words to search for. Pure, unit-tested; the
 * 404 page's script runs it in the reader's browser.
 */
import { editDistance } from '#src/lib/german/edit-distance.ts';

/** A page the site has: its address (with base) and its title. */
export interface KnownPage {
  path: string;
  title: string;
}

/** An address as compared: decoded, lower case, without the base, a trailing `index.html` or slashes. */
function normalize(path: string, base: string): string {
  let text = path;
  try {
    text = decodeURIComponent(path);
  } catch {
    // A broken escape stays as it is.
  }
  const trimmedBase = base.replace(/\/+$/u, '');
  if (trimmedBase !== '' && text.startsWith(trimmedBase)) text = text.slice(trimmedBase.length);
  return text
    .toLowerCase()
    .replace(/index\.html?$/u, '')
    .replace(/^\/+|\/+$/gu, '');
}

const lastSegment = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * The known pages closest to the requested address, best first: by the whole path or by its last
 * part (`/tagung-2018/raumerlebn/` → `/tagung-2018/raumerleben/`, `/raumerelben/` too: two letters
 * swapped are one edit), allowing about one wrong letter in three, at most `limit`.
 */
export function suggestPages(
  requested: string,
  pages: readonly KnownPage[],
  base = '/',
  limit = 3,
): KnownPage[] {
  const wanted = normalize(requested, base);
  if (wanted === '') return [];
  const scored = pages.map((page) => {
    const known = normalize(page.path, base);
    const distance = Math.min(
      editDistance(wanted, known),
      editDistance(lastSegment(wanted), lastSegment(known)),
    );
    return { page, known, distance, allowed: Math.max(2, Math.floor(lastSegment(known).length / 3)) };
  });
  return scored
    .filter(({ known, distance, allowed }) => distance <= allowed && known !== '')
    .sort((a, b) => a.distance - b.distance || a.page.path.length - b.page.path.length)
    .slice(0, limit)
    .map(({ page }) => page);
}

/**
 * Words to search for from an unknown address: its last part, hyphens as spaces (`alter-name` → `alter
 * name`), and nothing but letters and digits (`/<script>` → `script`, never `script>`).
 */
export function searchWordsFromPath(requested: string, base = '/'): string {
  return lastSegment(normalize(requested, base))
    .replace(/\.html?$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
