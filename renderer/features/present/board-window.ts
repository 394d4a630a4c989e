/**
 * Which cards of a column the projector shows: a wall has room for a handful per column,
 * never all 500. `capacity` is how many slots fit (a slot holds a card or a "N more" line);
 * when the column holds more, the last slot says how many are not shown, and a card the
 * facilitator points at beyond the first slots is shown in a window around it, with the
 * cards before it counted in the first slot.
 */
export interface ColumnWindow {
  readonly start: number;
  readonly end: number;
  /** Cards not shown before `start`. */
  readonly before: number;
  /** Cards not shown from `end` on. */
  readonly after: number;
}

export function presentColumnWindow(
  total: number,
  capacity: number,
  targetIndex: number,
): ColumnWindow {
  const slots = Math.max(1, Math.floor(capacity));
  if (total <= slots) return { start: 0, end: total, before: 0, after: 0 };
  // One slot for "N more", at least one card.
  const head = Math.max(1, slots - 1);
  if (targetIndex < head) return { start: 0, end: head, before: 0, after: total - head };
  // The target is further down: "N earlier" and "N more" around a window that holds it.
  const room = Math.max(1, slots - 2);
  const start = Math.min(Math.max(0, targetIndex - Math.floor((room - 1) / 2)), total - room);
  const end = Math.min(total, start + room);
  return { start, end, before: start, after: total - end };
}
