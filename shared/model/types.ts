/**
 * Plain, immutable snapshots of a workshop, read from its Y.Doc. These are what the UI,
 * the coach and the exporters see; the Y.Doc stays the only source of truth. Each record's
 * type is derived from its one definition in records/.
 * @public
 */
export {
  AUTHOR_MAX_LENGTH,
  COLUMNS,
  isEmptyRetro,
  RETRO_FIELDS,
  DIRECTIONS,
  OBJECTIVE_KINDS,
  ONE_PAGER_FIELDS,
  type CheckIn,
  type Column,
  type Direction,
  type Dismissal,
  type FocusArea,
  type PreviousKeyResult,
  type PreviousObjective,
  type RetroField,
  type Grade,
  type HealthRating,
  type HealthRatingRecord,
  type KeyResult,
  type ListItem,
  type Meta,
  type Objective,
  type ObjectiveKind,
  type ObjectiveRetro,
  type OnePagerField,
  type PreviousCycle,
  type Project,
  type RetroTexts,
  type WeeklyItem,
  type WeeklyList,
  HEALTH_RATINGS,
  WEEKLY_LISTS,
} from './records';
export { LIMITS } from './limits';

import type { Dismissal, FocusArea, KeyResult, ListItem, Meta, Objective } from './records';
import type { CheckIn, Grade, ObjectiveRetro, OnePagerTexts, Project, RetroTexts } from './records';
import type { HealthRatingRecord, WeeklyItem } from './records';

export interface OnePager extends OnePagerTexts {
  readonly focusAreas: readonly FocusArea[];
  readonly notDoing: readonly ListItem[];
  readonly metrics: readonly ListItem[];
}

/** A whole workshop, every list in display order. */
export interface Workshop {
  readonly meta: Meta;
  readonly onePager: OnePager;
  readonly projects: readonly Project[];
  readonly objectives: readonly Objective[];
  readonly keyResults: readonly KeyResult[];
  readonly checkIns: readonly CheckIn[];
  /** Coach findings dismissed on one item ("we mean it"); absent in hand-built snapshots. */
  readonly dismissals?: readonly Dismissal[];
  /** End-of-cycle grades, one per graded key result (others show a suggestion). */
  readonly grades?: readonly Grade[];
  /** Retrospectives of objectives, in objective order; absent or empty before the review. */
  readonly retrospectives?: readonly ObjectiveRetro[];
  /** The cycle's own retrospective. */
  readonly cycleRetro?: RetroTexts;
  /** The weekly meetings' lines (priorities, next four weeks, wins), by week and team. */
  readonly weeklyItems?: readonly WeeklyItem[];
  /** The weekly meetings' ratings of the one-pager's health metrics, by week and team. */
  readonly healthRatings?: readonly HealthRatingRecord[];
}
