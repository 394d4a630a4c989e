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

/** Whether the room has agreed the set: prominent, because a draft should not pass as final. */
function AgreedStatus({ workshopId }: { workshopId: string }) {
  const agreed = useWorkshop((s) => s.meta.agreed);
  return agreed ? (
    <div className="agreed-status is-agreed" role="note" aria-label="Agreement">
      <strong className="agreed-status-title">✓ Agreed</strong>
      <span>The room agreed this set of OKRs. The documents say so on their cover.</span>
    </div>
  ) : (
    <div className="agreed-status is-draft" role="note" aria-label="Agreement">
      <div>
        <strong className="agreed-status-title">Draft — not yet agreed</strong>
        <span>Exports work now. Agree the set in OKR drafting when the room is ready.</span>
      </div>
      <a className="button" href={workshopHref(workshopId, 'okrs')}>
        Go to OKR drafting to agree
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
  return (
    <section className="step-page review-page" aria-labelledby="step-heading">
      <h2 id="step-heading">Review &amp; export</h2>
      <p className="step-lead">
        Agree the set together, then take it home as a print-ready PDF, Markdown, CSV or JSON.
      </p>
      <StepWhy step="review" />
      {/* Keyed by workshop: participants and status belong to one workshop. */}
      <Review key={id} workshopId={id} />
    </section>
  );
}
