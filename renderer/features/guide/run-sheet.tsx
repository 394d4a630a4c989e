import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import {
  STEP_GUIDES,
  SUGGESTED_MINUTES,
  totalSuggestedMinutes,
  type Watch,
} from '../../../shared/guide';
import { useOpenWorkshop } from '../../state/workshop-context';
import { IconCross, IconInfo, IconWarning } from '../../ui/icons';
import { plural } from '../../ui/plural';
import { STEPS, whyHref, workshopHref, type StepId } from '../../ui/routes';
import { ClosingChecklist } from './closing-checklist';
import { closeRunSheet, RUN_SHEET_ID } from './run-sheet-state';
import { StepTimer } from './step-timer';
import { useGuide } from './use-guide';
import './guide.css';

/** `170` → `2 h 50 min`. */
function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/**
 * The facilitator's run-sheet, beside the step (a drawer over it on narrow screens): the
 * agenda with suggested minutes, then for the current step its time, why it exists, what
 * to say and what to watch for — live warnings read from the workshop — and the closing
 * checklist. Escape inside it closes it; focus goes to its heading when it opens and back
 * to the toggle when it closes. Loaded only when first opened (see run-sheet-host.tsx).
 */
export function RunSheetPanel({ step }: { step: StepId }) {
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
          Run-sheet
        </h2>
        <button
          type="button"
          className="button quiet icon-button"
          aria-label="Close run-sheet"
          title="Close run-sheet (Escape)"
          aria-keyshortcuts="Escape"
          onClick={closeRunSheet}
        >
          <IconCross />
        </button>
      </div>

      <section className="run-sheet-section" aria-label="Agenda and minutes">
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
                  <span className="run-sheet-agenda-label">{s.label}</span>
                  {count > 0 && (
                    <>
                      <span className="run-sheet-badge" aria-hidden="true">
                        <IconWarning />
                        {count}
                      </span>
                      <span className="visually-hidden">({plural(count, 'warning')})</span>
                    </>
                  )}
                  <span className="run-sheet-agenda-minutes">{SUGGESTED_MINUTES[s.id]} min</span>
                </a>
              </li>
            );
          })}
        </ol>
        <p className="run-sheet-note">
          {duration(totalSuggestedMinutes())} in all; plan a ten-minute break after the alignment.
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
  const guide = STEP_GUIDES[step];
  const label = STEPS[number - 1]?.label ?? '';
  const headingId = useId();
  const minutes = SUGGESTED_MINUTES[step];
  return (
    <section className="run-sheet-section run-sheet-step" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Step {number} of {STEPS.length}: {label}
      </h3>
      <p className="run-sheet-minutes">
        <strong>{minutes} min</strong> suggested ·{' '}
        <a href={whyHref(workshopId, step)} className="step-why-link">
          Why this step?
        </a>
      </p>
      <StepTimer step={step} minutes={minutes} />

      <h4>What to say</h4>
      <ol className="run-sheet-say">
        {guide.say.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>

      <h4>What to watch for</h4>
      <div role="status" aria-label={`Live warnings for ${label}`} className="run-sheet-live">
        {watches.length === 0 ? (
          <p className="run-sheet-clear">Nothing to flag in the workshop right now.</p>
        ) : (
          <ul className="run-sheet-warnings">
            {watches.map((w) => (
              <li key={w.id} className={`run-sheet-warning run-sheet-${w.severity}`}>
                {w.severity === 'warning' ? <IconWarning /> : <IconInfo />}
                <span>{w.message}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <ul className="run-sheet-tips">
        {guide.watch.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
