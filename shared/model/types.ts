/**
 * Plain, immutable snapshots of a workshop, read from its Y.Doc. These are what the UI,
 * the coach and the exporters see; the Y.Doc stays the only source of truth.
 * @public
 */

export type Column = 'inbox' | 'keep' | 'kill';
export const COLUMNS: readonly Column[] = ['inbox', 'keep', 'kill'];

export type Direction = 'increase' | 'decrease' | 'maintain' | 'milestone';
export const DIRECTIONS: readonly Direction[] = ['increase', 'decrease', 'maintain', 'milestone'];

export type ObjectiveKind = 'committed' | 'aspirational';
export const OBJECTIVE_KINDS: readonly ObjectiveKind[] = ['committed', 'aspirational'];

/** Texts of the one-pager that several people type into at once (Y.Text). */
export type OnePagerField = 'purpose' | 'vision' | 'customers';
export const ONE_PAGER_FIELDS: readonly OnePagerField[] = ['purpose', 'vision', 'customers'];

export interface Meta {
  readonly id: string;
  readonly title: string;
  readonly cycle: string;
  /** ISO date `YYYY-MM-DD`, or '' when not set. */
  readonly cycleStart: string;
  readonly cycleEnd: string;
  /** 0 = Sunday … 6 = Saturday; the day teams check in. */
  readonly checkInWeekday: number;
  readonly schemaVersion: number;
  /** The facilitator marked the OKR set agreed; editing asks for an unlock. */
  readonly agreed: boolean;
  /** Milliseconds since the epoch of the last local edit, 0 when unknown. */
  readonly updatedAt: number;
}

/** Ordered records carry a fractional index `order` (never a Y.Array position). */
export interface Ordered {
  readonly id: string;
  readonly order: string;
}

export interface FocusArea extends Ordered {
  readonly title: string;
  readonly description: string;
}

/** One line of a plain ordered list: the not-doing list and the health metrics. */
export interface ListItem extends Ordered {
  readonly text: string;
  /** The killed project this not-doing line came from, if any. */
  readonly projectId?: string;
}

export interface Project extends Ordered {
  readonly title: string;
  readonly description: string;
  readonly team: string;
  readonly column: Column;
  readonly focusAreaIds: readonly string[];
  readonly rationale: string;
}

export interface Objective extends Ordered {
  readonly title: string;
  readonly description: string;
  /** null = company level. */
  readonly team: string | null;
  readonly parentId: string | null;
  readonly focusAreaId: string | null;
  readonly kind: ObjectiveKind;
}

export interface KeyResult extends Ordered {
  readonly objectiveId: string;
  readonly title: string;
  readonly metric: string;
  readonly unit: string;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly current: number | null;
  readonly direction: Direction;
  readonly confidence: number | null;
  readonly team: string;
  /** Ids of kept projects: "how we'll move this KR". */
  readonly initiatives: readonly string[];
}

export interface CheckIn {
  readonly id: string;
  readonly keyResultId: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly value: number;
  readonly confidence: number;
  readonly note: string;
}

export interface OnePager {
  readonly purpose: string;
  readonly vision: string;
  readonly customers: string;
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
  readonly dismissals?: readonly { readonly rule: string; readonly targetId: string }[];
}

/** Limits applied on read: a peer can write anything, we show at most this much. */
export const LIMITS = {
  shortText: 500,
  longText: 20_000,
  idLength: 100,
  listLength: 200,
  records: 20_000,
} as const;
