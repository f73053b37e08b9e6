/**
 * The poster of a video recording, drawn at build time like the social cards (satori and resvg, the
 * site's font): for a video on a platform the page shows it until the reader clicks „Abspielen“, so
 * nothing is loaded from the platform before; a video of the site's own shows it before it plays. A
 * `poster:` file in the section's front matter takes its place.
 */
import type { ConferenceDate } from '#src/lib/conference-date.ts';
import { cachedFile } from '#src/lib/build-cache.ts';
import { joinGerman } from '#src/lib/german/joining.ts';
import { formatDateGerman } from '#src/lib/naming/labels.ts';
import {
  cardCacheKey,
  colours,
  drawPng,
  frame,
  line,
  titleSize,
  type CardNode,
  type DrawnText,
} from '#src/lib/cards/draw.ts';

export const POSTER_WIDTH = 1280;
export const POSTER_HEIGHT = 720;

/** What a drawn poster says: `Aufzeichnung · YouTube`, the section's numbered title, its presenters. */
export type RecordingPoster = DrawnText;

/** What the poster of a section's recording says; `source` is `YouTube`, `Vimeo` or `Video`. */
export function recordingPoster(
  section: { numberedTitle: string; presenters: readonly { displayName: string }[] },
  conference: { reportTitle: string; date: ConferenceDate },
  source: string,
): RecordingPoster {
  return {
    kicker: `Aufzeichnung · ${source}`,
    title: section.numberedTitle,
    byline: joinGerman(section.presenters.map((person) => person.displayName)),
    conference: `${conference.reportTitle} · ${formatDateGerman(conference.date)}`,
  };
}

/**
 * The poster's element tree: kicker, title and presenters from the top; the lower third stays empty
 * for the page's play button (bottom left) on every width.
 */
export function posterLayout(poster: RecordingPoster): CardNode {
  return frame(
    { width: POSTER_WIDTH, height: POSTER_HEIGHT, padding: '56px 72px' },
    { background: colours.ink, color: colours.page },
    [
      line(poster.kicker, { fontSize: 30, fontWeight: 700, letterSpacing: 1, color: '#e9b39b' }),
      line(poster.title, {
        fontSize: Math.min(titleSize(poster.title), 60),
        fontWeight: 700,
        lineHeight: 1.15,
        marginTop: 28,
        width: POSTER_WIDTH - 144,
      }),
      ...(poster.byline ? [line(poster.byline, { fontSize: 32, color: '#d8d2c6', marginTop: 18 })] : []),
      line(poster.conference, { fontSize: 26, color: '#b9b2a6', marginTop: 12 }),
    ],
  );
}

/** Draws the poster as a PNG, kept in the cards' cache under a hash of everything on it. */
export async function renderRecordingPoster(poster: RecordingPoster): Promise<Uint8Array> {
  const layout = posterLayout(poster);
  const folder = process.env['TAGUNGSDOKU_CARD_CACHE'] === 'off' ? undefined : 'tagungsdoku-cards';
  return cachedFile(folder, `poster-${cardCacheKey(layout)}.png`, () =>
    drawPng(layout, POSTER_WIDTH, POSTER_HEIGHT),
  );
}

/** The fields of a section's recording that decide whether the site draws it a poster. */
export interface PosterRecording {
  type: string;
  medium?: 'video' | 'audio';
  poster?: unknown;
  video?: { platform: { name: string } };
}

/**
 * What the drawn poster's kicker names after „Aufzeichnung“ (the platform, or „Video“ for a video of the
 * site's own), for a recording that shows a picture before it plays and has no poster file; otherwise
 * `undefined`: an audio file, a plain link and a recording with a `poster:` file get none drawn.
 */
export function drawnPosterSource(recording: PosterRecording | undefined): string | undefined {
  if (recording === undefined || recording.poster !== undefined) return undefined;
  if (recording.type === 'platform') return recording.video?.platform.name;
  if (recording.type === 'file' && recording.medium === 'video') return 'Video';
  return undefined;
}
