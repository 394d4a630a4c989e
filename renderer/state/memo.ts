/**
 * Memoisation on object identity for selectors over the store. The store keeps a record,
 * a collection and an id list identical (===) until it changes, so "same inputs" is an
 * identity check. Results are cached per key object (a WeakMap, not one global slot): two
 * open stores, or two tests, never evict each other's results, and a selector handed to
 * zustand returns the same object for the same state, as zustand v5 requires.
 */

interface Entry<D extends readonly unknown[], R> {
  readonly deps: D;
  readonly value: R;
}

/**
 * `compute(key, ...deps)`, cached per `key` and recomputed only when a dependency changed
 * identity. When `same` says the new result equals the cached one, the cached one is kept,
 * so a recomputation that finds nothing new does not hand out a new object.
 */
export function memoByKey<K extends object, D extends readonly unknown[], R>(
  compute: (key: K, ...deps: D) => R,
  same?: (a: R, b: R) => boolean,
): (key: K, ...deps: D) => R {
  const cache = new WeakMap<K, Entry<D, R>>();
  return (key: K, ...deps: D): R => {
    const hit = cache.get(key);
    if (hit && sameDeps(hit.deps, deps)) return hit.value;
    const computed = compute(key, ...deps);
    const value = hit && same?.(hit.value, computed) ? hit.value : computed;
    cache.set(key, { deps, value });
    return value;
  };
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Two lists holding the same elements (===) in the same order. */
export function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
