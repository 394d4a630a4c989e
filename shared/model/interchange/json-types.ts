/**
 * The interchange JSON, version 1: the contract of import, export, the CLI and tests.
 * Arrays are in display order. Each record's JSON type is derived from its spec in
 * records/ (which fields are required, which optional, which are left out when empty: see
 * `JsonMode` in records/fields.ts); this file only says how the records nest.
 * @public
 */
import type {
  checkInSpec,
  dismissalSpec,
  focusAreaSpec,
  gradeSpec,
  JsonOf,
  keyResultSpec,
  metaSpec,
  objectiveSpec,
  onePagerTextsSpec,
  projectSpec,
  retroTextsSpec,
} from '../records';

export const INTERCHANGE_FORMAT = 'offsite.workshop';
export const INTERCHANGE_VERSION = 1;

export type FocusAreaJson = JsonOf<typeof focusAreaSpec>;
export type ProjectJson = JsonOf<typeof projectSpec>;
/** A key result's end-of-cycle grade: `{ "score": 0.7, "reason": "…" }`. */
export type GradeJson = JsonOf<typeof gradeSpec>;
/** A retrospective: what worked, what did not, what we learned, what to change (each optional). */
export type RetrospectiveJson = JsonOf<typeof retroTextsSpec>;
export type KeyResultJson = JsonOf<typeof keyResultSpec> & {
  /** The team's grade at the cycle's end; absent until graded. */
  grade?: GradeJson;
};
export type ObjectiveJson = JsonOf<typeof objectiveSpec> & {
  keyResults: KeyResultJson[];
  /** The objective's retrospective; absent until someone writes one. */
  retrospective?: RetrospectiveJson;
};
export type CheckInJson = JsonOf<typeof checkInSpec>;
export type DismissedFindingJson = JsonOf<typeof dismissalSpec>;

export type OnePagerJson = JsonOf<typeof onePagerTextsSpec> & {
  focusAreas: FocusAreaJson[];
  /** One line of text each. */
  notDoing: string[];
  metrics: string[];
};

export type WorkshopJson = {
  format: typeof INTERCHANGE_FORMAT;
  version: typeof INTERCHANGE_VERSION;
} & JsonOf<typeof metaSpec> & {
    /** Coach findings the room kept anyway ("we mean it"): rule id and the item's id. */
    dismissedFindings?: DismissedFindingJson[];
    onePager: OnePagerJson;
    projects: ProjectJson[];
    objectives: ObjectiveJson[];
    checkIns: CheckInJson[];
    /** The cycle's retrospective; absent until someone writes one. */
    retrospective?: RetrospectiveJson;
  };

/** One problem of a file, named by its JSON path: `objectives[1].keyResults[0].target`. */
export interface JsonProblem {
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; data: WorkshopJson }
  | { ok: false; problems: JsonProblem[] };
