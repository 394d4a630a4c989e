import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { visibleRange, windowSegments, type WindowSegment } from './column-window';

/** Before a card is measured: a one-line title, a team and a tag row. */
const DEFAULT_ESTIMATE = 96;
/** Mounted beyond each edge: keeps Tab, the arrow keys and a fast wheel on mounted cards. */
const OVERSCAN = 480;
/** Before the list is laid out: the overscan alone; the layout effect reads the real height
 * before the first paint, so a first guess too tall would only mount cards for nothing. */
const DEFAULT_VIEW_HEIGHT = 0;
const NO_TARGETS: readonly (string | null)[] = [];

interface ColumnWindow {
  readonly segments: readonly WindowSegment[];
  /** Observe (or, with null, stop observing) a mounted card's slot, to learn its height. */
  readonly measure: (id: string, element: Element | null) => void;
}

/**
 * The cards of one column to mount, from the list's scroll position and size and the card
 * heights measured so far (a ResizeObserver on each mounted slot). The card being dragged,
 * and the card holding focus with its two neighbours, stay mounted wherever they are.
 * Scroll anchoring (CSS `overflow-anchor`, on by default) keeps the cards in view still
 * when a card above them turns out taller or shorter than its estimate.
 */
export function useColumnWindow(
  listRef: RefObject<HTMLElement | null>,
  ids: readonly string[],
  activeId: string | null,
  focusedId: string | null,
  /** Cards the room points at (the spotlight, the facilitator's focus): followers scroll to them. */
  roomTargets: readonly (string | null)[] = NO_TARGETS,
): ColumnWindow {
  const sizes = useRef(new Map<string, number>()).current;
  const [view, setView] = useState({ top: 0, height: DEFAULT_VIEW_HEIGHT });
  const [gap, setGap] = useState(0);
  // Bumped when a measured height changes, so the spacers follow.
  const [sizesVersion, setSizesVersion] = useState(0);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    setGap(parseFloat(getComputedStyle(list).rowGap) || 0);
    const read = () =>
      setView((v) =>
        v.top === list.scrollTop && v.height === list.clientHeight
          ? v
          : { top: list.scrollTop, height: list.clientHeight },
      );
    read();
    list.addEventListener('scroll', read, { passive: true });
    const resize = new ResizeObserver(read);
    resize.observe(list);
    return () => {
      list.removeEventListener('scroll', read);
      resize.disconnect();
    };
  }, [listRef]);

  const observed = useRef(new Map<Element, string>()).current;
  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            let changed = false;
            for (const entry of entries) {
              const id = observed.get(entry.target);
              const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
              if (id === undefined || height <= 0) continue;
              if (sizes.get(id) !== height) {
                sizes.set(id, height);
                changed = true;
              }
            }
            if (changed) setSizesVersion((v) => v + 1);
          }),
    [observed, sizes],
  );
  useLayoutEffect(() => () => observer?.disconnect(), [observer]);

  const measure = useCallback(
    (id: string, element: Element | null) => {
      if (!observer) return;
      if (element) {
        observed.set(element, id);
        observer.observe(element);
      } else {
        for (const [el, elId] of observed) {
          if (elId !== id) continue;
          observer.unobserve(el);
          observed.delete(el);
        }
      }
    },
    [observer, observed],
  );

  const segments = useMemo(() => {
    let total = 0;
    for (const h of sizes.values()) total += h;
    const geometry = {
      sizes,
      estimate: sizes.size > 0 ? total / sizes.size : DEFAULT_ESTIMATE,
      gap,
    };
    const range = visibleRange(ids, geometry, { ...view, overscan: OVERSCAN });
    // The focused card's neighbours too, so Tab and Shift+Tab go on from it after a scroll.
    const at = focusedId === null ? -1 : ids.indexOf(focusedId);
    const pinned = [
      ...(at < 0 ? [activeId] : [activeId, ids[at - 1], focusedId, ids[at + 1]]),
      ...roomTargets,
    ];
    return windowSegments(
      ids,
      range,
      pinned.map((id) => id ?? null),
      geometry,
    );
    // sizesVersion: the sizes map changed in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ids, view, gap, sizes, activeId, focusedId, roomTargets, sizesVersion]);

  return { segments, measure };
}
