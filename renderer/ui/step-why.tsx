import { useOpenWorkshop } from '../state/workshop-context';
import { whyHref, type StepId } from './routes';
import './step-why.css';
import { useT } from './i18n';

/**
 * Why a step exists, in two sentences under its heading, for someone who has never done
 * OKRs, with a link to the longer page. A link, not a button: a locked step sits in a
 * disabled fieldset, which disables every button in it, and reading is never locked.
 */
export function StepWhy({ step }: { step: StepId }) {
  const { id } = useOpenWorkshop();
  const t = useT();
  return (
    <p className="step-why">
      <span className="step-why-text">{t(`guide.why.${step}`)}</span>{' '}
      <a className="step-why-link" href={whyHref(id, step)}>
        {t('guide.whyLink')}
      </a>
    </p>
  );
}
