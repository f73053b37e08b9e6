/**
 * The poster of a recording on a video platform, drawn at build time like the social cards (satori
 * and resvg, the site's font): the page shows it until the reader clicks „Abspielen“, so nothing is
 * loaded from the platform before. Its middle stays empty for the page's play button. A `poster:` file
 * in the section's front matter takes its place.
 */
import { cachedFile } from '~/lib/build-cache';
import { joinGerman } from '~/lib/german/joining';
import { formatDateGerman } from '~/lib/naming/labels';
import { cardCacheKey, colours, drawPng, titleSize, type CardNode } from '~/lib/cards/draw';

export const POSTER_WIDTH = 1280;
export const POSTER_HEIGHT = 720;

/** What a drawn poster says. */
export interface RecordingPoster {
  /** `Aufzeichnung · YouTube`. */
  kicker: string;
  /** The section's numbered title. */
  title: string;
  /** The presenters, or empty. */
  byline: string;
  /** `Tagung „…“ · 10. November 2016`. */
  conference: string;
}

/** What the poster of a section's platform recording says. */
export function recordingPoster(
  section: { numberedTitle: string; presenters: readonly { displayName: string }[] },
  conference: { reportTitle: string; date: Date },
  platformName: string,
): RecordingPoster {
  return {
    kicker: `Aufzeichnung · ${platformName}`,
    title: section.numberedTitle,
    byline: joinGerman(section.presenters.map((person) => person.displayName)),
    conference: `${conference.reportTitle} · ${formatDateGerman(conference.date)}`,
  };
}

/** The poster's element tree: kicker at the top, title, byline and conference at the bottom. */
export function posterLayout(poster: RecordingPoster): CardNode {
  const line = (text: string, style: Record<string, string | number>): CardNode => ({
    type: 'div',
    props: { style: { display: 'flex', ...style }, children: text },
  });
  const inner = POSTER_WIDTH - 144;
  return {
    type: 'div',
    props: {
      style: {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        width: POSTER_WIDTH,
        height: POSTER_HEIGHT,
        padding: '48px 72px 52px',
        boxSizing: 'border-box',
        background: colours.ink,
        color: colours.page,
        fontFamily: 'Source Sans 3',
        borderTop: `16px solid ${colours.accent}`,
      },
      children: [
        line(poster.kicker, { fontSize: 30, fontWeight: 700, letterSpacing: 1, color: '#e9b39b' }),
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexDirection: 'column', width: inner },
            children: [
              line(poster.title, {
                fontSize: Math.min(titleSize(poster.title), 60),
                fontWeight: 700,
                lineHeight: 1.15,
              }),
              ...(poster.byline
                ? [line(poster.byline, { fontSize: 32, color: '#d8d2c6', marginTop: 16 })]
                : []),
              line(poster.conference, {
                fontSize: 26,
                color: '#b9b2a6',
                marginTop: 28,
                paddingTop: 20,
                borderTop: '2px solid #58534b',
                width: inner,
              }),
            ],
          },
        },
      ],
    },
  };
}

/** Draws the poster as a PNG, kept in the cards' cache under a hash of everything on it. */
export async function renderRecordingPoster(poster: RecordingPoster): Promise<Uint8Array> {
  const layout = posterLayout(poster);
  const folder = process.env['TAGUNGSDOKU_CARD_CACHE'] === 'off' ? undefined : 'tagungsdoku-cards';
  return cachedFile(folder, `poster-${cardCacheKey(layout)}.png`, () =>
    drawPng(layout, POSTER_WIDTH, POSTER_HEIGHT),
  );
}
