import { generateKeyBetween } from 'fractional-indexing';

/**
 * Fractional ordering. A record's position is a string key; a move writes one key between
 * its new neighbours. Two peers inserting at the same spot may pick the same key: ties are
 * broken by id, so every peer shows the same order.
 */

export interface HasOrder {
  readonly id: string;
  readonly order: string;
}

export function compareByOrder(a: HasOrder, b: HasOrder): number {
  if (a.order < b.order) return -1;
  if (a.order > b.order) return 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortByOrder<T extends HasOrder>(items: readonly T[]): T[] {
  return [...items].sort(compareByOrder);
}

/** A key that sorts between a and b (either may be null for the ends). Survives bad keys. */
export function keyBetween(a: string | null, b: string | null): string {
  try {
    return generateKeyBetween(a, b);
  } catch {
    // A peer wrote a key that is not a valid fractional index, or equal neighbours:
    // fall back to a key just after `a` (or before `b`), which still sorts sensibly.
    try {
      return generateKeyBetween(a, null);
    } catch {
      try {
        return generateKeyBetween(null, b);
      } catch {
        return generateKeyBetween(null, null);
      }
    }
  }
}

/**
 * The key for placing an item at `index` among `siblings` (sorted, the moved item excluded).
 * `index` is clamped to [0, siblings.length].
 */
export function keyForIndex(siblings: readonly HasOrder[], index: number): string {
  const i = Math.max(0, Math.min(Math.trunc(index), siblings.length));
  const before = i > 0 ? (siblings[i - 1]?.order ?? null) : null;
  const after = i < siblings.length ? (siblings[i]?.order ?? null) : null;
  if (before !== null && after !== null && before >= after) {
    // Equal keys from a concurrent insert: there is no room between them. Go after `before`.
    return keyBetween(before, null);
  }
  return keyBetween(before, after);
}
