/** The site's one memo helper: work done once per key, then remembered for the build. */

/**
 * `compute` remembered by key: the first call with a key computes, later ones with the same key get the
 * same result (the same promise, for async work). `keyOf` names an argument's key; strings are their own.
 */
export function memoize<A, T>(
  compute: (argument: A) => T,
  keyOf: (argument: A) => string,
): (argument: A) => T;
export function memoize<T>(compute: (key: string) => T): (key: string) => T;
export function memoize<A, T>(
  compute: (argument: A) => T,
  keyOf: (argument: A) => string = (argument) => String(argument),
): (argument: A) => T {
  const known = new Map<string, T>();
  return (argument) => {
    const key = keyOf(argument);
    const remembered = known.get(key);
    if (remembered !== undefined || known.has(key)) return remembered as T;
    const value = compute(argument);
    known.set(key, value);
    return value;
  };
}
