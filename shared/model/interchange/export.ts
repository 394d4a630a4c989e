import type * as Y from 'yjs';
import { readWorkshop } from '../read';
import type { KeyResult, Workshop } from '../types';
import {
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  type CheckInJson,
  type KeyResultJson,
  type ObjectiveJson,
  type ProjectJson,
  type WorkshopJson,
} from './json-types';

/**
 * The interchange JSON of a workshop snapshot. Pure and deterministic.
 *
 * The rule for optional fields, which makes `export(import(x))` equal `x` for every file
 * written this way:
 * - optional text (descriptions, team of a project or key result, rationale, metric,
 *   unit, note, cycle dates) is left out when empty;
 * - optional numbers of a key result (baseline, target, current, confidence) are left out
 *   when not set; `initiatives` is left out when empty;
 * - an objective always carries `team`, `parentId` and `focusAreaId` (null when none) and
 *   `kind`; a key result always carries `direction`; a project always `focusAreaIds`;
 * - `checkInWeekday` is left out when it is the default, 1 (Monday); `agreed` when false;
 *   `dismissedFindings` when there are none.
 * Check-ins come in display order: by date, then id.
 * @public
 */
export function workshopToJson(w: Workshop): WorkshopJson {
  const { meta, onePager } = w;
  const out: WorkshopJson = {
    format: INTERCHANGE_FORMAT,
    version: INTERCHANGE_VERSION,
    id: meta.id,
    title: meta.title,
    cycle: meta.cycle,
    onePager: {
      purpose: onePager.purpose,
      vision: onePager.vision,
      customers: onePager.customers,
      focusAreas: onePager.focusAreas.map((fa) => ({
        id: fa.id,
        title: fa.title,
        ...(fa.description ? { description: fa.description } : {}),
      })),
      notDoing: onePager.notDoing.map((item) => item.text),
      metrics: onePager.metrics.map((item) => item.text),
    },
    projects: w.projects.map(projectJson),
    objectives: [],
    checkIns: w.checkIns.map(checkInJson),
  };
  if (meta.cycleStart) out.cycleStart = meta.cycleStart;
  if (meta.cycleEnd) out.cycleEnd = meta.cycleEnd;
  if (meta.checkInWeekday !== 1) out.checkInWeekday = meta.checkInWeekday;
  if (meta.agreed) out.agreed = true;
  if (w.dismissals && w.dismissals.length > 0) {
    out.dismissedFindings = w.dismissals.map((d) => ({ rule: d.rule, targetId: d.targetId }));
  }

  const byObjective = new Map<string, KeyResult[]>();
  for (const kr of w.keyResults) {
    const list = byObjective.get(kr.objectiveId) ?? [];
    list.push(kr);
    byObjective.set(kr.objectiveId, list);
  }
  out.objectives = w.objectives.map(
    (o): ObjectiveJson => ({
      id: o.id,
      title: o.title,
      ...(o.description ? { description: o.description } : {}),
      team: o.team,
      parentId: o.parentId,
      focusAreaId: o.focusAreaId,
      kind: o.kind,
      keyResults: (byObjective.get(o.id) ?? []).map(keyResultJson),
    }),
  );
  return out;
}

function projectJson(p: Workshop['projects'][number]): ProjectJson {
  // Keys in the order of the format's description, so exported files read naturally.
  return {
    id: p.id,
    title: p.title,
    ...(p.description ? { description: p.description } : {}),
    ...(p.team ? { team: p.team } : {}),
    column: p.column,
    focusAreaIds: [...p.focusAreaIds],
    ...(p.rationale ? { rationale: p.rationale } : {}),
  };
}

function keyResultJson(kr: KeyResult): KeyResultJson {
  const out: KeyResultJson = { id: kr.id, title: kr.title };
  if (kr.metric) out.metric = kr.metric;
  if (kr.unit) out.unit = kr.unit;
  if (kr.baseline !== null) out.baseline = kr.baseline;
  if (kr.target !== null) out.target = kr.target;
  if (kr.current !== null) out.current = kr.current;
  out.direction = kr.direction;
  if (kr.confidence !== null) out.confidence = kr.confidence;
  if (kr.team) out.team = kr.team;
  if (kr.initiatives.length > 0) out.initiatives = [...kr.initiatives];
  return out;
}

function checkInJson(c: Workshop['checkIns'][number]): CheckInJson {
  const out: CheckInJson = {
    id: c.id,
    keyResultId: c.keyResultId,
    date: c.date,
    value: c.value,
    confidence: c.confidence,
  };
  if (c.note) out.note = c.note;
  return out;
}

/**
 * The interchange JSON of a doc, read defensively: whatever a peer wrote, the result is
 * valid interchange JSON (bad records are skipped or clamped by the read layer).
 * @public
 */
export function docToJson(doc: Y.Doc): WorkshopJson {
  return workshopToJson(readWorkshop(doc));
}
