/** German words for the content model's values, in one place. */
import type { SectionKind } from '../schemas';

/** How each kind of section is called on the site. */
export const sectionKindLabels: Record<SectionKind, string> = {
  introduction: 'Einleitung',
  welcome: 'Begrüßung',
  'chapter-intro': 'Kapiteleinleitung',
  'project-talk': 'Projektvortrag',
  'guest-talk': 'Gastvortrag',
  'closing-comment': 'Schlusskommentar',
};

const longDate = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `15. Juni 2018`. */
export function formatDateGerman(date: Date): string {
  return longDate.format(date);
}

/** `2018-06-15`, for `<time datetime>`. */
export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Joins names as German lists do: `A`, `A und B`, `A, B und C`.
 */
export function joinGerman(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}
