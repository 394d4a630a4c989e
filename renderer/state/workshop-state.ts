import type {
  CheckIn,
  Column,
  Dismissal,
  FocusArea,
  Grade,
  HealthRatingRecord,
  KeyResult,
  ListItem,
  Meta,
  Objective,
  ObjectiveRetro,
  OnePagerField,
  Project,
  ReadProblem,
  RetroTexts,
  WeeklyItem,
} from '../../shared/model';

/** The record types of each collection, as the store holds them (plain, frozen snapshots). */
export interface RecordsOf {
  focusAreas: FocusArea;
  notDoing: ListItem;
  metrics: ListItem;
  projects: Project;
  objectives: Objective;
  keyResults: KeyResult;
  checkIns: CheckIn;
  dismissals: Dismissal;
  grades: Grade;
  retrospectives: ObjectiveRetro;
  weeklyItems: WeeklyItem;
  healthRatings: HealthRatingRecord;
}

export type StoreCollection = keyof RecordsOf;

/** Read problems kept in the store at most; the count says how many there were in all. */
export const MAX_PROBLEMS = 100;

/**
 * The zustand state of one open workshop: immutable snapshots derived from its Y.Doc, never
 * a Y type. A record object keeps its identity (===) until that record changes, and an id
 * list keeps its identity until its content changes, so a component that selects one record
 * by id, or one list with `useShallow`, re-renders only when what it shows changed.
 *
 * References across records are stored as written (a project may name a deleted focus
 * area, an objective a deleted parent): resolve them with the selectors in `selectors.ts`,
 * which is where a dangling id is dropped and a parent cycle broken.
 */
export interface WorkshopState {
  readonly meta: Meta;
  /** purpose, vision, customers: the one-pager's collaborative texts, as strings. */
  readonly texts: Readonly<Record<OnePagerField, string>>;

  readonly focusAreas: Readonly<Record<string, FocusArea>>;
  readonly focusAreaIds: readonly string[];
  readonly notDoing: Readonly<Record<string, ListItem>>;
  readonly notDoingIds: readonly string[];
  readonly metrics: Readonly<Record<string, ListItem>>;
  readonly metricIds: readonly string[];
  readonly projects: Readonly<Record<string, Project>>;
  /** Project ids per column, each in display order. */
  readonly projectIdsByColumn: Readonly<Record<Column, readonly string[]>>;
  readonly objectives: Readonly<Record<string, Objective>>;
  readonly objectiveIds: readonly string[];
  readonly keyResults: Readonly<Record<string, KeyResult>>;
  /** Key result ids per objective id, each in display order (objectives without KRs absent). */
  readonly keyResultIdsByObjective: Readonly<Record<string, readonly string[]>>;
  readonly checkIns: Readonly<Record<string, CheckIn>>;
  /** Check-in ids per key result id, oldest first (by date, then id). */
  readonly checkInIdsByKeyResult: Readonly<Record<string, readonly string[]>>;
  /** Coach findings the room dismissed, keyed by their record key (`dismissalKey`). */
  readonly dismissals: Readonly<Record<string, Dismissal>>;
  /** End-of-cycle grades keyed by key result id (a key result may have none). */
  readonly grades: Readonly<Record<string, Grade>>;
  /** Objectives' retrospectives keyed by objective id. */
  readonly retrospectives: Readonly<Record<string, ObjectiveRetro>>;
  /** The cycle's retrospective texts. */
  readonly cycleRetro: RetroTexts;
  /** The weekly meetings' lines (priorities, next four weeks, wins) by id. */
  readonly weeklyItems: Readonly<Record<string, WeeklyItem>>;
  /** The weekly meetings' health ratings by their key (healthRatingKey). */
  readonly healthRatings: Readonly<Record<string, HealthRatingRecord>>;

  /** Problems met reading data written by a peer (at most MAX_PROBLEMS). */
  readonly problems: readonly ReadProblem[];
  /** How many problems there are in all, including those not kept. */
  readonly problemCount: number;

  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** The id-list field of each ordered, ungrouped collection. */
export const ID_LIST_FIELD = {
  focusAreas: 'focusAreaIds',
  notDoing: 'notDoingIds',
  metrics: 'metricIds',
  objectives: 'objectiveIds',
} as const;
