import { useId, type ReactNode } from 'react';
import {
  COLUMNS,
  ONE_PAGER_FIELDS,
  type Column,
  type ListItem,
  type Workshop,
} from '../../../shared/model';
import { STATUS_LABEL, type Comparison, type RecordStatus } from './record-status';
import type { RestoreTarget } from './restore-targets';

type OnRestore = (target: RestoreTarget) => void;

const COLUMN_LABEL: Readonly<Record<Column, string>> = {
  inbox: 'Inbox',
  keep: 'Keep',
  kill: 'Kill',
};
const FIELD_LABEL = { purpose: 'Purpose', vision: 'Vision', customers: 'Customers' } as const;

function Status({ status }: { status: RecordStatus }) {
  if (status === 'same') return null;
  return <span className={`history-status history-status-${status}`}>{STATUS_LABEL[status]}</span>;
}

/** One record as it was: its text, its status now, and its restore button if it differs. */
function Item({
  status,
  label,
  onRestore,
  children,
}: {
  status: RecordStatus;
  /** "Restore this card": the button's name, the same on every record (a contract). */
  label: string;
  onRestore: () => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <li className={`history-item history-item-${status}`}>
      <div className="history-item-text" id={id}>
        {children}
        <Status status={status} />
      </div>
      {status !== 'same' && (
        <button type="button" className="button small" aria-describedby={id} onClick={onRestore}>
          {label}
        </button>
      )}
    </li>
  );
}

/** A step's part of the preview, with its restore button. */
function StepSection({
  title,
  onRestore,
  children,
}: {
  title: string;
  onRestore: () => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="history-step" aria-labelledby={id}>
      <header className="history-step-header">
        <h3 id={id}>{title}</h3>
        <button type="button" className="button small" aria-describedby={id} onClick={onRestore}>
          Restore this step
        </button>
      </header>
      {children}
    </section>
  );
}

function Lines({
  name,
  title,
  past,
  compare,
  onRestore,
}: {
  name: 'notDoing' | 'metrics';
  title: string;
  past: readonly ListItem[];
  compare: Comparison;
  onRestore: OnRestore;
}) {
  if (past.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul className="history-list">
        {past.map((line) => (
          <Item
            key={line.id}
            status={compare.record(name, line.id)}
            label="Restore this line"
            onRestore={() => onRestore({ kind: 'line', list: name, id: line.id, title: line.text })}
          >
            {line.text || <em>empty</em>}
          </Item>
        ))}
      </ul>
    </>
  );
}

function OnePagerPreview({ past, compare, onRestore }: PreviewProps) {
  return (
    <StepSection
      title="Strategy one-pager"
      onRestore={() => onRestore({ kind: 'step', step: 'onepager', title: 'Strategy one-pager' })}
    >
      <p className="history-meta">
        <strong>{past.meta.title || 'Untitled workshop'}</strong>
        {past.meta.cycle && <> · {past.meta.cycle}</>}
      </p>
      <ul className="history-list history-texts">
        {ONE_PAGER_FIELDS.map((field) => (
          <Item
            key={field}
            status={compare.text(field)}
            label="Restore this field"
            onRestore={() => onRestore({ kind: 'text', field, title: FIELD_LABEL[field] })}
          >
            <span className="history-field-label">{FIELD_LABEL[field]}</span>
            <span className="history-text">{past.onePager[field] || <em>empty</em>}</span>
          </Item>
        ))}
      </ul>
      {past.onePager.focusAreas.length > 0 && (
        <>
          <h4>Focus areas</h4>
          <ul className="history-list">
            {past.onePager.focusAreas.map((area) => (
              <Item
                key={area.id}
                status={compare.record('focusAreas', area.id)}
                label="Restore this focus area"
                onRestore={() => onRestore({ kind: 'focus-area', id: area.id, title: area.title })}
              >
                <span className="history-title">{area.title || 'Untitled focus area'}</span>
                {area.description && <span className="history-sub">{area.description}</span>}
              </Item>
            ))}
          </ul>
        </>
      )}
      <Lines
        name="notDoing"
        title="What we will not do"
        past={past.onePager.notDoing}
        compare={compare}
        onRestore={onRestore}
      />
      <Lines
        name="metrics"
        title="Health metrics"
        past={past.onePager.metrics}
        compare={compare}
        onRestore={onRestore}
      />
    </StepSection>
  );
}

