import { useCallback, useEffect } from 'react';
import { encodeOffsiteFile } from '../../shared/model/offsite-file';
import { RunSheet, WhyPageHost } from '../features/guide/run-sheet-host';
import { useRunSheetShown } from '../features/guide/run-sheet-state';
import { RunSheetToggle } from '../features/guide/run-sheet-toggle';
import { HistoryButton } from '../features/history/history-button';
import { useLocalHistoryKeeper } from '../features/history/local-history';
import { RoomStepLayer } from '../features/room/room-step-layer';
import { platform } from '../platform';
import { useOpenWorkshop } from '../state/workshop-context';
import { AgendaNav } from './agenda-nav';
import { messageOf, showError } from '../ui/notices';
import { ProblemsStatus } from './problems-status';
import {
  navigate,
  parseHash,
  replaceRoute,
  useHash,
  workshopHref,
  type StepId,
} from '../ui/routes';
import { STEP_PAGES } from './step-page';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { WorkshopHeader } from './workshop-header';
import { useLanguage, useT, useWorkshopLanguage } from '../ui/i18n';

/** A file name from a workshop title: letters, digits, spaces and dashes only. */
function fileNameFor(title: string): string {
  const base = title
    .replace(/[^\p{L}\p{N} _-]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 80);
  return `${base || 'workshop'}.offsite`;
}

/**
 * The open workshop: header, agenda, problems from other devices, the current step, the
 * facilitator's run-sheet beside it when open, and the step's "Why this step?" page over it
 * on its route (`…/<step>/why`).
 */
export function WorkshopShell({ step }: { step: StepId }) {
  const { id, doc, binding } = useOpenWorkshop();
  useUndoShortcuts(binding.undo, binding.redo);
  useWorkshopLanguage();
  const t = useT();
  const language = useLanguage();
  useLocalHistoryKeeper();
  const route = parseHash(useHash());
  const why = route.name === 'workshop' && route.step === step && route.why;
  const runSheet = useRunSheetShown();

  const save = useCallback(async () => {
    const title = binding.store.getState().meta.title;
    try {
      await platform().saveWorkshopFileAs(fileNameFor(title), encodeOffsiteFile(doc));
    } catch (error) {
      showError(t('app.saveFailed'), messageOf(error));
    }
  }, [binding, doc, t]);

  useEffect(
    () =>
      platform().onMenuCommand((command) => {
        if (command === 'undo') binding.undo();
        else if (command === 'redo') binding.redo();
        else if (command === 'save-as') void save();
        else if (command === 'export') navigate(workshopHref(id, 'review'));
      }),
    [binding, id, save],
  );

  const Page = STEP_PAGES[step];
  const label = t(`steps.${step}.label`);
  const untitled = t('app.untitled');
  useEffect(() => {
    const title = binding.store.getState().meta.title || untitled;
    document.title = `${label} · ${title} · Offsite`;
  }, [binding, label, untitled]);

  return (
    <div className={`workshop workshop-step-${step}${runSheet ? ' workshop-with-run-sheet' : ''}`}>
      <WorkshopHeader onSave={() => void save()} />
      <AgendaNav workshopId={id} current={step} after={<RunSheetToggle />} />
      <main className="workshop-main" id="main">
        <ProblemsStatus />
        <RoomStepLayer step={step} facilitatorTools={<HistoryButton placement="room" />}>
          {/* Remounted when the facilitator switches the language: text computed once and
              memoised (drag announcements, memoised rows) is computed again in it. */}
          <Page key={language} />
        </RoomStepLayer>
      </main>
      <RunSheet step={step} />
      {why && <WhyPageHost step={step} onClose={() => replaceRoute(workshopHref(id, step))} />}
    </div>
  );
}
