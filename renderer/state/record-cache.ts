import * as Y from 'yjs';
import {
  collection,
  LIMITS,
  ONE_PAGER_FIELDS,
  onePagerMap,
  readCycleRetro,
  readMeta,
  type Meta,
  type OnePagerField,
  type ReadProblem,
} from '../../shared/model';
import { readRecord, sameRecord } from './record-readers';
import {
  MAX_PROBLEMS,
  type RecordsOf,
  type StoreCollection,
  type WorkshopState,
} from './workshop-state';

/** One record before and after a re-read (undefined: absent). */
export type RecordChange<K extends StoreCollection> = readonly [
  before: RecordsOf[K] | undefined,
  after: RecordsOf[K] | undefined,
];

interface CollectionRead<K extends StoreCollection> {
  /** The collection with the changed records replaced; null when none changed. */
  readonly records: Readonly<Record<string, RecordsOf[K]>> | null;
  readonly changes: readonly RecordChange<K>[];
}

/**
 * Reads records from the doc into plain snapshots through shared/model's validated readers
 * (hostile data never throws), keeping the old object when a re-read finds the record
 * unchanged — a peer setting a title to the title it already has changes nothing a
 * component can see. Also keeps the read problems of every record, so a problem goes away
 * when its record is fixed or deleted.
 */
interface RecordCache {
  /** The meta record; the same object as `before` when nothing changed. */
  readMeta(before: Meta): Meta;
  /** The one-pager's texts; the same object as `before` when nothing changed. */
  readTexts(before: WorkshopState['texts']): WorkshopState['texts'];
  /** The cycle's retrospective texts; the same object as `before` when nothing changed. */
  readCycleRetro(before: WorkshopState['cycleRetro']): WorkshopState['cycleRetro'];
  /** Re-reads the records `ids` of one collection. */
  readCollection<K extends StoreCollection>(
    name: K,
    ids: Iterable<string>,
    before: Readonly<Record<string, RecordsOf[K]>>,
  ): CollectionRead<K>;
  /** Every problem, flattened, when they changed since the last call; null otherwise. */
  takeProblems(): Pick<WorkshopState, 'problems' | 'problemCount'> | null;
}

export function createRecordCache(doc: Y.Doc): RecordCache {
  const problemsByKey = new Map<string, readonly ReadProblem[]>();
  let problemsChanged = false;

  const setProblems = (key: string, list: readonly ReadProblem[]) => {
    const had = problemsByKey.get(key);
    if (list.length === 0) {
      problemsChanged = problemsByKey.delete(key) || problemsChanged;
      return;
    }
    if (had && sameProblems(had, list)) return;
    problemsByKey.set(key, list);
    problemsChanged = true;
  };

  const readOne = <K extends StoreCollection>(
    name: K,
    id: string,
    before: RecordsOf[K] | undefined,
  ): RecordsOf[K] | undefined => {
    const problems: ReadProblem[] = [];
    let record: RecordsOf[K] | undefined;
    if (id.length === 0 || id.length > LIMITS.idLength) {
      if (collection(doc, name).has(id)) {
        problems.push({
          where: name,
          message: `skipped a record with an invalid id of ${id.length} characters`,
        });
      }
    } else {
      record = readRecord(doc, name, id, (p) => problems.push(p));
      if (record === undefined && collection(doc, name).has(id) && problems.length === 0) {
        problems.push({ where: `${name}.${id}`, message: 'expected a record, skipped' });
      }
    }
    setProblems(`${name}.${id}`, problems);
    return record !== undefined && before !== undefined && sameRecord(before, record)
      ? before
      : record;
  };

  return {
    readMeta(before) {
      const problems: ReadProblem[] = [];
      const meta = readMeta(doc, (p) => problems.push(p));
      setProblems('meta', problems);
      return sameRecord(before, meta) ? before : meta;
    },

    readTexts(before) {
      const problems: ReadProblem[] = [];
      const texts = readTexts(doc, (p) => problems.push(p));
      setProblems('onePager', problems);
      return sameRecord(before, texts) ? before : texts;
    },

    readCycleRetro(before) {
      const problems: ReadProblem[] = [];
      const retro = readCycleRetro(doc, (p) => problems.push(p));
      setProblems('cycleRetro', problems);
      return sameRecord(before, retro) ? before : retro;
    },

    readCollection(name, ids, before) {
      // Copied on the first real change only: most re-reads find the record unchanged.
      let records: Record<string, (typeof before)[string]> | null = null;
      const changes: RecordChange<typeof name>[] = [];
      for (const id of ids) {
        const old = before[id];
        const record = readOne(name, id, old);
        if (record === old) continue;
        records ??= { ...before };
        if (record === undefined) delete records[id];
        else records[id] = record;
        changes.push([old, record]);
      }
      return { records, changes };
    },

    takeProblems() {
      if (!problemsChanged) return null;
      problemsChanged = false;
      const problems: ReadProblem[] = [];
      let problemCount = 0;
      for (const list of problemsByKey.values()) {
        problemCount += list.length;
        for (const p of list) if (problems.length < MAX_PROBLEMS) problems.push(p);
      }
      return { problems, problemCount };
    },
  };
}

function sameProblems(a: readonly ReadProblem[], b: readonly ReadProblem[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => p.where === b[i]?.where && p.message === b[i]?.message)
  );
}

/** The one-pager's texts as strings: a Y.Text or a plain string, clamped; anything else skipped. */
function readTexts(
  doc: Y.Doc,
  report: (problem: ReadProblem) => void,
): Record<OnePagerField, string> {
  const map = onePagerMap(doc);
  const texts = {} as Record<OnePagerField, string>;
  for (const field of ONE_PAGER_FIELDS) {
    const value: unknown = map.get(field);
    let text = '';
    if (value instanceof Y.Text) text = value.toString();
    else if (typeof value === 'string') text = value;
    else if (value !== undefined && value !== null) {
      report({ where: `onePager.${field}`, message: 'expected text, skipped' });
    }
    if (text.length > LIMITS.longText) {
      report({
        where: `onePager.${field}`,
        message: `text of ${text.length} characters clamped to ${LIMITS.longText}`,
      });
      text = text.slice(0, LIMITS.longText);
    }
    texts[field] = text;
  }
  return texts;
}
