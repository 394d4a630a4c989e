import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { Finding } from '../../../shared/coach';
import {
  applyKeyResultSuggestion,
  applyObjectiveSuggestion,
  dismissFinding,
} from '../../../shared/model';
import { useOpenWorkshop } from '../../state/workshop-context';
import { AgreementBar, UnlockDialog } from './agreement-bar';
import { AlignmentTree } from './alignment-tree';
import { createCoachFindingsStore } from './coach-findings-store';
import { focusEditor } from './focus-editor';
import { createFreshObjectivesStore } from './fresh-objectives';
import { ObjectiveList } from './objective-list';
import { ObjectiveCount } from './okr-counters';
import { OkrCoach } from './okr-coach';
import { OkrsContextProvider, type OkrsPageContext } from './okrs-context';
import { PreviousCyclePanel } from './previous-cycle-panel';
import { TeamSuggestions } from './team-suggestions';
import './okrs.css';
import { StepWhy } from '../../ui/step-why';
import { useT } from '../../ui/i18n';

interface Notice {
  readonly message: string;
  readonly offerUndo: boolean;
  readonly undoLabel: string;
}

/** How long a "Deleted …" notice with its Undo button stays up. */
const NOTICE_MS = 10_000;

const isTyping = (event: KeyboardEvent) =>
  !event.ctrlKey &&
  !event.metaKey &&
  !event.altKey &&
  (event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete');

/**
 * OKR drafting: the objective and key-result editors, the alignment tree, the counters, the
 * coach, and agreeing on the set. Layout: editors on the left, tree and coach on the right
 * (below the editors on narrow screens).
 */
export function OkrsPage() {
  const { doc, binding } = useOpenWorkshop();
  const [coach] = useState(createCoachFindingsStore);
  const [fresh] = useState(createFreshObjectivesStore);
  const [unlocking, setUnlocking] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const t = useT();

  const context = useMemo<OkrsPageContext>(
    () => ({
      coach,
      fresh,
      dismiss: (finding: Finding) => {
        dismissFinding(doc, finding.rule, finding.target.id);
      },
      applySuggestion: (finding: Finding) => {
        const s = finding.suggestion;
        if (!s) return;
        const { type, id } = finding.target;
        // Its own undo step: the undo manager merges edits made within 500 ms, and a click
        // right after typing must not undo the typing with it.
        binding.undoManager.stopCapturing();
        if (type === 'keyResult' && s.keyResult) {
          applyKeyResultSuggestion(doc, id, s.keyResult, s.initiative);
        } else if (type === 'objective' && (s.objectiveTitle !== undefined || s.keyResult)) {
          applyObjectiveSuggestion(doc, id, s);
        } else return;
        binding.undoManager.stopCapturing();
        setNotice({
          message: t('okrs.applied'),
          offerUndo: true,
          undoLabel: t('okrs.undoSuggestion'),
        });
        // The draft is for editing: put the cursor in it once the editor shows it.
        focusEditor(finding.target, true);
      },
      requestUnlock: () => setUnlocking(true),
      announce: (message, offerUndo = false, undoLabel = t('okrs.undoDelete')) =>
        setNotice({ message, offerUndo, undoLabel }),
    }),
    [coach, fresh, doc, binding, t],
  );

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  // Typing into the agreed (read-only) set asks for the unlock instead of doing nothing.
  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent) => {
      const target = event.target;
      if (!binding.store.getState().meta.agreed || !isTyping(event)) return;
      if (
        (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) &&
        target.readOnly
      ) {
        event.preventDefault();
        setUnlocking(true);
      }
    },
    [binding],
  );

  return (
    <OkrsContextProvider value={context}>
      <section className="step-page okrs-page" aria-labelledby="step-heading">
        <h2 id="step-heading">{t('steps.okrs.label')}</h2>
        <p className="step-lead">{t('okrs.lead')}</p>
        <StepWhy step="okrs" />
        <div className="okrs-toolbar">
          <ObjectiveCount />
          <AgreementBar onUnlock={() => setUnlocking(true)} />
        </div>
        <PreviousCyclePanel />
        <div className="okrs-layout">
          <div className="okrs-editors" onKeyDownCapture={onKeyDownCapture}>
            <ObjectiveList />
          </div>
          <aside className="okrs-side" aria-label={t('okrs.side')}>
            <AlignmentTree />
            <OkrCoach />
          </aside>
        </div>
        <div className="okrs-notice" role="status" aria-live="polite">
          {notice && (
            <>
              <span>{notice.message}</span>
              {notice.offerUndo && (
                <button
                  type="button"
                  className="button"
                  aria-keyshortcuts="Control+Z Meta+Z"
                  onClick={() => {
                    binding.undo();
                    setNotice(null);
                  }}
                >
                  {notice.undoLabel}
                </button>
              )}
            </>
          )}
        </div>
        <TeamSuggestions />
      </section>
      {unlocking && <UnlockDialog onClose={() => setUnlocking(false)} />}
    </OkrsContextProvider>
  );
}
