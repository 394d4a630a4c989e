import { stepPage } from '../../../shared/guide';
import { ModalDialog } from '../../ui/modal-dialog';
import type { StepId } from '../../ui/routes';
import './guide.css';
import { useLanguage, useT } from '../../ui/i18n';

/**
 * The longer "Why this step?" page: what the step is for, in a few paragraphs for a manager
 * who has never done OKRs, and what it draws on, in the workshop's language. Shown over the step (its own route, so
 * Back closes it); the text scrolls inside and takes focus, so arrow keys read on.
 */
export function WhyPage({ step, onClose }: { step: StepId; onClose: () => void }) {
  const t = useT();
  const language = useLanguage();
  const guide = stepPage(step, language);
  return (
    <ModalDialog
      title={guide.pageTitle}
      onCancel={onClose}
      actions={
        <button type="button" className="button primary" onClick={onClose}>
          {t('guide.sheet.close2')}
        </button>
      }
    >
      <div
        className="why-page"
        tabIndex={0}
        role="region"
        aria-label={guide.pageTitle}
        data-autofocus
      >
        {guide.page.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <h3 className="why-sources-heading">{t('guide.sheet.sources')}</h3>
        <ul className="why-sources">
          {guide.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </div>
    </ModalDialog>
  );
}
