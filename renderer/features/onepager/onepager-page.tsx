import { DeletionNotice } from './deletion-notice';
import { FocusAreaList } from './focus-area-list';
import type { ListWords } from './list-item-row';
import { ListEditor } from './list-editor';
import { OnePagerTextField } from './one-pager-text-field';
import './onepager.css';
import { useMemo } from 'react';
import { useT } from '../../ui/i18n';
import { StepWhy } from '../../ui/step-why';

/**
 * Strategy one-pager: the strategy on one page — purpose, vision and customers as texts
 * several people type into at once, the cycle's focus areas, the not-doing list and the
 * health metrics. Laid out to be read from the back of a room.
 */
export function OnePagerPage() {
  const t = useT();
  // Memoised per language, so the memoised rows receive the same object every render.
  const notDoingWords = useMemo<ListWords>(
    () => ({
      itemLabel: t('onepager.notDoingItem'),
      itemNoun: t('onepager.notDoingNoun'),
      placeholder: t('onepager.notDoingPlaceholder'),
    }),
    [t],
  );
  const metricWords = useMemo<ListWords>(
    () => ({
      itemLabel: t('onepager.metricItem'),
      itemNoun: t('onepager.metricNoun'),
      placeholder: t('onepager.metricPlaceholder'),
    }),
    [t],
  );
  return (
    <section className="step-page onepager" aria-labelledby="step-heading">
      <h2 id="step-heading">{t('steps.onepager.label')}</h2>
      <p className="step-lead">{t('onepager.lead')}</p>
      <StepWhy step="onepager" />

      <div className="op-texts">
        <OnePagerTextField
          field="purpose"
          label={t('onepager.purpose')}
          hint={t('onepager.hints.purpose')}
          placeholder={t('onepager.purposePlaceholder')}
        />
        <OnePagerTextField
          field="vision"
          label={t('onepager.vision')}
          hint={t('onepager.hints.vision')}
          placeholder={t('onepager.visionPlaceholder')}
        />
        <OnePagerTextField
          field="customers"
          label={t('onepager.customers')}
          hint={t('onepager.hints.customers')}
          placeholder={t('onepager.customersPlaceholder')}
        />
      </div>

      <FocusAreaList />

      <div className="op-lists">
        <ListEditor
          list="notDoing"
          title={t('onepager.notDoing')}
          hint={t('onepager.hints.notDoing')}
          empty={t('onepager.notDoingEmpty')}
          addLabel={t('onepager.notDoingAdd')}
          draftLabel={t('onepager.notDoingDraft')}
          words={notDoingWords}
        />
        <ListEditor
          list="metrics"
          title={t('onepager.metrics')}
          hint={t('onepager.hints.metrics')}
          empty={t('onepager.metricsEmpty')}
          addLabel={t('onepager.metricsAdd')}
          draftLabel={t('onepager.metricsDraft')}
          words={metricWords}
        />
      </div>

      <DeletionNotice />
    </section>
  );
}
