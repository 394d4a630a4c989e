/**
 * Windowing of one board column: which cards are mounted, and how tall the gaps between them
 * are. A column of 500 cards mounts only the cards in view plus an overscan, so a drag
 * registers a few dozen sortables with dnd-kit instead of 500 (dnd-kit re-renders every
 * sortable of a context when the active or hovered card changes, and measures every
 * droppable at drag start). Unmounted cards are stood in for by spacers whose height is the
 * sum of the cards they replace, measured once seen, estimated before.
 */

/** One entry of a column's list: a mounted card, or a spacer standing in for several. */
export type WindowSegment =
  | { readonly kind: 'card'; readonly id: string; readonly index: number }
  | { readonly kind: 'spacer'; readonly key: string; readonly height: number };

export interface ColumnGeometry {
  /** Measured border-box heights of cards seen so far, by id. */
  readonly sizes: ReadonlyMap<string, number>;
  /** The height assumed for a card not measured yet. */
  readonly estimate: number;
  /** The list's gap between two items (CSS `row-gap`). */
  readonly gap: number;
}

interface ViewRange {
  /** Scroll offset of the list's content. */
  readonly top: number;
  /** Height of the list's visible area. */
  readonly height: number;
  /** Extra pixels mounted above and below the visible area. */
  readonly overscan: number;
}

function heightOf(id: string, geometry: ColumnGeometry): number {
  return geometry.sizes.get(id) ?? geometry.estimate;
}

/**
 * The first and one-past-last index of the cards that intersect the visible area grown by
 * the overscan. Always at least one card when the column has any.
 */
export function visibleRange(
  ids: readonly string[],
  geometry: ColumnGeometry,
  view: ViewRange,
): { start: number; end: number } {
  const from = view.top - view.overscan;
  const to = view.top + view.height + view.overscan;
  let start = -1;
  let end = ids.length;
  let y = 0;
  for (let i = 0; i < ids.length; i++) {
    const bottom = y + heightOf(ids[i]!, geometry);
    if (start < 0 && bottom >= from) start = i;
    if (y > to) {
      end = i;
      break;
    }
    y = bottom + geometry.gap;
  }
  if (start < 0) start = Math.max(0, ids.length - 1);
  return { start, end: Math.max(end, Math.min(ids.length, start + 1)) };
}

/**
 * The segments to render: the cards of `range`, plus the `pinned` ids wherever they are
 * (the card being dragged and the card holding focus must stay mounted, or dnd-kit loses
 * its node and the keyboard user loses focus), with spacers for the runs in between. A
 * spacer is followed by the list's gap like any item, so it is the runs' height minus one
 * gap.
 */
export function windowSegments(
  ids: readonly string[],
  range: { start: number; end: number },
  pinned: readonly (string | null)[],
  geometry: ColumnGeometry,
): WindowSegment[] {
  const indices: number[] = [];
  for (const id of pinned) {
    if (id === null) continue;
    const i = ids.indexOf(id);
    if (i >= 0 && (i < range.start || i >= range.end)) indices.push(i);
  }
  for (let i = range.start; i < range.end; i++) indices.push(i);
  indices.sort((a, b) => a - b);

  const segments: WindowSegment[] = [];
  const spacer = (from: number, to: number) => {
    if (to <= from) return;
    let height = -geometry.gap;
    for (let i = from; i < to; i++) height += heightOf(ids[i]!, geometry) + geometry.gap;
    segments.push({ kind: 'spacer', key: `spacer-${from}`, height: Math.max(0, height) });
  };
  let next = 0;
  for (const index of indices) {
    if (index < next) continue; // a pinned card inside the range
    spacer(next, index);
    segments.push({ kind: 'card', id: ids[index]!, index });
    next = index + 1;
  }
  spacer(next, ids.length);
  return segments;
}