function BoardPreview({ past, compare, onRestore }: PreviewProps) {
  return (
    <StepSection
      title="Project alignment"
      onRestore={() => onRestore({ kind: 'step', step: 'alignment', title: 'Project alignment' })}
    >
      <div className="history-columns">
        {COLUMNS.map((column) => {
          const cards = past.projects.filter((p) => p.column === column);
          return (
            <section
              key={column}
              className="history-column"
              aria-label={`${COLUMN_LABEL[column]} (as it was)`}
            >
              <h4>
                {COLUMN_LABEL[column]} <span className="history-count">{cards.length}</span>
              </h4>
              <ul className="history-list">
                {cards.map((card) => (
                  <Item
                    key={card.id}
                    status={compare.record('projects', card.id)}
                    label="Restore this card"
                    onRestore={() => onRestore({ kind: 'card', id: card.id, title: card.title })}
                  >
                    <span className="history-title">{card.title || 'Untitled project'}</span>
                    {card.team && <span className="history-sub">{card.team}</span>}
                  </Item>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </StepSection>
  );
}

function OkrsPreview({ past, compare, onRestore }: PreviewProps) {
  return (
    <StepSection
      title="OKR drafting"
      onRestore={() => onRestore({ kind: 'step', step: 'okrs', title: 'OKR drafting' })}
    >
      {past.objectives.length === 0 && <p className="history-empty">No objectives.</p>}
      <ul className="history-list">
        {past.objectives.map((objective) => {
          const krs = past.keyResults.filter((kr) => kr.objectiveId === objective.id);
          const status = compare.objective(
            objective.id,
            krs.map((kr) => kr.id),
          );
          return (
            <Item
              key={objective.id}
              status={status}
              label="Restore this objective"
              onRestore={() =>
                onRestore({ kind: 'objective', id: objective.id, title: objective.title })
              }
            >
              <span className="history-title">{objective.title || 'Untitled objective'}</span>
              {objective.team && <span className="history-sub">{objective.team}</span>}
              {krs.length > 0 && (
                <ul className="history-krs">
                  {krs.map((kr) => (
                    <li key={kr.id}>
                      {kr.title || 'Untitled key result'}
                      {kr.baseline !== null && kr.target !== null && (
                        <span className="history-sub">
                          {' '}
                          {kr.baseline} → {kr.target}
                          {kr.unit ? ` ${kr.unit}` : ''}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </Item>
          );
        })}
      </ul>
    </StepSection>
  );
}

function DrumbeatPreview({ past, compare, onRestore }: PreviewProps) {
  const changed = compare.collection('checkIns') !== 'same';
  return (
    <StepSection
      title="Drumbeat"
      onRestore={() => onRestore({ kind: 'step', step: 'drumbeat', title: 'Drumbeat' })}
    >
      <p className="history-meta">
        {past.checkIns.length === 1 ? '1 check-in' : `${past.checkIns.length} check-ins`}
        {changed && <Status status="changed" />}
      </p>
    </StepSection>
  );
}

interface PreviewProps {
  readonly past: Workshop;
  /** The point against the doc as it is now (re-made on every change of the doc). */
  readonly compare: Comparison;
  readonly onRestore: OnRestore;
}

/**
 * The workshop as it was at a point, read-only: the one-pager, the board's columns, the
 * OKRs and the drumbeat, each record marked if it was deleted or changed since, with the
 * buttons that bring back one record or one step.
 */
export function HistoryPreview(props: PreviewProps) {
  return (
    <div className="history-preview">
      <OnePagerPreview {...props} />
      <BoardPreview {...props} />
      <OkrsPreview {...props} />
      <DrumbeatPreview {...props} />
    </div>
  );
}
