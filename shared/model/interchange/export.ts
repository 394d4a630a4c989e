import type * as Y from 'yjs';
import { readWorkshop } from '../read';
import { recordToJson } from '../records/spec';
import {
  checkInSpec,
  dismissalSpec,
  focusAreaSpec,
  gradeSpec,
  healthRatingSpec,
  isEmptyRetro,
  keyResultSpec,
  metaSpec,
  objectiveSpec,
  onePagerTextsSpec,
  projectSpec,
  retroTextsSpec,
  weeklyItemSpec,
  type RetroTexts,
} from '../records';
import type { KeyResult, Workshop } from '../types';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, type WorkshopJson } from './json-types';

/**
 * The interchange JSON of a workshop snapshot. Pure and deterministic.
 *
 * Each record is written by its spec (records/), field by field in spec order, which makes
 * `export(import(x))` equal `x` for every file written this way. The rule for optional
 * fields (`JsonMode` in records/fields.ts):
 * - optional text (descriptions, team of a project or key result, rationale, metric,
 *   unit, note, cycle dates) is left out when empty;
 * - optional numbers of a key result (baseline, target, current, confidence) are left out
 *   when not set; `initiatives` is left out when empty;
 * - an objective always carries `team`, `parentId` and `focusAreaId` (null when none) and
 *   `kind`; a key result always carries `direction`; a project always `focusAreaIds`;
 * - `checkInWeekday` is left out when it is the default, 1 (Monday); `agreed` when false;
 *   `dismissedFindings` when there are none; `previousCycle` for a first cycle;
 * - a key result's `grade` is left out until it is graded; a `retrospective` (the cycle's,
 *   or an objective's) until one of its questions has an answer.
 * Check-ins come in display order: by date, then id. `weeklyItems` and `healthRatings` (the
 * weekly meetings) are left out when there are none; a rating names its metric by text.
 * @public
 */
export function workshopToJson(w: Workshop): WorkshopJson {
  const byObjective = new Map<string, KeyResult[]>();
  for (const kr of w.keyResults) {
    const list = byObjective.get(kr.objectiveId) ?? [];
    list.push(kr);
    byObjective.set(kr.objectiveId, list);
  }
  const dismissals = w.dismissals ?? [];
  const grades = new Map((w.grades ?? []).map((g) => [g.keyResultId, g]));
  const retros = new Map((w.retrospectives ?? []).map((r) => [r.objectiveId, r]));
  const metricText = new Map(w.onePager.metrics.map((m) => [m.id, m.text]));
  const weeklyItems = w.weeklyItems ?? [];
  const healthRatings = (w.healthRatings ?? []).filter((r) => metricText.has(r.metricId));
  return {
    format: INTERCHANGE_FORMAT,
    version: INTERCHANGE_VERSION,
    ...recordToJson(metaSpec, w.meta),
    ...(dismissals.length > 0
      ? { dismissedFindings: dismissals.map((d) => recordToJson(dismissalSpec, d)) }
      : {}),
    onePager: {
      ...recordToJson(onePagerTextsSpec, w.onePager),
      focusAreas: w.onePager.focusAreas.map((fa) => recordToJson(focusAreaSpec, fa)),
      notDoing: w.onePager.notDoing.map((item) => item.text),
      metrics: w.onePager.metrics.map((item) => item.text),
    },
    projects: w.projects.map((p) => recordToJson(projectSpec, p)),
    objectives: w.objectives.map((o) => ({
      ...recordToJson(objectiveSpec, o),
      keyResults: (byObjective.get(o.id) ?? []).map((kr) => {
        const grade = grades.get(kr.id);
        return {
          ...recordToJson(keyResultSpec, kr),
          ...(grade ? { grade: recordToJson(gradeSpec, grade) } : {}),
        };
      }),
      ...retrospectiveJson(retros.get(o.id)),
    })),
    checkIns: w.checkIns.map((c) => recordToJson(checkInSpec, c)),
    ...(weeklyItems.length > 0
      ? { weeklyItems: weeklyItems.map((item) => recordToJson(weeklyItemSpec, item)) }
      : {}),
    ...(healthRatings.length > 0
      ? {
          healthRatings: healthRatings.map((r) => {
            const { team, week, rating } = recordToJson(healthRatingSpec, r);
            return { team, week, metric: metricText.get(r.metricId)!, rating };
          }),
        }
      : {}),
    ...retrospectiveJson(w.cycleRetro),
  };
}

/** `{ retrospective }` when one of its questions has an answer, else nothing. */
function retrospectiveJson(retro: RetroTexts | undefined) {
  return retro === undefined || isEmptyRetro(retro)
    ? {}
    : { retrospective: recordToJson(retroTextsSpec, retro) };
}

/**
 * The interchange JSON of a doc, read defensively: whatever a peer wrote, the result is
 * valid interchange JSON (bad records are skipped or clamped by the read layer).
 * @public
 */
export function docToJson(doc: Y.Doc): WorkshopJson {
  return workshopToJson(readWorkshop(doc));
}
