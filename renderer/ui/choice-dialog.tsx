import { useOpenChoice } from './choice';
import { useT } from './i18n';
import { ModalDialog } from './modal-dialog';

/** Shows the question askChoice() asked, with one button per answer and Cancel. */
export function ChoiceDialog() {
  const choice = useOpenChoice();
  const t = useT();
  if (!choice) return null;
  return (
    <ModalDialog
      title={choice.title}
      onCancel={() => choice.answer(null)}
      actions={
        <>
          {choice.options.map((option, i) => (
            <button
              key={option.id}
              type="button"
              className={i === 0 ? 'button primary' : 'button'}
              onClick={() => choice.answer(option.id)}
              data-autofocus={i === 0 ? true : undefined}
            >
              {option.label}
            </button>
          ))}
          <button type="button" className="button" onClick={() => choice.answer(null)}>
            {t('dialogs.cancel')}
          </button>
        </>
      }
    >
      <p>{choice.message}</p>
    </ModalDialog>
  );
}
