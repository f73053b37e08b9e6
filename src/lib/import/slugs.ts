/**
 * Slugs and ids the German way: lower case, ä → ae, ö → oe, ü → ue, ß → ss, other accents dropped,
 * everything else a single hyphen (`Begrüßung und Auftakt` → `begruessung-und-auftakt`).
 */
import { foldGerman } from '#src/lib/german/folding.ts';

/** The longest slug the importer writes; a longer one is cut at a word. */
export const MAX_SLUG_LENGTH = 48;

/** `Begrüßung und Auftakt` → `begruessung-und-auftakt`; cut at a word boundary after `maxLength`. */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = foldGerman(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf('-');
  const words = (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength)).split('-');
  // A cut slug does not end on a small word: `kommunales-management-der-migrations`, not `…-und`.
  while (words.length > 1 && SMALL_WORDS.has(words[words.length - 1] ?? '')) words.pop();
  return words.join('-');
}

/** Words a cut slug does not end on. */
const SMALL_WORDS = new Set([
  'und',
  'oder',
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'von',
  'vom',
  'im',
  'in',
  'am',
  'an',
  'auf',
  'aus',
  'fuer',
  'mit',
  'zu',
  'zur',
  'zum',
  'bei',
  'ein',
  'eine',
  'als',
  'wie',
]);

/** `slug`, or `slug-2`, `slug-3` … when it is taken. */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  let index = 2;
  while (taken.has(`${slug}-${index}`)) index += 1;
  return `${slug}-${index}`;
}
