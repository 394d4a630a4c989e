import { useT } from './i18n';
import { ModalDialog } from './modal-dialog';
import { dismissError, useErrorNotice } from './notices';

/** Shows the current error notice, with every problem as its own line. */
export function ErrorDialog() {
  const error = useErrorNotice();
  const t = useT();
  if (!error) return null;
  return (
    <ModalDialog
      title={error.title}
      role="alertdialog"
      onCancel={dismissError}
      actions={
        <button type="button" className="button primary" onClick={dismissError} data-autofocus>
          {t('widgets.close')}
        </button>
      }
    >
      <p>{error.message}</p>
      {error.details.length > 0 && (
        <ul className="problem-list" aria-label={t('widgets.problems')}>
          {error.details.map((line, i) => (
            <li key={i}>
              <code>{line}</code>
            </li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
