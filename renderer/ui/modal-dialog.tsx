import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface ModalDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  /** The buttons; the first one with `data-autofocus` gets focus when the dialog opens. */
  readonly actions: ReactNode;
  /** Escape, or any other way the user dismisses the dialog. */
  readonly onCancel: () => void;
  readonly role?: 'dialog' | 'alertdialog';
}

/**
 * A modal dialog on the native `<dialog>` element opened with `showModal()`: the browser
 * makes the rest of the page inert (focus stays inside), puts it in the top layer, gives
 * it the dialog role, and turns Escape into a `cancel` event, which cancels. Focus returns
 * to where it was when the dialog closes.
 *
 * It is rendered into `<body>`: a top-layer dialog still disappears with an ancestor that
 * stops being rendered, and the room dialog opens from the header's menu, which a phone-wide
 * window hides (the dialog vanished yet kept the page inert). It opens at its top, its title
 * in view, even when the button that gets focus is at its bottom.
 */
export function ModalDialog({
  title,
  children,
  actions,
  onCancel,
  role = 'dialog',
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const cancel = useRef(onCancel);
  cancel.current = onCancel;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true });
    dialog.scrollTop = 0;
    const onCancelEvent = (event: Event) => {
      event.preventDefault();
      cancel.current();
    };
    dialog.addEventListener('cancel', onCancelEvent);
    return () => {
      dialog.removeEventListener('cancel', onCancelEvent);
      if (dialog.open) dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  return createPortal(
    <dialog
      ref={ref}
      className="dialog"
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      data-native-undo
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">{actions}</div>
    </dialog>,
    document.body,
  );
}
