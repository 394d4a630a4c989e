/**
 * A mouse drag that ends on the card it started from also produces a click; that click must
 * not open the card's details. The board notes when a drag ended, and a card ignores a click
 * that arrives in the same moment.
 */
let endedAt = -Infinity;

export function noteDragEnded(): void {
  endedAt = performance.now();
}

export function wasJustDragged(): boolean {
  return performance.now() - endedAt < 300;
}
