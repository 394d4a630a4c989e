import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { SUGGESTED_MINUTES, totalSuggestedMinutes, type Watch } from '../../../shared/guide';
import { guide as catalogue } from '../../../shared/i18n/resources/guide';
import { useOpenWorkshop } from '../../state/workshop-context';
import { IconCross, IconInfo, IconWarning } from '../../ui/icons';
import { STEPS, whyHref, workshopHref, type StepId } from '../../ui/routes';
import { ClosingChecklist } from './closing-checklist';
import { closeRunSheet, RUN_SHEET_ID } from './run-sheet-state';
import { StepTimer } from './step-timer';
import { useGuide } from './use-guide';
import './guide.css';
import { useT } from '../../ui/i18n';

/** `170` → `2 h 50 min`. */
function duration(t: TFunction, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0
    ? t('guide.sheet.minutes', { count: m })
    : m === 0
      ? t('guide.sheet.hours', { h })
      : t('guide.sheet.hoursMinutes', { h, m });
}

/** A step's numbered lines (`s1`, `s2`, … or `w1`, …): their keys, in order. */
const lineKeys = (group: Readonly<Record<string, string>>) => Object.keys(group);

/**
 * The facilitator's run-sheet, beside the step (a drawer over it on narrow screens): the
 * agenda with suggested minutes, then for the current step its time, why it exists, what
 * to say and what to watch for — live warnings read from the workshop — and the closing
 * checklist. Escape inside it closes it; focus goes to its heading when it opens and back
 * to the toggle when it closes. Loaded only when first opened (see run-sheet-host.tsx).
 */
export function RunSheetPanel({ step }: { step: StepId }) {
  const t = useT();
  const { id } = useOpenWorkshop();
  const { watches, checklist } = useGuide();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    closeRunSheet();
  };
  const index = STEPS.findIndex((s) => s.id === step);
  return (
    <aside
      id={RUN_SHEET_ID}
      className="run-sheet"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      <div className="run-sheet-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {t('guide.runSheet')}
        </h2>
        <button
          type="button"
          className="button quiet icon-button"
          aria-label={t('guide.sheet.close')}
          title={t('guide.sheet.closeTitle')}
          aria-keyshortcuts="Escape"
          onClick={closeRunSheet}
        >
          <IconCross />
        </button>
      </div>

      <section className="run-sheet-section" aria-label={t('guide.sheet.agenda')}>
        <ol className="run-sheet-agenda">
          {STEPS.map((s, i) => {
            const count = watches.filter((w) => w.step === s.id && w.severity === 'warning').length;
            return (
              <li key={s.id}>
                <a
                  className="run-sheet-agenda-link"
                  href={workshopHref(id, s.id)}
                  aria-current={s.id === step ? 'step' : undefined}
                >
                  <span className="run-sheet-agenda-number" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span className="run-sheet-agenda-label">{t(`steps.${s.id}.label`)}</span>
                  {count > 0 && (
                    <>
                      <span className="run-sheet-badge" aria-hidden="true">
                        <IconWarning />
                        {count}
                      </span>
                      <span className="visually-hidden">
                        {t('guide.sheet.warnings', { count })}
                      </span>
                    </>
                  )}
                  <span className="run-sheet-agenda-minutes">
                    {t('guide.sheet.minutes', { count: SUGGESTED_MINUTES[s.id] })}
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
        <p className="run-sheet-note">
          {t('guide.sheet.total', { duration: duration(t, totalSuggestedMinutes()) })}
        </p>
      </section>

      <CurrentStep
        step={step}
        number={index + 1}
        watches={watches.filter((w) => w.step === step)}
        workshopId={id}
      />
      <ClosingChecklist items={checklist} />
    </aside>
  );
}

interface CurrentStepProps {
  readonly step: StepId;
  readonly number: number;
  readonly watches: readonly Watch[];
  readonly workshopId: string;
}

function CurrentStep({ step, number, watches, workshopId }: CurrentStepProps) {
  const t = useT();
  const label = t(`steps.${step}.label`);
  const headingId = useId();
  const minutes = SUGGESTED_MINUTES[step];
  return (
    <section className="run-sheet-section run-sheet-step" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('guide.sheet.stepOf', { n: number, count: STEPS.length, label })}</h3>
      <p className="run-sheet-minutes">
        <strong>{t('guide.sheet.minutes', { count: minutes })}</strong> {t('guide.sheet.suggested')}{' '}
        ·{' '}
        <a href={whyHref(workshopId, step)} className="step-why-link">
          {t('guide.whyLink')}
        </a>
      </p>
      <StepTimer step={step} minutes={minutes} />

      <h4>{t('guide.sheet.say')}</h4>
      <ol className="run-sheet-say">
        {lineKeys(catalogue.en.say[step]).map((key) => (
          <li key={key}>{t(`guide.say.${step}.${key}` as 'guide.say.onepager.s1')}</li>
        ))}
      </ol>

      <h4>{t('guide.sheet.watch')}</h4>
      <div role="status" aria-label={t('guide.sheet.live', { label })} className="run-sheet-live">
        {watches.length === 0 ? (
          <p className="run-sheet-clear">{t('guide.sheet.clear')}</p>
        ) : (
          <ul className="run-sheet-warnings">
            {watches.map((w) => (
              <li key={w.id} className={`run-sheet-warning run-sheet-${w.severity}`}>
                {w.severity === 'warning' ? <IconWarning /> : <IconInfo />}
                {/* The params fill the message's placeholders; `count` where it has a plural. */}
                <span>{t(w.messageId, w.params as { count: number })}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <ul className="run-sheet-tips">
        {lineKeys(catalogue.en.tips[step]).map((key) => (
          <li key={key}>{t(`guide.tips.${step}.${key}` as 'guide.tips.onepager.w1')}</li>
        ))}
      </ul>
    </section>
  );
}
