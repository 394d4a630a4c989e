import { useEffect, useLayoutEffect } from 'react';
import type { RecordRef } from '../../shared/protocol/room';

/**
 * Finding a record on screen, bringing it into view and highlighting it: what follow mode,
 * the spotlight and the presentation view do with the record the facilitator points at.
 * Screens mark each record's element with `data-record-type` and `data-record-id` (the
 * attributes presence already reads), so any step, and the projector's own layouts, take
 * part without knowing about the room.
 */

/** The CSS selector of a record's elements. */
export function recordSelector(ref: RecordRef): string {
  return `[data-record-type="${CSS.escape(ref.type)}"][data-record-id="${CSS.escape(ref.id)}"]`;
}

/** How long a record may take to appear (a lazy step chunk, a windowed board column). */
const APPEAR_TIMEOUT_MS = 5000;

function scrollBehavior(): ScrollBehavior {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

/** Scrolls `element` into view: centred, or from its top when it is taller than most of the view. */
export function bringIntoView(element: Element): void {
  const tall = element.getBoundingClientRect().height > window.innerHeight * 0.7;
  element.scrollIntoView({ block: tall ? 'start' : 'center', behavior: scrollBehavior() });
}

/**
 * Brings `ref`'s element into view each time `trigger` changes (and `ref` is set): at once
 * when it is on screen, else as soon as it appears, for up to five seconds. `trigger` says
 * when to move (a new spotlight, a new focus, arriving on the step), so a re-render or an
 * edit never scrolls anyone.
 */
export function useBringIntoView(ref: RecordRef | null, trigger: string | null): void {
  const type = ref?.type;
  const id = ref?.id;
  useEffect(() => {
    if (!type || !id || trigger === null) return;
    const selector = recordSelector({ type, id });
    const found = document.querySelector(selector);
    if (found) {
      bringIntoView(found);
      return;
    }
    const observer = new MutationObserver(() => {
      const element = document.querySelector(selector);
      if (!element) return;
      stop();
      bringIntoView(element);
    });
    const timer = setTimeout(() => stop(), APPEAR_TIMEOUT_MS);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [type, id, trigger]);
}

export type HighlightKind = 'focus' | 'spotlight';

/** The look of each kind, drawn inside the element so a scrolling column never clips it. */
const HIGHLIGHT_RULES: Readonly<Record<HighlightKind, string>> = {
  spotlight:
    'outline: 5px solid var(--color-spotlight, #c2410c) !important; outline-offset: -5px; ' +
    'background-color: var(--color-spotlight-soft, #fff1e6) !important; ' +
    'scroll-margin: 6rem 0;',
  focus:
    'outline: 4px dashed var(--color-accent, #1f5fbf) !important; outline-offset: -4px; ' +
    'scroll-margin: 6rem 0;',
};

/**
 * Highlights records wherever they are shown, as long as the calling component is mounted:
 * one style rule per record (a stylesheet, not a class on the element), so a card the
 * board's window unmounts and mounts again is highlighted again without anyone noticing.
 */
export function useHighlightRecords(
  entries: readonly { readonly ref: RecordRef | null; readonly kind: HighlightKind }[],
): void {
  const css = entries
    .filter((e): e is { ref: RecordRef; kind: HighlightKind } => e.ref !== null)
    .map((e) => `${recordSelector(e.ref)} { ${HIGHLIGHT_RULES[e.kind]} }`)
    .join('\n');
  useLayoutEffect(() => {
    if (!css) return;
    const style = document.createElement('style');
    style.dataset.roomHighlight = '';
    style.textContent = css;
    document.head.append(style);
    return () => style.remove();
  }, [css]);
}
