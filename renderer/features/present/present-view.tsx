import { useEffect, type ComponentType } from 'react';
import type { Step } from '../../../shared/protocol/room';
import { recordTitle } from '../../state/record-title';
import { useWorkshop } from '../../state/workshop-context';
import { useRoomConnection, useRoomState, useRoomStatus } from '../../sync/room-hooks';
import { useFacilitatorStep, useStageTargets } from '../../sync/stage';
import { useBringIntoView, useHighlightRecords } from '../../ui/record-target';
import { STEPS } from '../../ui/routes';
import { PresentBoard } from './present-board';
import { PresentDrumbeatStage } from './present-meeting';
import { PresentOkrs } from './present-okrs';
import { PresentOnePager } from './present-onepager';
import { PresentReview } from './present-review';
import { PresentTimer } from './present-timer';
import { PresentVoteCount, PresentVoteResults } from './present-vote';
import { useViewerPresence } from './use-viewer-presence';
import './present.css';
import { useT, useWorkshopLanguage } from '../../ui/i18n';

const LAYOUTS: Readonly<Record<Step, ComponentType>> = {
  onepager: PresentOnePager,
  alignment: PresentBoard,
  okrs: PresentOkrs,
  review: PresentReview,
  drumbeat: PresentDrumbeatStage,
};

/** A word on the connection when it is not live: a wall should not look current when stale. */
function ConnectionNote() {
  const t = useT();
  const phase = useRoomStatus((s) => s.phase);
  if (phase === 'connected') return null;
  const text =
    phase === 'refused'
      ? t('present.refused')
      : phase === 'connecting'
        ? t('present.connecting')
        : t('present.reconnecting');
  return (
    <p className="present-connection" role="status">
      {text}
    </p>
  );
}

function SpotlightLine({ step }: { step: Step }) {
  const t = useT();
  const spotlight = useStageTargets(step).spotlight;
  const title = useWorkshop((s) => (spotlight ? recordTitle(s, spotlight) : undefined));
  if (!spotlight || title === undefined) return null;
  return <p className="present-spotlight-line">{t('present.spotlight', { title })}</p>;
}

/**
 * The presentation view: the facilitator's step as the room sees it on a wall — large,
 * read-only, following the facilitator's step, focus and spotlight, with the timer and
 * the vote. Nothing here is editable, and nothing writes to the workshop.
 */
export function PresentView() {
  // The wall speaks the workshop's language, whatever the projector's browser prefers.
  useWorkshopLanguage();
  const t = useT();
  const step = useFacilitatorStep();
  const connection = useRoomConnection();
  const voting = useRoomState().voting;
  const title = useWorkshop((s) => s.meta.title);
  const cycle = useWorkshop((s) => s.meta.cycle);
  const { spotlight, focus } = useStageTargets(step);
  useViewerPresence(connection, step);
  // A new step starts at its top; declared before the scrolls to what is pointed at, which
  // then win. (Braces: Chromium's scrollTo returns a promise, which is no effect cleanup.)
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [step]);
  useHighlightRecords([
    { ref: focus, kind: 'focus' },
    { ref: spotlight, kind: 'spotlight' },
  ]);
  useBringIntoView(focus, focus && `${step}/${focus.type}/${focus.id}`);
  // Last: arriving on a step with both, the spotlight wins the scroll.
  useBringIntoView(spotlight, spotlight && `${step}/${spotlight.type}/${spotlight.id}`);

  const index = STEPS.findIndex((s) => s.id === step);
  const label = index >= 0 ? t(`steps.${step}.label`) : '';
  const shownTitle = title.trim() || t('app.untitled');
  useEffect(() => {
    document.title = t('present.documentTitle', { step: label, title: shownTitle });
  }, [t, label, shownTitle]);

  const Layout = LAYOUTS[step];
  const results = voting?.revealed ? voting : null;
  return (
    <div className={`present present-step-${step}`}>
      <header className="present-header">
        <div className="present-heading">
          <p className="present-workshop">
            {shownTitle}
            {cycle.trim() && <span className="present-cycle"> · {cycle}</span>}
          </p>
          <p className="present-step-number">
            {t('present.stepOf', { n: index + 1, count: STEPS.length })}
          </p>
          <h1 className="present-step-title">{label}</h1>
          <SpotlightLine step={step} />
        </div>
        <div className="present-live">
          <PresentTimer />
          {voting && !voting.revealed && <PresentVoteCount voting={voting} />}
        </div>
      </header>
      <main className="present-main">
        <ConnectionNote />
        <div className="present-body">
          <div className="present-layout">
            <Layout />
          </div>
          {results && <PresentVoteResults voting={results} />}
        </div>
      </main>
    </div>
  );
}
