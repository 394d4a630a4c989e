import { useId } from 'react';
import { setAgreed } from '../../../shared/model';
import { mayWrite } from '../../../shared/protocol/policy';
import { ModalDialog } from '../../ui/modal-dialog';
import { shownName } from '../../sync/identity';
import { useRoomConnection, useRoomRole } from '../../sync/room-hooks';
import { useWorkshop, useWorkshopDoc } from '../../state/workshop-context';

/**
 * Whether this device may agree or un-agree the set: the policy table's answer for the role
 * the hub gave it (the facilitator alone; the hub refuses anyone else's write anyway).
 */
function useMayAgree(): boolean {
  const role = useRoomRole();
  return role !== null && mayWrite(role, { kind: 'agreement' }, []);
}

const TIME = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** "by Fran at 12 Mar, 14:32" — who last changed the agreement and when; '' if unknown. */
function useLastChange(): string {
  const by = useWorkshop((s) => s.meta.agreedBy.trim());
  const at = useWorkshop((s) => s.meta.agreedAt);
  if (!at) return '';
  return `${by ? ` by ${by}` : ''} on ${TIME.format(new Date(at))}`;
}

/** Why a participant cannot use the agreement's button: visible, and its description. */
function NotYours({ id, children }: { id: string; children: string }) {
  return (
    <span id={id} className="okr-agreement-why">
      {children}
    </span>
  );
}

/**
 * Agree: the facilitator marks the set agreed. Every editing control then becomes
 * read-only, and editing needs an explicit "Unlock to edit" with a confirmation. Everyone
 * sees who changed the agreement last and when; for anyone else the buttons are disabled
 * and say whose call it is.
 */
export function AgreementBar({ onUnlock }: { onUnlock: () => void }) {
  const doc = useWorkshopDoc();
  const agreed = useWorkshop((s) => s.meta.agreed);
  const empty = useWorkshop((s) => s.objectiveIds.length === 0);
  const mayAgree = useMayAgree();
  const connection = useRoomConnection();
  const change = useLastChange();
  const whyId = useId();
  if (agreed) {
    return (
      <div className="okr-agreement okr-agreed" role="status">
        <p className="okr-agreement-text">
          <span className="okr-agreed-mark" aria-hidden="true">
            ✓
          </span>{' '}
          <strong>Agreed.</strong> The room agreed this set: it is read-only now.
          {change && <span className="okr-agreement-when"> Marked agreed{change}.</span>}
        </p>
        <div className="okr-agreement-action">
          <button
            type="button"
            className="button"
            disabled={!mayAgree}
            aria-describedby={mayAgree ? undefined : whyId}
            onClick={onUnlock}
          >
            Unlock to edit
          </button>
          {!mayAgree && <NotYours id={whyId}>Only the facilitator can unlock the OKRs</NotYours>}
        </div>
      </div>
    );
  }
  return (
    <div className="okr-agreement">
      <p className="okr-agreement-text">
        {change ? `Unlocked${change}. ` : ''}
        When the room agrees, lock the set: editing then needs an explicit unlock.
      </p>
      <div className="okr-agreement-action">
        <button
          type="button"
          className="button primary"
          disabled={empty || !mayAgree}
          aria-describedby={mayAgree ? undefined : whyId}
          onClick={() => setAgreed(doc, true, shownName(connection))}
        >
          Mark as agreed
        </button>
        {!mayAgree && <NotYours id={whyId}>Only the facilitator can agree the OKRs</NotYours>}
      </div>
    </div>
  );
}

/**
 * "Unlock to edit": confirms before the agreed set becomes editable again. Typing into the
 * agreed set opens it too: for anyone but the facilitator it says whose call unlocking is.
 */
export function UnlockDialog({ onClose }: { onClose: () => void }) {
  const doc = useWorkshopDoc();
  const mayAgree = useMayAgree();
  const connection = useRoomConnection();
  if (!mayAgree) {
    return (
      <ModalDialog
        title="The agreed OKRs are read-only"
        onCancel={onClose}
        actions={
          <button type="button" className="button primary" data-autofocus onClick={onClose}>
            OK
          </button>
        }
      >
        <p>
          The room agreed this set. Only the facilitator can unlock it for editing: ask them if
          something needs to change.
        </p>
      </ModalDialog>
    );
  }
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
              setAgreed(doc, false, shownName(connection));
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
