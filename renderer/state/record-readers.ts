import type * as Y from 'yjs';
import {
  DISMISSAL_RULE_PATTERN,
  LIMITS,
  readCheckIn,
  readFocusArea,
  readGrade,
  readHealthRating,
  readKeyResult,
  readListItem,
  readObjective,
  readObjectiveRetro,
  readProject,
  readWeeklyItem,
  recordMap,
  type Dismissal,
  type RecordMap,
  type ReportProblem,
} from '../../shared/model';
import type { RecordsOf, StoreCollection } from './workshop-state';

/**
 * Reads one record through the validated per-record readers of shared/model: whatever a
 * peer wrote, this never throws; an absent or unreadable record is `undefined`.
 * Cross-record references are not checked here (see selectors.ts).
 */
export function readRecord<K extends StoreCollection>(
  doc: Y.Doc,
  name: K,
  id: string,
  report: ReportProblem,
): RecordsOf[K] | undefined {
  const map = recordMap(doc, name, id);
  if (!map) return undefined;
  switch (name) {
    case 'focusAreas':
      return readFocusArea(id, map, report) as RecordsOf[K];
    case 'notDoing':
    case 'metrics':
      return readListItem(name, id, map, report) as RecordsOf[K];
    case 'projects':
      return readProject(id, map, null, report) as RecordsOf[K];
    case 'objectives':
      return readObjective(id, map, report) as RecordsOf[K];
    case 'keyResults':
      return readKeyResult(id, map, report) as RecordsOf[K];
    case 'checkIns':
      return (readCheckIn(id, map, report) ?? undefined) as RecordsOf[K] | undefined;
    case 'dismissals':
      return readDismissal(id, map, report) as RecordsOf[K] | undefined;
    case 'grades':
      return (readGrade(id, map, report) ?? undefined) as RecordsOf[K] | undefined;
    case 'retrospectives':
      return readObjectiveRetro(id, map, report) as RecordsOf[K];
    case 'weeklyItems':
      return (readWeeklyItem(id, map, report) ?? undefined) as RecordsOf[K] | undefined;
    case 'healthRatings':
      return (readHealthRating(id, map, report) ?? undefined) as RecordsOf[K] | undefined;
    default:
      return undefined;
  }
}

/**
 * One dismissal record, validated as shared/model's `readDismissals` does (same rule-id
 * pattern, same id limit), so the store and the CLI hide the same findings.
 */
function readDismissal(key: string, map: RecordMap, report: ReportProblem): Dismissal | undefined {
  const rule: unknown = map.get('rule');
  const targetId: unknown = map.get('targetId');
  if (typeof rule !== 'string' || !DISMISSAL_RULE_PATTERN.test(rule)) {
    report({
      where: `dismissals.${key}.rule`,
      message: 'expected a rule id such as "kr-is-output"; skipped',
    });
    return undefined;
  }
  if (typeof targetId !== 'string' || targetId.length === 0 || targetId.length > LIMITS.idLength) {
    report({
      where: `dismissals.${key}.targetId`,
      message: `expected an id of 1..${LIMITS.idLength} characters; skipped`,
    });
    return undefined;
  }
  return { rule, targetId };
}

/** Field-by-field equality of two plain snapshots (lists compared by element). */
export function sameRecord(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const key of ka) {
    const x = ra[key];
    const y = rb[key];
    if (x === y) continue;
    if (
      Array.isArray(x) &&
      Array.isArray(y) &&
      x.length === y.length &&
      x.every((v, i) => v === y[i])
    )
      continue;
    return false;
  }
  return true;
}
