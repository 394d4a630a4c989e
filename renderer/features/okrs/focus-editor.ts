import type { FindingTarget } from '../../../shared/coach';
import { coachTargetDomId } from './coach';

/**
 * Moves focus to an objective's or key result's editor (its first field), as the tree and
 * the Coach panel do. Waits a frame when asked, for an editor that was just created.
 */
export function focusEditor(target: FindingTarget, afterRender = false): void {
  const go = () => {
    const el = document.getElementById(coachTargetDomId(target));
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    // The title first: the item's toolbar (move, delete) comes before it in the DOM.
    const field =
      el.querySelector<HTMLElement>('input, textarea') ??
      el.querySelector<HTMLElement>('select, button');
    (field ?? el).focus({ preventScroll: true });
  };
  if (afterRender) requestAnimationFrame(go);
  else go();
}

/**
 * Keeps focus on the element that had it across a reorder: React moves the DOM node, and a
 * moved node loses focus in Chromium. Only while focus is still lost a frame later: a frame
 * can come late on a loaded machine, and a field the person has moved on to keeps its focus.
 */
export function keepFocusAfterMove(): void {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return;
  requestAnimationFrame(() => {
    const now = document.activeElement;
    if (active.isConnected && (now === null || now === document.body)) {
      active.focus({ preventScroll: true });
    }
    if (document.activeElement === active) active.scrollIntoView({ block: 'nearest' });
  });
}
