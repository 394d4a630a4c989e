/**
 * Which cards of a column the projector shows: a wall has room for a handful per column,
 * never all 500. When the column holds more than fit, a short line at the end says how
 * many are not shown, and a card the facilitator points at further down is shown in a
 * window around it, with a line before it counting the cards above.
 */
export interface ColumnWindow {
  readonly start: number;
  readonly end: number;
  /** Cards not shown before `start`. */
  readonly before: number;
  /** Cards not shown from `end` on. */
  readonly after: number;
}

/** How many cards fit in the column with no, one and two "N more" lines beside them. */
export interface ColumnFit {
  readonly all: number;
  readonly withOneLine: number;
  readonly withTwoLines: number;
}

export function presentColumnWindow(
  total: number,
  fit: ColumnFit,
  targetIndex: number,
): ColumnWindow {
  if (total <= fit.all) return { start: 0, end: total, before: 0, after: 0 };
  const head = Math.max(1, Math.floor(fit.withOneLine));
  if (targetIndex < head) return { start: 0, end: head, before: 0, after: total - head };
  // The target is further down: "N earlier" and "N more" around a window that holds it.
  const room = Math.max(1, Math.floor(fit.withTwoLines));
  const start = Math.min(Math.max(0, targetIndex - Math.floor((room - 1) / 2)), total - room);
  const end = Math.min(total, start + room);
  return { start, end, before: start, after: total - end };
}
