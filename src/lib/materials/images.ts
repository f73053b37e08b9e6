/** How photos are offered: modern formats first, in widths no larger than the file itself. Pure. */

/** The formats `<Picture>` offers before the original's (AVIF, then WebP). */
export const PHOTO_FORMATS = ['avif', 'webp'] as const;

/** The widths wanted that the image can give, and its own width where it is smaller than the largest. */
export function photoWidths(imageWidth: number, wanted: readonly number[]): number[] {
  const fitting = wanted.filter((width) => width < imageWidth);
  const largest = Math.max(...wanted);
  return imageWidth <= largest ? [...fitting, imageWidth] : [...wanted];
}
