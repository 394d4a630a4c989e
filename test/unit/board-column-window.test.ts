import { describe, expect, it } from 'vitest';
import {
  visibleRange,
  windowSegments,
  type ColumnGeometry,
  type WindowSegment,
} from '../../renderer/features/board/column-window';

const ids = Array.from({ length: 500 }, (_, i) => `p${i}`);
/** Every card 100 px tall with a 10 px gap: card i starts at 110 * i. */
const geometry: ColumnGeometry = { sizes: new Map(), estimate: 100, gap: 10 };

/** The total height the segments take in a flex column with that gap. */
function height(segments: readonly WindowSegment[], sizeOf: (id: string) => number): number {
  let total = 0;
  for (const s of segments) total += (s.kind === 'card' ? sizeOf(s.id) : s.height) + 10;
  return total - 10;
}

describe('column windowing', () => {
  it('mounts the cards in view plus the overscan, not the whole column', () => {
    const range = visibleRange(ids, geometry, { top: 0, height: 400, overscan: 200 });
    // Cards 0..5 start at 0..550, inside 600 px; card 6 starts at 660.
    expect(range).toEqual({ start: 0, end: 6 });
    const scrolled = visibleRange(ids, geometry, { top: 11000, height: 400, overscan: 200 });
    // Card 97 ends at 10770, above 10800; card 98 ends at 10880; card 106 starts at 11660.
    expect(scrolled.start).toBe(98);
    expect(scrolled.end).toBe(106);
  });

  it('keeps the column as tall as all its cards, with spacers for the unmounted ones', () => {
    const range = visibleRange(ids, geometry, { top: 22000, height: 400, overscan: 200 });
    const segments = windowSegments(ids, range, [], geometry);
    expect(segments[0]).toMatchObject({ kind: 'spacer' });
    expect(segments.at(-1)).toMatchObject({ kind: 'spacer' });
    expect(segments.filter((s) => s.kind === 'card').length).toBe(range.end - range.start);
    expect(height(segments, () => 100)).toBe(500 * 110 - 10);
  });

  it('uses measured heights where known, the estimate elsewhere', () => {
    const sizes = new Map([
      ['p0', 300],
      ['p1', 40],
    ]);
    const measured = { ...geometry, sizes };
    const range = visibleRange(ids, measured, { top: 1000, height: 100, overscan: 0 });
    // p0 0–300, p1 310–350, p2 360–460, … p6 800–900, p7 910–1010, p8 1020–1120, p9 1130–.
    expect(range).toEqual({ start: 7, end: 9 });
    const segments = windowSegments(ids, range, [], measured);
    expect(segments[0]).toEqual({ kind: 'spacer', key: 'spacer-0', height: 900 });
    expect(height(segments, (id) => sizes.get(id) ?? 100)).toBe(300 + 40 + 498 * 100 + 499 * 10);
  });

  it('keeps the dragged and the focused card mounted wherever they are, in order', () => {
    const range = { start: 10, end: 15 };
    const segments = windowSegments(ids, range, ['p400', 'p2'], geometry);
    const cards = segments.filter((s) => s.kind === 'card').map((s) => s.index);
    expect(cards).toEqual([2, 10, 11, 12, 13, 14, 400]);
    // A spacer between each run, and the height of the whole column is kept.
    expect(segments.map((s) => s.kind)).toEqual([
      'spacer',
      'card',
      'spacer',
      'card',
      'card',
      'card',
      'card',
      'card',
      'spacer',
      'card',
      'spacer',
    ]);
    expect(height(segments, () => 100)).toBe(500 * 110 - 10);
    // A pinned card already in the range, or not in the column, changes nothing.
    expect(windowSegments(ids, range, ['p12', 'elsewhere', null], geometry)).toEqual(
      windowSegments(ids, range, [], geometry),
    );
  });

  it('handles an empty column and a view past the end', () => {
    expect(
      windowSegments(
        [],
        visibleRange([], geometry, { top: 0, height: 400, overscan: 0 }),
        [],
        geometry,
      ),
    ).toEqual([]);
    const range = visibleRange(ids.slice(0, 3), geometry, { top: 5000, height: 400, overscan: 0 });
    expect(range).toEqual({ start: 2, end: 3 });
  });
});
