/**
 * How photos are offered: AVIF, with WebP for browsers without it (no JPEG: every browser the site
 * supports reads WebP), in two widths no larger than the file itself. Few sources keep a section page's
 * first response small: each photo adds some 150 bytes gzip to it. Pure.
 */

/** The formats `<Picture>` offers as `<source>`s. */
export const PHOTO_FORMATS = ['avif'] as const;

/** The format of `<Picture>`'s `<img>`, for browsers that take none of the sources. */
export const PHOTO_FALLBACK = 'webp';

/** The widths wanted that the image can give, and its own width where it is smaller than the largest. */
export function photoWidths(imageWidth: number, wanted: readonly number[]): number[] {
  const fitting = wanted.filter((width) => width < imageWidth);
  const largest = Math.max(...wanted);
  return imageWidth <= largest ? [...fitting, imageWidth] : [...wanted];
}
