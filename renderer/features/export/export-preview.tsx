import { useMemo } from 'react';
import { exportContent } from '../../../shared/export';
import type { Workshop } from '../../../shared/model';
import { useT } from '../../ui/i18n';
import { PreviewAlignment, PreviewOkrs } from './preview-okrs';
import {
  PreviewCover,
  PreviewDrumbeat,
  PreviewOnePager,
  PreviewProjects,
} from './preview-sections';

/**
 * What will be exported, as calm HTML. It renders `exportContent(w)` — the one content model
 * the PDF and the Markdown render too — so the preview cannot disagree with the files.
 * The sections are memoised on their part of the content: typing participant names
 * re-renders the cover only.
 */
export function ExportPreview({
  workshop,
  participants,
  generatedAt,
}: {
  workshop: Workshop;
  participants: readonly string[];
  generatedAt: Date;
}) {
  const t = useT();
  const content = useMemo(() => exportContent(workshop, { generatedAt }), [workshop, generatedAt]);
  return (
    <section className="export-preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading" className="export-preview-heading">
        {t('review.preview')}
        <span className="muted">{t('review.previewNote')}</span>
      </h3>
      <div className="preview-document">
        <PreviewCover content={content} participants={participants} />
        <PreviewOnePager onePager={content.onePager} />
        <PreviewOkrs objectives={content.objectives} />
        <PreviewAlignment lines={content.alignment} />
        <PreviewProjects
          kept={content.kept}
          killed={content.killed}
          notDoingLines={content.notDoingLines}
          unsorted={content.unsorted}
        />
        <PreviewDrumbeat calendar={content.calendar} status={content.status} />
      </div>
    </section>
  );
}
