/** Lists joined as German sentences join them. */

/** Joins names as German lists do: `A`, `A und B`, `A, B und C`. */
export function joinGerman(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}
