/**
 * The site's memo helpers: work done once per key, then remembered (`memoize`), and an asynchronous
 * load done once, whose failure is forgotten so that the next call tries again (`once`).
 */

/**
 * `compute` remembered by key: the first call with a key computes, later ones with the same key get the
 * same result (the same promise, for async work). `keyOf` names an argument's key; strings are their own.
 * With `limit`, at most that many keys are kept, the oldest forgotten first.
 */
export function memoize<A, T>(
  compute: (argument: A) => T,
  keyOf: (argument: A) => string,
  limit?: number,
): (argument: A) => T;
export function memoize<T>(compute: (key: string) => T): (key: string) => T;
export function memoize<A, T>(
  compute: (argument: A) => T,
  keyOf: (argument: A) => string = (argument) => String(argument),
  limit = Infinity,
): (argument: A) => T {
  const known = new Map<string, T>();
  return (argument) => {
    const key = keyOf(argument);
    const remembered = known.get(key);
    if (remembered !== undefined || known.has(key)) return remembered as T;
    const value = compute(argument);
    known.set(key, value);
    if (known.size > limit) known.delete(known.keys().next().value ?? key);
    return value;
  };
}

/**
 * `load` run on the first call and its promise shared by every later one; when it fails (the reader
 * was offline for a moment), the failure is not remembered: the next call loads again.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (pending) return pending;
    const started = load();
    pending = started;
    started.catch(() => {
      if (pending === started) pending = undefined;
    });
    return started;
  };
}
