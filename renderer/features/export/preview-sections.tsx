import { memo } from 'react';
import type { ExportContent, ProjectLine } from '../../../shared/export';
import { longDate } from '../../../shared/dates';
import { useLanguage, useT } from '../../ui/i18n';
import { PreviewEmpty, PreviewTable, PreviewText } from './preview-table';

/**
 * The cover, with the facts the PDF's cover shows: title, cycle and its dates, the date,
 * who took part (or a hint to add them), what the document holds, and the agreed status.
 */
export function PreviewCover({
  content: c,
  participants,
}: {
  content: ExportContent;
  participants: readonly string[];
}) {
  const t = useT();
  const language = useLanguage();
  const dates =
    c.cycleStart || c.cycleEnd
      ? `${longDate(c.cycleStart, language) || '…'} – ${longDate(c.cycleEnd, language) || '…'}`
      : '';
  return (
    <header className="preview-cover">
      <p className="preview-kicker">{[t('export.okrs'), c.cycle].filter(Boolean).join(' · ')}</p>
      <h4 className="preview-title">{c.title || t('review.untitledWorkshop')}</h4>
      <dl className="preview-facts">
        {dates && (
          <div>
            <dt>{t('export.cycle')}</dt>
            <dd>{dates}</dd>
          </div>
        )}
        <div>
          <dt>{t('export.date')}</dt>
          <dd>{longDate(c.generatedOn, language)}</dd>
        </div>
        <div>
          <dt>{t('export.whoTookPart')}</dt>
          <dd>
            {participants.length > 0 ? (
              participants.join(', ')
            ) : (
              <span className="preview-empty">{t('review.nobodyListed')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('export.inThisDocument')}</dt>
          <dd>
            {[
              t('export.counts.objectives', { count: c.counts.objectives }),
              t('export.counts.keyResults', { count: c.counts.keyResults }),
              t('export.counts.kept', { count: c.kept.length }),
              t('export.counts.killed', { count: c.killed.length }),
            ].join(', ')}
          </dd>
        </div>
        {c.agreed && (
          <div>
            <dt>{t('export.status')}</dt>
            <dd>✓ {t('export.agreedByRoom')}</dd>
          </div>
        )}
      </dl>
    </header>
  );
}

function BulletList({
  items,
  empty,
  label,
}: {
  items: readonly string[];
  empty: string;
  label: string;
}) {
  if (items.length === 0) return <PreviewEmpty>{empty}</PreviewEmpty>;
  return (
    <ul className="preview-list" aria-label={label}>
      {items.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ul>
  );
}

/** The strategy one-pager: purpose, vision, customers, focus areas, not doing, health metrics. */
export const PreviewOnePager = memo(function PreviewOnePager({
  onePager: p,
}: {
  onePager: ExportContent['onePager'];
}) {
  const t = useT();
  const notWritten = t('export.notWritten');
  return (
    <section className="preview-section" aria-labelledby="preview-onepager">
      <h4 id="preview-onepager">{t('steps.onepager.label')}</h4>
      <div className="preview-onepager-grid">
        <div>
          <h5>{t('onepager.purpose')}</h5>
          <PreviewText text={p.purpose} empty={notWritten} />
        </div>
        <div>
          <h5>{t('onepager.vision')}</h5>
          <PreviewText text={p.vision} empty={notWritten} />
        </div>
        <div>
          <h5>{t('onepager.customers')}</h5>
          <PreviewText text={p.customers} empty={notWritten} />
        </div>
      </div>
      <h5>{t('onepager.focusAreas')}</h5>
      {p.focusAreas.length === 0 ? (
        <PreviewEmpty>{t('export.noneYet')}</PreviewEmpty>
      ) : (
        <ol className="preview-list" aria-label={t('onepager.focusAreas')}>
          {p.focusAreas.map((f, i) => (
            <li key={i}>
              <strong>{f.title}</strong>
              {f.description && <> — {f.description}</>}
            </li>
          ))}
        </ol>
      )}
      <div className="preview-onepager-grid">
        <div>
          <h5>{t('export.willNotDo')}</h5>
          <BulletList
            items={p.notDoing}
            empty={t('export.nothingListed')}
            label={t('export.willNotDo')}
          />
        </div>
        <div>
          <h5>{t('onepager.metrics')}</h5>
          <BulletList
            items={p.metrics}
            empty={t('export.noneListed')}
            label={t('onepager.metrics')}
          />
        </div>
      </div>
    </section>
  );
});

function ProjectTable({
  caption,
  projects,
  withKeyResults,
}: {
  caption: string;
  projects: readonly ProjectLine[];
  withKeyResults: boolean;
}) {
  const t = useT();
  const header = [
    t('export.columns.project'),
    t('export.columns.team'),
    t('export.columns.focusAreas'),
    ...(withKeyResults ? [t('export.columns.moves')] : []),
    t('export.columns.why'),
  ];
  return (
    <PreviewTable caption={caption} header={header}>
      {projects.map((p, i) => (
        <tr key={i}>
          <td className="preview-wide">{p.title}</td>
          <td>{p.team}</td>
          <td>{p.focusAreas.join(', ')}</td>
          {withKeyResults && <td>{p.keyResults.join(', ')}</td>}
          <td className="preview-text">{p.rationale}</td>
        </tr>
      ))}
    </PreviewTable>
  );
}

/** Kept projects, the not-doing list (killed projects first), and anything left unsorted. */
export const PreviewProjects = memo(function PreviewProjects({
  kept,
  killed,
  notDoingLines,
  unsorted,
}: Pick<ExportContent, 'kept' | 'killed' | 'notDoingLines' | 'unsorted'>) {
  const t = useT();
  return (
    <>
      <section className="preview-section" aria-labelledby="preview-kept">
        <h4 id="preview-kept">{t('export.projectsKept')}</h4>
        {kept.length === 0 ? (
          <PreviewEmpty>{t('export.none')}</PreviewEmpty>
        ) : (
          <ProjectTable caption={t('export.projectsKept')} projects={kept} withKeyResults />
        )}
      </section>
      <section className="preview-section" aria-labelledby="preview-not-doing">
        <h4 id="preview-not-doing">{t('review.notDoing')}</h4>
        {killed.length === 0 && notDoingLines.length === 0 && (
          <PreviewEmpty>{t('export.nothingListed')}</PreviewEmpty>
        )}
        {killed.length > 0 && (
          <>
            <h5>{t('export.killed')}</h5>
            <ProjectTable caption={t('export.killed')} projects={killed} withKeyResults={false} />
          </>
        )}
        {notDoingLines.length > 0 && (
          <>
            <h5>{t('export.fromOnePager')}</h5>
            <BulletList items={notDoingLines} empty="" label={t('review.notDoingFromOnePager')} />
          </>
        )}
      </section>
      {unsorted.length > 0 && (
        <section className="preview-section preview-unsorted" aria-labelledby="preview-unsorted">
          <h4 id="preview-unsorted">{t('export.unsorted')}</h4>
          <p className="muted">{t('review.unsortedNote')}</p>
          <ProjectTable caption={t('export.unsorted')} projects={unsorted} withKeyResults={false} />
        </section>
      )}
    </>
  );
});

/** The drumbeat: the check-in calendar of the first weeks and the latest status per KR. */
export const PreviewDrumbeat = memo(function PreviewDrumbeat({
  calendar,
  status,
}: Pick<ExportContent, 'calendar' | 'status'>) {
  const t = useT();
  return (
    <section className="preview-section" aria-labelledby="preview-drumbeat">
      <h4 id="preview-drumbeat">{t('steps.drumbeat.label')}</h4>
      <h5>{t('export.calendar')}</h5>
      <p>{calendar.basis}</p>
      {calendar.weeks.length > 0 && (
        <PreviewTable
          caption={t('export.calendar')}
          header={[
            t('export.columns.week'),
            t('export.columns.checkIn'),
            t('review.checkInsRecorded'),
          ]}
        >
          {calendar.weeks.map((w) => (
            <tr key={w.week}>
              <td className="preview-number">{w.week}</td>
              <td>{w.date}</td>
              <td className="preview-number">{w.checkIns > 0 ? `✓ ${w.checkIns}` : ''}</td>
            </tr>
          ))}
        </PreviewTable>
      )}
      <h5>{t('review.latestStatus')}</h5>
      {status.length === 0 ? (
        <PreviewEmpty>{t('export.noCheckIns')}</PreviewEmpty>
      ) : (
        <PreviewTable
          caption={t('review.latestStatus')}
          header={[
            '#',
            t('export.columns.keyResult'),
            t('export.columns.latest'),
            t('review.target'),
            t('export.columns.progress'),
            t('export.columns.status'),
            t('export.columns.confidence'),
            t('export.date'),
          ]}
        >
          {/* The note gets a row of its own under its key result: as a ninth column it was
              squeezed to a word per line on a laptop. */}
          {status.map((s, i) => [
            <tr key={i} className={s.note ? 'preview-row-with-note' : undefined}>
              <td className="preview-label">{s.label}</td>
              <td className="preview-wide">{s.keyResult}</td>
              <td className="preview-number">{[s.value, s.unit].filter(Boolean).join(' ')}</td>
              <td className="preview-number">
                {s.target ? [s.target, s.unit].filter(Boolean).join(' ') : ''}
              </td>
              <td className="preview-number">{s.progress}</td>
              <td>{s.status}</td>
              <td className="preview-number">{s.confidence}</td>
              <td className="preview-number">{s.date}</td>
            </tr>,
            s.note ? (
              <tr key={`${i}-note`} className="preview-note-row">
                <td />
                <td colSpan={7} className="preview-text">
                  <span className="preview-note-label">{t('review.note')}</span>
                  {s.note}
                </td>
              </tr>
            ) : null,
          ])}
        </PreviewTable>
      )}
    </section>
  );
});
