import { ModalDialog } from '../../ui/modal-dialog';

interface Props {
  readonly title: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Asks before deleting a local workshop; Cancel has the focus, so Enter does no harm. */
export function ConfirmDeleteDialog({ title, onConfirm, onCancel }: Props) {
  return (
    <ModalDialog
      title="Delete workshop?"
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} data-autofocus>
            Cancel
          </button>
          <button type="button" className="button danger" onClick={onConfirm}>
            Delete
          </button>
        </>
      }
    >
      <p>
        “{title || 'Untitled workshop'}” and everything in it will be deleted from this device.
        Copies on other devices and saved files are not affected.
      </p>
    </ModalDialog>
  );
}
