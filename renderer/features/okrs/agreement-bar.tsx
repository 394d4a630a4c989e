import { useId } from 'react';
import { setAgreed } from '../../../shared/model';
import { mayWrite } from '../../../shared/protocol/policy';
import { ModalDialog } from '../../ui/modal-dialog';
import { shownName } from '../../sync/identity';
import { useRoomConnection, useRoomRole } from '../../sync/room-hooks';
import { useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { useLanguage, useT } from '../../ui/i18n';

/**
 * Whether this device may agree or un-agree the set: the policy table's answer for the role
 * the hub gave it (the facilitator alone; the hub refuses anyone else's write anyway).
 */
function useMayAgree(): boolean {
  const role = useRoomRole();
  return role !== null && mayWrite(role, { kind: 'agreement' }, []);
}

/** "12 Mar, 14:32" in the workshop's language. */
const when = (at: number | string, language: string) =>
  new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(at));

/**
 * "Marked agreed by Fran on 12 Mar, 14:32." (or "Unlocked …") — who last changed the
 * agreement and when, in the workshop's language; '' if unknown.
 */
function useLastChange(agreed: boolean): string {
  const t = useT();
  const language = useLanguage();
  const name = useWorkshop((s) => s.meta.agreedBy.trim());
  const at = useWorkshop((s) => s.meta.agreedAt);
  if (!at) return '';
  const date = when(at, language);
  if (agreed)
    return name
      ? t('okrs.agreement.markedBy', { name, date })
      : t('okrs.agreement.markedOn', { date });
  return name
    ? t('okrs.agreement.unlockedBy', { name, date })
    : t('okrs.agreement.unlockedOn', { date });
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
  const change = useLastChange(agreed);
  const whyId = useId();
  const t = useT();
  if (agreed) {
    return (
      <div className="okr-agreement okr-agreed" role="status">
        <p className="okr-agreement-text">
          <span className="okr-agreed-mark" aria-hidden="true">
            ✓
          </span>{' '}
          <strong>{t('okrs.agreement.agreed')}</strong> {t('okrs.agreement.agreedText')}
          {change && <span className="okr-agreement-when"> {change}</span>}
        </p>
        <div className="okr-agreement-action">
          <button
            type="button"
            className="button"
            disabled={!mayAgree}
            aria-describedby={mayAgree ? undefined : whyId}
            onClick={onUnlock}
          >
            {t('okrs.agreement.unlockToEdit')}
          </button>
          {!mayAgree && <NotYours id={whyId}>{t('okrs.agreement.onlyUnlock')}</NotYours>}
        </div>
      </div>
    );
  }
  return (
    <div className="okr-agreement">
      <p className="okr-agreement-text">
        {change ? `${change} ` : ''}
        {t('okrs.agreement.lockHint')}
      </p>
      <div className="okr-agreement-action">
        <button
          type="button"
          className="button primary"
          disabled={empty || !mayAgree}
          aria-describedby={mayAgree ? undefined : whyId}
          onClick={() => setAgreed(doc, true, shownName(connection))}
        >
          {t('okrs.agreement.markAgreed')}
        </button>
        {!mayAgree && <NotYours id={whyId}>{t('okrs.agreement.onlyAgree')}</NotYours>}
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
  const t = useT();
  if (!mayAgree) {
    return (
      <ModalDialog
        title={t('okrs.agreement.readOnlyTitle')}
        onCancel={onClose}
        actions={
          <button type="button" className="button primary" data-autofocus onClick={onClose}>
            {t('okrs.agreement.ok')}
          </button>
        }
      >
        <p>{t('okrs.agreement.readOnlyText')}</p>
      </ModalDialog>
    );
  }
  return (
    <ModalDialog
      title={t('okrs.agreement.unlockTitle')}
      onCancel={onClose}
      role="alertdialog"
      actions={
        <>
          <button type="button" className="button" data-autofocus onClick={onClose}>
            {t('okrs.agreement.cancel')}
          </button>
          <button
            type="button"
            className="button primary"
            onClick={() => {
              setAgreed(doc, false, shownName(connection));
              onClose();
            }}
          >
            {t('okrs.agreement.unlock')}
          </button>
        </>
      }
    >
      <p>{t('okrs.agreement.unlockText')}</p>
    </ModalDialog>
  );
}
