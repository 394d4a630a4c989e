import { memo } from 'react';
import type { ExportContent, ProjectLine } from '../../../shared/export';
import { longDate } from '../../../shared/dates';
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
  const dates =
    c.cycleStart || c.cycleEnd
      ? `${longDate(c.cycleStart) || '…'} – ${longDate(c.cycleEnd) || '…'}`
      : '';
  return (
    <header className="preview-cover">
      <p className="preview-kicker">{['OKRs', c.cycle].filter(Boolean).join(' · ')}</p>
      <h4 className="preview-title">{c.title || 'Untitled workshop'}</h4>
      <dl className="preview-facts">
        {dates && (
          <div>
            <dt>Cycle</dt>
            <dd>{dates}</dd>
          </div>
        )}
        <div>
          <dt>Date</dt>
          <dd>{longDate(c.generatedOn)}</dd>
        </div>
        <div>
          <dt>Who took part</dt>
          <dd>
            {participants.length > 0 ? (
              participants.join(', ')
            ) : (
              <span className="preview-empty">Nobody listed — add names under Participants.</span>
            )}
          </dd>
        </div>
        <div>
          <dt>In this document</dt>
          <dd>
            {[
              count(c.counts.objectives, 'objective', 'objectives'),
              count(c.counts.keyResults, 'key result', 'key results'),
              count(c.kept.length, 'project kept', 'projects kept'),
              count(c.killed.length, 'project stopped', 'projects stopped'),
            ].join(', ')}
          </dd>
        </div>
        {c.agreed && (
          <div>
            <dt>Status</dt>
            <dd>✓ Agreed by the room</dd>
          </div>
        )}
      </dl>
    </header>
  );
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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
  return (
    <section className="preview-section" aria-labelledby="preview-onepager">
      <h4 id="preview-onepager">Strategy one-pager</h4>
      <div className="preview-onepager-grid">
        <div>
          <h5>Purpose</h5>
          <PreviewText text={p.purpose} empty="Not written yet." />
        </div>
        <div>
          <h5>Vision</h5>
          <PreviewText text={p.vision} empty="Not written yet." />
        </div>
        <div>
          <h5>Customers</h5>
          <PreviewText text={p.customers} empty="Not written yet." />
        </div>
      </div>
      <h5>Focus areas</h5>
      {p.focusAreas.length === 0 ? (
        <PreviewEmpty>None yet.</PreviewEmpty>
      ) : (
        <ol className="preview-list" aria-label="Focus areas">
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
          <h5>What we will not do</h5>
          <BulletList items={p.notDoing} empty="Nothing listed." label="What we will not do" />
        </div>
        <div>
          <h5>Health metrics</h5>
          <BulletList items={p.metrics} empty="None listed." label="Health metrics" />
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
  const header = withKeyResults
    ? ['Project', 'Team', 'Focus areas', 'Moves', 'Why']
    : ['Project', 'Team', 'Focus areas', 'Why'];
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
  return (
    <>
      <section className="preview-section" aria-labelledby="preview-kept">
        <h4 id="preview-kept">Projects we keep</h4>
        {kept.length === 0 ? (
          <PreviewEmpty>None.</PreviewEmpty>
        ) : (
          <ProjectTable caption="Projects we keep" projects={kept} withKeyResults />
        )}
      </section>
      <section className="preview-section" aria-labelledby="preview-not-doing">
        <h4 id="preview-not-doing">Not doing</h4>
        {killed.length === 0 && notDoingLines.length === 0 && (
          <PreviewEmpty>Nothing listed.</PreviewEmpty>
        )}
        {killed.length > 0 && (
          <>
            <h5>Killed projects</h5>
            <ProjectTable caption="Killed projects" projects={killed} withKeyResults={false} />
          </>
        )}
        {notDoingLines.length > 0 && (
          <>
            <h5>From the one-pager</h5>
            <BulletList items={notDoingLines} empty="" label="Not doing, from the one-pager" />
          </>
        )}
      </section>
      {unsorted.length > 0 && (
        <section className="preview-section preview-unsorted" aria-labelledby="preview-unsorted">
          <h4 id="preview-unsorted">Not yet sorted</h4>
          <p className="muted">
            These projects are still in the Inbox. Sort them into Keep or Kill in Project alignment,
            or they go out as “not yet sorted”.
          </p>
          <ProjectTable caption="Not yet sorted" projects={unsorted} withKeyResults={false} />
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
  return (
    <section className="preview-section" aria-labelledby="preview-drumbeat">
      <h4 id="preview-drumbeat">Drumbeat</h4>
      <h5>Check-in calendar</h5>
      <p>{calendar.basis}</p>
      {calendar.weeks.length > 0 && (
        <PreviewTable
          caption="Check-in calendar"
          header={['Week', 'Check-in', 'Check-ins recorded']}
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
      <h5>Latest status</h5>
      {status.length === 0 ? (
        <PreviewEmpty>No check-ins yet.</PreviewEmpty>
      ) : (
        <PreviewTable
          caption="Latest status"
          header={[
            '#',
            'Key result',
            'Latest',
            'Target',
            'Progress',
            'Status',
            'Confidence',
            'Date',
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
                  <span className="preview-note-label">Note: </span>
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
