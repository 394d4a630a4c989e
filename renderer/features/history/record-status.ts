import * as Y from 'yjs';
import {
  collection,
  onePagerMap,
  type OnePagerField,
  type RecordCollection,
} from '../../../shared/model';

/** How a record of a past point stands now: gone since, changed since, or as it was. */
export type RecordStatus = 'deleted' | 'changed' | 'same';

/** A stored value as comparable text: maps with their keys sorted, texts as strings. */
function canonical(value: unknown): string {
  if (value instanceof Y.Map) {
    const entries = [...(value as Y.Map<unknown>).entries()].sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  if (value instanceof Y.AbstractType) return JSON.stringify(value.toString());
  return JSON.stringify(value ?? null);
}

/**
 * Compares a past point with the doc as it is now, record by record, as stored — so a
 * record counts as changed exactly when restoring it would write something (reading
 * would hide, say, a tag of a focus area deleted since).
 */
export class Comparison {
  constructor(
    private readonly past: Y.Doc,
    private readonly now: Y.Doc,
  ) {}

  record(name: RecordCollection, id: string): RecordStatus {
    const current: unknown = collection(this.now, name).get(id);
    if (!(current instanceof Y.Map)) return 'deleted';
    return canonical(current) === canonical(collection(this.past, name).get(id))
      ? 'same'
      : 'changed';
  }

  /** An objective with its key results. */
  objective(id: string, keyResultIds: readonly string[]): RecordStatus {
    const own = this.record('objectives', id);
    if (own !== 'same') return own;
    const nowIds = [...collection(this.now, 'keyResults').entries()]
      .filter(([, kr]) => kr instanceof Y.Map && kr.get('objectiveId') === id)
      .map(([krId]) => krId);
    const sameSet =
      nowIds.length === keyResultIds.length && nowIds.every((krId) => keyResultIds.includes(krId));
    return sameSet && keyResultIds.every((krId) => this.record('keyResults', krId) === 'same')
      ? 'same'
      : 'changed';
  }

  text(field: OnePagerField): RecordStatus {
    const text = (doc: Y.Doc) => {
      const value: unknown = onePagerMap(doc).get(field);
      return value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : '';
    };
    return text(this.past) === text(this.now) ? 'same' : 'changed';
  }

  /** Whether every record of `name` is as it was (none deleted, changed or added). */
  collection(name: RecordCollection): RecordStatus {
    const ids = new Set([
      ...collection(this.past, name).keys(),
      ...collection(this.now, name).keys(),
    ]);
    for (const id of ids) {
      if (
        canonical(collection(this.past, name).get(id)) !==
        canonical(collection(this.now, name).get(id))
      )
        return 'changed';
    }
    return 'same';
  }
}
