/**
 * The interchange JSON, version 1: the contract of import, export, the CLI and tests.
 * Arrays are in display order. Optional fields are omitted when empty on export; see
 * export.ts for the exact rule.
 * @public
 */
import type { Column, Direction, ObjectiveKind } from '../types';

export const INTERCHANGE_FORMAT = 'offsite.workshop';
export const INTERCHANGE_VERSION = 1;

export interface FocusAreaJson {
  id: string;
  title: string;
  description?: string;
}

export interface OnePagerJson {
  purpose: string;
  vision: string;
  customers: string;
  focusAreas: FocusAreaJson[];
  notDoing: string[];
  metrics: string[];
}

export interface ProjectJson {
  id: string;
  title: string;
  description?: string;
  team?: string;
  column: Column;
  focusAreaIds: string[];
  rationale?: string;
}

export interface KeyResultJson {
  id: string;
  title: string;
  metric?: string;
  unit?: string;
  baseline?: number | null;
  target?: number | null;
  current?: number | null;
  direction?: Direction;
  /** 0..10. */
  confidence?: number | null;
  team?: string;
  /** Project ids: "how we'll move this KR". */
  initiatives?: string[];
}

export interface ObjectiveJson {
  id: string;
  title: string;
  description?: string;
  /** null or absent = company level. */
  team?: string | null;
  parentId?: string | null;
  focusAreaId?: string | null;
  kind?: ObjectiveKind;
  keyResults: KeyResultJson[];
}

export interface CheckInJson {
  id: string;
  keyResultId: string;
  /** `YYYY-MM-DD`. */
  date: string;
  value: number;
  /** 0..10. */
  confidence: number;
  note?: string;
}

export interface DismissedFindingJson {
  rule: string;
  targetId: string;
}

export interface WorkshopJson {
  format: typeof INTERCHANGE_FORMAT;
  version: typeof INTERCHANGE_VERSION;
  id: string;
  title: string;
  cycle: string;
  /** `YYYY-MM-DD`. */
  cycleStart?: string;
  cycleEnd?: string;
  /** 0 = Sunday … 6 = Saturday. */
  checkInWeekday?: number;
  agreed?: boolean;
  /** Coach findings the room kept anyway ("we mean it"): rule id and the item's id. */
  dismissedFindings?: DismissedFindingJson[];
  onePager: OnePagerJson;
  projects: ProjectJson[];
  objectives: ObjectiveJson[];
  checkIns: CheckInJson[];
}

/** One problem of a file, named by its JSON path: `objectives[1].keyResults[0].target`. */
export interface JsonProblem {
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; data: WorkshopJson }
  | { ok: false; problems: JsonProblem[] };
