/**
 * Social cards: the 1200×630 PNG a link shows in mail clients, Mastodon, LinkedIn and messengers.
 * `cardLayout` is pure (what the card says and where); `renderSocialCard` draws it with satori and
 * resvg, using the Source Sans 3 font files that ship in `@fontsource/source-sans-3` and Source Serif 4's
 * TTF for the title (src/lib/fonts.ts; no network).
 */
import { SERIF_FAMILY, SERIF_PACKAGE, serifTtfPath } from '#src/lib/fonts.ts';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cachedFile, hashKey, packageVersions } from '#src/lib/build-cache.ts';
import { SITE_NAME } from '#src/lib/naming/labels.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The lines of text a drawn picture (a social card, a recording's poster) carries, top to bottom. */
export interface DrawnText {
  /** Small line above the title, e.g. `Bericht · Abschnitt 2.1`, `Aufzeichnung · YouTube`. */
  kicker: string;
  title: string;
  /** The line under the title: a section's presenters, a register entry's roles or count; may be empty. */
  byline: string;
  /** `Tagung „Integration im Sozialraum“ · 15. Juni 2018`. */
  conference: string;
}

/** What one card says, and where it is published. */
export interface SocialCard extends DrawnText {
  /** The card's name, its address below `/og/` without `.png`: `tagung-2018/forschungsdesign`. */
  name: string;
  /** Site path of the PNG, base included: `/og/tagung-2018/forschungsdesign.png`. */
  path: string;
  /** Alt text for `og:image:alt`. */
  alt: string;
}

/** A node of the element tree satori draws (a subset of React's shape). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

export const colours = {
  page: '#fbfaf7',
  ink: '#1d1b18',
  muted: '#58534b',
  accent: '#8a2c0d',
  line: '#d8d2c6',
};

/** Font size for the title so that long titles still fit in three or four lines. */
export function titleSize(title: string): number {
  if (title.length <= 45) return 68;
  if (title.length <= 90) return 56;
  return 46;
}

type Style = Record<string, string | number>;

/** One line of text of a drawn picture, in its style. */
export function line(text: string, style: Style): CardNode {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children: text } };
}

/**
 * A drawn picture's frame: its children in a column in the site's sans, below the accent's rule;
 * `layout` adds to how the column is laid out.
 */
export function frame(
  box: { width: number; height: number; padding: string },
  look: { background: string; color: string },
  children: CardNode[],
  layout: Style = {},
): CardNode {
  const style = {
    display: 'flex',
    flexDirection: 'column',
    ...layout,
    ...box,
    boxSizing: 'border-box',
    ...look,
    fontFamily: 'Source Sans 3',
    borderTop: `16px solid ${colours.accent}`,
  };
  return { type: 'div', props: { style, children } };
}

/** The card's element tree: kicker, title, byline, and a footer with the conference and date. */
export function cardLayout(card: SocialCard): CardNode {
  const heading: CardNode = {
    type: 'div',
    props: {
      style: { display: 'flex', flexDirection: 'column', width: CARD_WIDTH - 144 },
      children: [
        line(card.kicker, {
          fontSize: 28,
          fontWeight: 700,
          color: colours.accent,
          letterSpacing: 1,
          marginBottom: 24,
        }),
        // The title in the site's reading face, as the page's heading and the PDF set it.
        line(card.title, {
          fontFamily: SERIF_FAMILY,
          fontSize: titleSize(card.title),
          fontWeight: 600,
          lineHeight: 1.15,
        }),
        ...(card.byline ? [line(card.byline, { fontSize: 34, color: colours.muted, marginTop: 28 })] : []),
      ],
    },
  };
  const footer: CardNode = {
    type: 'div',
    props: {
      style: {
        display: 'flex',
        justifyContent: 'space-between',
        width: CARD_WIDTH - 144,
        borderTop: `2px solid ${colours.line}`,
        paddingTop: 24,
        fontSize: 28,
        color: colours.muted,
      },
      children: [line(card.conference, {}), line(SITE_NAME, { fontWeight: 700, color: colours.ink })],
    },
  };
  return frame(
    { width: CARD_WIDTH, height: CARD_HEIGHT, padding: '48px 72px 56px' },
    { background: colours.page, color: colours.ink },
    [heading, footer],
    { justifyContent: 'space-between' },
  );
}

interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 600 | 700;
  style: 'normal';
}

let fonts: Promise<CardFont[]> | undefined;

/** Source Sans 3 for the small lines, Source Serif 4 SemiBold (TTF) for the title: one family with the site. */
function loadFonts(): Promise<CardFont[]> {
  const require = createRequire(import.meta.url);
  const file = (weight: number) =>
    require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`);
  fonts ??= Promise.all([
    ...([400, 700] as const).map(async (weight) => ({
      name: 'Source Sans 3',
      data: await readFile(file(weight)),
      weight,
      style: 'normal' as const,
    })),
    readFile(serifTtfPath('semibold')).then((data) => ({
      name: SERIF_FAMILY,
      data,
      weight: 600 as const,
      style: 'normal' as const,
    })),
  ]);
  return fonts;
}

/** Draws an element tree as a PNG of the given size (a card's by default) with the site's font. */
export async function drawPng(
  layout: CardNode,
  width = CARD_WIDTH,
  height = CARD_HEIGHT,
): Promise<Uint8Array> {
  const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const svg = await satori(layout as Parameters<typeof satori>[0], {
    width,
    height,
    fonts: await loadFonts(),
  });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng());
}

/**
 * Bump when the drawing changes in a way `cardLayout` does not show (renderer options), so that
 * cached cards are drawn again.
 */
const DRAWING_VERSION = 1;

/** The drawing tools and their versions, read once per build. */
let tools: string[] | undefined;

/**
 * The cache key of a card: its layout (every word and style on it), the drawing version, and the
 * versions of satori, resvg and the font package. Equal keys draw equal PNGs.
 */
export function cardCacheKey(layout: CardNode): string {
  tools ??= packageVersions(['satori', '@resvg/resvg-js', '@fontsource/source-sans-3', SERIF_PACKAGE]);
  return hashKey([DRAWING_VERSION, tools, layout]);
}

/**
 * Draws a card as a 1200×630 PNG. Drawing takes some 50–70 ms a card, so a card drawn before with
 * the same key is taken from `node_modules/.cache/tagungsdoku-cards/` instead;
 * `TAGUNGSDOKU_CARD_CACHE=off` draws every card afresh.
 */
export async function renderSocialCard(card: SocialCard): Promise<Uint8Array> {
  const layout = cardLayout(card);
  const folder = process.env['TAGUNGSDOKU_CARD_CACHE'] === 'off' ? undefined : 'tagungsdoku-cards';
  return cachedFile(folder, `${cardCacheKey(layout)}.png`, () => drawPng(layout));
}
