import { useEffect, useRef, useState } from 'react';

/**
 * An open/closed popover (a menu, a list) that closes on Escape or on a press outside the
 * element `ref` points at — which holds both the toggle and the popover.
 */
export function usePopover<T extends HTMLElement>() {
  const [open, setOpen] = useState(false);
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (event: PointerEvent) => {
      const target = event.target as Element;
      // A modal dialog (rendered into <body>) opened from the popover is still its business:
      // confirming "Remove" there must not close the list that then says who was removed.
      if (target.closest?.('dialog[open]')) return;
      if (!ref.current?.contains(target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return { open, setOpen, ref };
}
