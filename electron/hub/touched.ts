import type * as Y from 'yjs';
import { UpdateScan, type Place } from './update-scan';

/**
 * Which parts of a workshop doc an incoming Yjs update would change, found without applying
 * it: every new struct and every deletion resolved (update-scan.ts) to the top-level type it
 * lives under and, for a top-level map, the key. Cost: proportional to the update's size,
 * not the document's.
 */
export interface TouchedPart {
  readonly root: string;
  /** The key in the root map of the top-level entry touched; null for a root array/text. */
  readonly key: string | null;
}

export interface Touched {
  readonly parts: readonly TouchedPart[];
  /**
   * Some struct or deletion depends on items neither the hub nor the update holds. Yjs
   * would park it and integrate it once they arrive — into a place we cannot check now — so
   * a guard must treat this as touching anything.
   */
  readonly unresolved: boolean;
}

/** Reads parts of an update against `doc`. Throws if the update does not decode. */
export function touchedBy(doc: Y.Doc, update: Uint8Array): Touched {
  return touchedIn(new UpdateScan(doc, update));
}

/** The parts a decoded update touches. */
export function touchedIn(scan: UpdateScan): Touched {
  const parts: TouchedPart[] = [];
  const seen = new Set<string>();
  let unresolved = false;
  const add = (place: Place) => {
    if (place === 'gone') return;
    const top = place && scan.topOf(place);
    if (!top) {
      unresolved = true;
      return;
    }
    const k = `${top.root}\u0000${top.key ?? ''}`;
    if (!seen.has(k)) {
      seen.add(k);
      parts.push(top);
    }
  };

  // Structs the hub already holds change nothing (a resync resends them).
  for (const s of scan.structs) if (scan.isNew(s)) add(scan.placeOf(s));

  scan.visitDeletions((target) => {
    if (!target) unresolved = true;
    else if ('incoming' in target) add(scan.placeOf(target.incoming));
    // Deleting what is deleted already changes nothing.
    else if (!target.held.deleted) add(scan.placeOfHeld(target.held));
  });
  return { parts, unresolved };
}
