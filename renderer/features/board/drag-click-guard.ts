/**
 * A mouse drag that ends on the card it started from also produces a click; that click must
 * not open the card's details. The browser dispatches that click right after the mouseup
 * that ended the drag, before any timer runs, so the guard lasts until the next task only.
 */
let justDragged = false;

export function noteDragEnded(): void {
  justDragged = true;
  setTimeout(() => {
    justDragged = false;
  }, 0);
}

export function wasJustDragged(): boolean {
  return justDragged;
}
