/**
 * The site's typefaces, one family for site, cards and PDF: Source Serif 4 (Adobe, SIL Open Font
 * License) for reading text and titles, with Source Sans 3 from the same family for the cards' small
 * lines. The full TTF files come from `@expo-google-fonts/source-serif-4` (Typst and Satori read
 * TTF/OTF only); the site serves a WOFF2 subset to Latin and German that `tools/fonts.mjs` makes from
 * the same file (`src/assets/fonts/`).
 */
import { createRequire } from 'node:module';

/** The family's name, as the TTF files, the web font and Typst call it. */
export const SERIF_FAMILY = 'Source Serif 4';

/** The package with the family's TTF files. */
export const SERIF_PACKAGE = '@expo-google-fonts/source-serif-4';

/** The TTF faces by weight and style, as the package names its folders and files. */
const faces = {
  regular: '400Regular',
  italic: '400Regular_Italic',
  semibold: '600SemiBold',
  semiboldItalic: '600SemiBold_Italic',
  bold: '700Bold',
  boldItalic: '700Bold_Italic',
} as const;

export type SerifFace = keyof typeof faces;

/** The path of one TTF face of Source Serif 4. */
export function serifTtfPath(face: SerifFace): string {
  const require = createRequire(import.meta.url);
  const name = faces[face];
  return require.resolve(`${SERIF_PACKAGE}/${name}/SourceSerif4_${name}.ttf`);
}

/** Every TTF face, for Typst (which picks regular, italic and bold itself). */
export function serifTtfPaths(): string[] {
  return (Object.keys(faces) as SerifFace[]).map(serifTtfPath);
}

/**
 * The characters of the web subset: ASCII, and from beyond it German's letters and typography (Ä Ö Ü ä ö
 * ü ß, „…“ ‚…‘ « » – — … · § €) with the French accents à–é. A character
 * outside it falls back to the matched system serif, letter by letter; the budget of a first visit
 * (29 KB gzip, fonts included) leaves no room for all of Latin-1.
 */
export const WEB_SUBSET_RANGES: readonly [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xa0],
  [0xa7, 0xa7],
  [0xab, 0xab],
  [0xb0, 0xb0],
  [0xb7, 0xb7],
  [0xbb, 0xbb],
  [0xc4, 0xc4],
  [0xd6, 0xd6],
  [0xdc, 0xdc],
  [0xdf, 0xe9],
  [0xf6, 0xf6],
  [0xfc, 0xfc],
  [0x2013, 0x2014],
  [0x2018, 0x201a],
  [0x201c, 0x201e],
  [0x2026, 0x2026],
  [0x20ac, 0x20ac],
];

/** The subset's characters as a string, for the subsetter. */
export function webSubsetText(): string {
  return WEB_SUBSET_RANGES.flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, index) => String.fromCodePoint(from + index)),
  ).join('');
}
