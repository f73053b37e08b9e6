/**
 * Recordings on a video platform: which addresses are YouTube's or Vimeo's, and the
 * privacy-enhanced address a page embeds after the reader's click (YouTube's youtube-nocookie.com,
 * Vimeo's player with `dnt=1`). Any other address stays a plain link. Pure.
 */

/** The platforms whose recordings the site embeds after a click. */
export type PlatformId = 'youtube' | 'vimeo';

/** A platform as the pages and the Datenschutzerklärung name it. */
export interface VideoPlatform {
  id: PlatformId;
  /** `YouTube`. */
  name: string;
  /** Who runs it, for the Datenschutzerklärung. */
  provider: string;
  /** Where the provider explains what it does with data. */
  privacyUrl: string;
  /** The origin the embedded player is loaded from: the one `frame-src` the page's CSP allows. */
  frameOrigin: string;
}

export const videoPlatforms: Readonly<Record<PlatformId, VideoPlatform>> = {
  youtube: {
    id: 'youtube',
    name: 'YouTube',
    provider: 'Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irland',
    privacyUrl: 'https://policies.google.com/privacy',
    frameOrigin: 'https://www.youtube-nocookie.com',
  },
  vimeo: {
    id: 'vimeo',
    name: 'Vimeo',
    provider: 'Vimeo.com, Inc., 330 West 34th Street, New York, NY 10001, USA',
    privacyUrl: 'https://vimeo.com/privacy',
    frameOrigin: 'https://player.vimeo.com',
  },
};

/** A recording on a platform: the platform, the video's id and the address to embed. */
export interface PlatformVideo {
  platform: VideoPlatform;
  videoId: string;
  /** The privacy-enhanced player address, started on load (the reader has just clicked „Abspielen“). */
  embedUrl: string;
}

const YOUTUBE_ID = /^[\w-]{11}$/u;
const VIMEO_ID = /^\d{4,12}$/u;

function youtubeId(url: URL): string | undefined {
  const host = url.hostname.replace(/^(?:www|m)\./u, '');
  if (host === 'youtu.be') return url.pathname.split('/')[1];
  if (host !== 'youtube.com' && host !== 'youtube-nocookie.com') return undefined;
  if (url.pathname === '/watch') return url.searchParams.get('v') ?? undefined;
  const [, kind, id] = url.pathname.split('/');
  return kind === 'embed' || kind === 'live' || kind === 'shorts' || kind === 'v' ? id : undefined;
}

function vimeoId(url: URL): string | undefined {
  const host = url.hostname.replace(/^www\./u, '');
  if (host === 'vimeo.com') return url.pathname.split('/').find((part) => VIMEO_ID.test(part));
  if (host === 'player.vimeo.com') {
    const [, kind, id] = url.pathname.split('/');
    return kind === 'video' ? id : undefined;
  }
  return undefined;
}

/**
 * The platform video an address points to (`https://www.youtube.com/watch?v=…`, `https://youtu.be/…`,
 * `https://vimeo.com/123456789`), or `undefined` for any other address, which the page links plainly.
 */
export function platformVideo(address: string): PlatformVideo | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  const youtube = youtubeId(url);
  if (youtube !== undefined && YOUTUBE_ID.test(youtube)) {
    const start = Number.parseInt(url.searchParams.get('t') ?? url.searchParams.get('start') ?? '', 10);
    const embed = new URL(`/embed/${youtube}`, videoPlatforms.youtube.frameOrigin);
    embed.searchParams.set('autoplay', '1');
    if (Number.isFinite(start) && start > 0) embed.searchParams.set('start', String(start));
    return { platform: videoPlatforms.youtube, videoId: youtube, embedUrl: embed.href };
  }
  const vimeo = vimeoId(url);
  if (vimeo !== undefined && VIMEO_ID.test(vimeo)) {
    const embed = new URL(`/video/${vimeo}`, videoPlatforms.vimeo.frameOrigin);
    // An unlisted video's address carries its key as the next path part or as `h`.
    const key =
      url.searchParams.get('h') ?? url.pathname.split('/').find((part) => /^[0-9a-f]{10}$/u.test(part));
    if (key !== undefined) embed.searchParams.set('h', key);
    embed.searchParams.set('dnt', '1');
    embed.searchParams.set('autoplay', '1');
    return { platform: videoPlatforms.vimeo, videoId: vimeo, embedUrl: embed.href };
  }
  return undefined;
}

/** The fields of a section that tell whether its page embeds a platform's player. */
export interface EmbeddingSection {
  url: string;
  numberedTitle: string;
  recording?: { type: string; video?: PlatformVideo } | undefined;
}

/** The platform whose player a section's page embeds after a click, if any. */
export function embeddedPlatform(section: EmbeddingSection): VideoPlatform | undefined {
  return section.recording?.type === 'platform' ? section.recording.video?.platform : undefined;
}

/**
 * The CSP directives a section's page adds to the site's policy: `frame-src` for the one platform
 * whose player it embeds after a click, and nothing for every other page (`default-src 'self'`).
 */
export function recordingCspDirectives(section: EmbeddingSection): `frame-src ${string}`[] {
  const platform = embeddedPlatform(section);
  return platform === undefined ? [] : [`frame-src ${platform.frameOrigin}`];
}

/** Each platform some page embeds, with the sections whose pages do, for the Datenschutzerklärung. */
export function embeddedPlatforms<S extends EmbeddingSection>(
  sections: readonly S[],
): { platform: VideoPlatform; sections: S[] }[] {
  const found = new Map<PlatformId, { platform: VideoPlatform; sections: S[] }>();
  for (const section of sections) {
    const platform = embeddedPlatform(section);
    if (platform === undefined) continue;
    const entry = found.get(platform.id) ?? { platform, sections: [] };
    entry.sections.push(section);
    found.set(platform.id, entry);
  }
  return [...found.values()];
}
