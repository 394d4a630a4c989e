import { useMemo, useState } from 'react';
import type { Paper } from '../../../shared/export';
import { workshopHref } from '../../ui/routes';
import { selectWorkshop } from '../../state/select-workshop';
import { useDebounced } from '../../state/use-debounced';
import { useOpenWorkshop, useWorkshop } from '../../state/workshop-context';
import { ExportControls } from './export-controls';
import { loadCsvBom, loadPaper, saveCsvBom, savePaper } from './export-preferences';
import { ExportPreview } from './export-preview';
import { loadParticipants, parseParticipants, saveParticipants } from './participants-storage';
import { useExportRunner, type ExportSettings } from './use-export-runner';
import { WhoTookPart } from './who-took-part';
import './review-page.css';
import { StepWhy } from '../../ui/step-why';
import { useT } from '../../ui/i18n';

/** Whether the room has agreed the set: prominent, because a draft should not pass as final. */
function AgreedStatus({ workshopId }: { workshopId: string }) {
  const agreed = useWorkshop((s) => s.meta.agreed);
  const t = useT();
  return agreed ? (
    <div className="agreed-status is-agreed" role="note" aria-label={t('review.agreement')}>
      <strong className="agreed-status-title">{t('review.agreedTitle')}</strong>
      <span>{t('review.agreedText')}</span>
    </div>
  ) : (
    <div className="agreed-status is-draft" role="note" aria-label={t('review.agreement')}>
      <div>
        <strong className="agreed-status-title">{t('review.draftTitle')}</strong>
        <span>{t('review.draftText')}</span>
      </div>
      <a className="button" href={workshopHref(workshopId, 'okrs')}>
        {t('review.goAgree')}
      </a>
    </div>
  );
}

/**
 * How long the preview waits after the last change: a room full of typing re-renders the
 * whole preview once per pause instead of once per keystroke.
 */
const PREVIEW_DELAY_MS = 150;

function Review({ workshopId }: { workshopId: string }) {
  const workshop = useDebounced(selectWorkshop, PREVIEW_DELAY_MS);
  const runner = useExportRunner();
  const [generatedAt] = useState(() => new Date());
  const [participantsText, setParticipantsText] = useState(() => loadParticipants(workshopId));
  const [paper, setPaper] = useState<Paper>(loadPaper);
  const [bom, setBom] = useState(loadCsvBom);
  const participants = useMemo(() => parseParticipants(participantsText), [participantsText]);
  const onParticipantsText = (text: string) => {
    setParticipantsText(text);
    saveParticipants(workshopId, text);
  };
  const settings = useMemo<ExportSettings>(
    () => ({ paper, participants, bom }),
    [paper, participants, bom],
  );

  return (
    <>
      <AgreedStatus workshopId={workshopId} />
      <div className="review-layout">
        <ExportControls
          runner={runner}
          participantsText={participantsText}
          onParticipantsText={onParticipantsText}
          paper={paper}
          onPaper={(next) => {
            setPaper(next);
            savePaper(next);
          }}
          bom={bom}
          onBom={(next) => {
            setBom(next);
            saveCsvBom(next);
          }}
          settings={settings}
          participantsPicker={
            <WhoTookPart
              workshopId={workshopId}
              participantsText={participantsText}
              onParticipantsText={onParticipantsText}
            />
          }
        />
        <ExportPreview workshop={workshop} participants={participants} generatedAt={generatedAt} />
      </div>
    </>
  );
}

/** Review & export: check what the documents will say, then export PDF, Markdown, CSV or JSON. */
export function ReviewPage() {
  const { id } = useOpenWorkshop();
  const t = useT();
  return (
    <section className="step-page review-page" aria-labelledby="step-heading">
      <h2 id="step-heading">{t('steps.review.label')}</h2>
      <p className="step-lead">{t('review.lead')}</p>
      <StepWhy step="review" />
      {/* Keyed by workshop: participants and status belong to one workshop. */}
      <Review key={id} workshopId={id} />
    </section>
  );
}
