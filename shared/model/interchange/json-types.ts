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
  healthRatingSpec,
  JsonOf,
  keyResultSpec,
  metaSpec,
  objectiveSpec,
  onePagerTextsSpec,
  projectSpec,
  retroTextsSpec,
  weeklyItemSpec,
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
/** A line of a team's weekly meeting: a P1/P2 priority, the next four weeks, or a win. */
export type WeeklyItemJson = JsonOf<typeof weeklyItemSpec>;
/** A health metric's rating in a team's weekly meeting; `metric` is the metric's text. */
export type HealthRatingJson = JsonOf<typeof healthRatingSpec> & { metric: string };

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
    /** The weekly meetings' lines, by week, team and list; absent when there are none. */
    weeklyItems?: WeeklyItemJson[];
    /** The weekly meetings' health ratings, by week and team; absent when there are none. */
    healthRatings?: HealthRatingJson[];
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
