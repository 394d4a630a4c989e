import { useT } from '../../ui/i18n';
import { ModalDialog } from '../../ui/modal-dialog';

interface Props {
  readonly title: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Asks before deleting a local workshop; Cancel has the focus, so Enter does no harm. */
export function ConfirmDeleteDialog({ title, onConfirm, onCancel }: Props) {
  const t = useT();
  return (
    <ModalDialog
      title={t('home.confirmDelete.title')}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} data-autofocus>
            {t('home.confirmDelete.cancel')}
          </button>
          <button type="button" className="button danger" onClick={onConfirm}>
            {t('home.confirmDelete.delete')}
          </button>
        </>
      }
    >
      <p>{t('home.confirmDelete.body', { title: title || t('app.untitled') })}</p>
    </ModalDialog>
  );
}
