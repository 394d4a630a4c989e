import { setAgreed } from '../../../shared/model';
import { ModalDialog } from '../../ui/modal-dialog';
import { useWorkshop, useWorkshopDoc } from '../../state/workshop-context';

/**
 * Agree: the facilitator marks the set agreed. Every editing control then becomes
 * read-only, and editing needs an explicit "Unlock to edit" with a confirmation.
 */
export function AgreementBar({ onUnlock }: { onUnlock: () => void }) {
  const doc = useWorkshopDoc();
  const agreed = useWorkshop((s) => s.meta.agreed);
  const empty = useWorkshop((s) => s.objectiveIds.length === 0);
  if (agreed) {
    return (
      <div className="okr-agreement okr-agreed" role="status">
        <p className="okr-agreement-text">
          <span className="okr-agreed-mark" aria-hidden="true">
            ✓
          </span>{' '}
          <strong>Agreed.</strong> The room agreed this set: it is read-only now.
        </p>
        <button type="button" className="button" onClick={onUnlock}>
          Unlock to edit
        </button>
      </div>
    );
  }
  return (
    <div className="okr-agreement">
      <p className="okr-agreement-text">
        When the room agrees, lock the set: editing then needs an explicit unlock.
      </p>
      <button
        type="button"
        className="button primary"
        disabled={empty}
        onClick={() => setAgreed(doc, true)}
      >
        Mark as agreed
      </button>
    </div>
  );
}

/** "Unlock to edit": confirms before the agreed set becomes editable again. */
export function UnlockDialog({ onClose }: { onClose: () => void }) {
  const doc = useWorkshopDoc();
  return (
    <ModalDialog
      title="Unlock the agreed OKRs?"
      onCancel={onClose}
      role="alertdialog"
      actions={
        <>
          <button type="button" className="button" data-autofocus onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button primary"
            onClick={() => {
              setAgreed(doc, false);
              onClose();
            }}
          >
            Unlock
          </button>
        </>
      }
    >
      <p>
        The room agreed this set. Unlocking lets everyone edit it again; mark it as agreed once the
        changes are settled.
      </p>
    </ModalDialog>
  );
}
