import { useId, type ReactNode } from 'react';
import { COLUMNS, ONE_PAGER_FIELDS, type ListItem, type Workshop } from '../../../shared/model';
import { useT } from '../../ui/i18n';
import type { Comparison, RecordStatus } from './record-status';
import type { RestoreTarget } from './restore-targets';

type OnRestore = (target: RestoreTarget) => void;

/** The restore buttons' names, by catalogue key. */
type RestoreLabel =
  | 'history.restoreLine'
  | 'history.restoreField'
  | 'history.restoreFocusArea'
  | 'history.restoreCard'
  | 'history.restoreObjective';

function Status({ status }: { status: RecordStatus }) {
  const t = useT();
  if (status === 'same') return null;
  return (
    <span className={`history-status history-status-${status}`}>
      {t(`history.status.${status}`)}
    </span>
  );
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
  label: RestoreLabel;
  onRestore: () => void;
  children: ReactNode;
}) {
  const id = useId();
  const t = useT();
  return (
    <li className={`history-item history-item-${status}`}>
      <div className="history-item-text" id={id}>
        {children}
        <Status status={status} />
      </div>
      {status !== 'same' && (
        <button type="button" className="button small" aria-describedby={id} onClick={onRestore}>
          {t(label)}
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
  const t = useT();
  return (
    <section className="history-step" aria-labelledby={id}>
      <header className="history-step-header">
        <h3 id={id}>{title}</h3>
        <button type="button" className="button small" aria-describedby={id} onClick={onRestore}>
          {t('history.restoreStep')}
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
  const t = useT();
  if (past.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul className="history-list">
        {past.map((line) => (
          <Item
            key={line.id}
            status={compare.record(name, line.id)}
            label="history.restoreLine"
            onRestore={() => onRestore({ kind: 'line', list: name, id: line.id, title: line.text })}
          >
            {line.text || <em>{t('history.empty')}</em>}
          </Item>
        ))}
      </ul>
    </>
  );
}

function OnePagerPreview({ past, compare, onRestore }: PreviewProps) {
  const t = useT();
  const title = t('steps.onepager.label');
  return (
    <StepSection
      title={title}
      onRestore={() => onRestore({ kind: 'step', step: 'onepager', title })}
    >
      <p className="history-meta">
        <strong>{past.meta.title || t('history.untitledWorkshop')}</strong>
        {past.meta.cycle && <> · {past.meta.cycle}</>}
      </p>
      <ul className="history-list history-texts">
        {ONE_PAGER_FIELDS.map((field) => (
          <Item
            key={field}
            status={compare.text(field)}
            label="history.restoreField"
            onRestore={() => onRestore({ kind: 'text', field, title: t(`onepager.${field}`) })}
          >
            <span className="history-field-label">{t(`onepager.${field}`)}</span>
            <span className="history-text">
              {past.onePager[field] || <em>{t('history.empty')}</em>}
            </span>
          </Item>
        ))}
      </ul>
      {past.onePager.focusAreas.length > 0 && (
        <>
          <h4>{t('onepager.focusAreas')}</h4>
          <ul className="history-list">
            {past.onePager.focusAreas.map((area) => (
              <Item
                key={area.id}
                status={compare.record('focusAreas', area.id)}
                label="history.restoreFocusArea"
                onRestore={() => onRestore({ kind: 'focus-area', id: area.id, title: area.title })}
              >
                <span className="history-title">
                  {area.title || t('history.untitledFocusArea')}
                </span>
                {area.description && <span className="history-sub">{area.description}</span>}
              </Item>
            ))}
          </ul>
        </>
      )}
      <Lines
        name="notDoing"
        title={t('history.willNotDo')}
        past={past.onePager.notDoing}
        compare={compare}
        onRestore={onRestore}
      />
      <Lines
        name="metrics"
        title={t('onepager.metrics')}
        past={past.onePager.metrics}
        compare={compare}
        onRestore={onRestore}
      />
    </StepSection>
  );
}

function BoardPreview({ past, compare, onRestore }: PreviewProps) {
  const t = useT();
  const title = t('steps.alignment.label');
  return (
    <StepSection
      title={title}
      onRestore={() => onRestore({ kind: 'step', step: 'alignment', title })}
    >
      <div className="history-columns">
        {COLUMNS.map((column) => {
          const cards = past.projects.filter((p) => p.column === column);
          return (
            <section
              key={column}
              className="history-column"
              aria-label={t('history.column', { column: t(`board.columns.${column}`) })}
            >
              <h4>
                {t(`board.columns.${column}`)} <span className="history-count">{cards.length}</span>
              </h4>
              <ul className="history-list">
                {cards.map((card) => (
                  <Item
                    key={card.id}
                    status={compare.record('projects', card.id)}
                    label="history.restoreCard"
                    onRestore={() => onRestore({ kind: 'card', id: card.id, title: card.title })}
                  >
                    <span className="history-title">
                      {card.title || t('history.untitledProject')}
                    </span>
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
  const t = useT();
  const title = t('steps.okrs.label');
  return (
    <StepSection title={title} onRestore={() => onRestore({ kind: 'step', step: 'okrs', title })}>
      {past.objectives.length === 0 && <p className="history-empty">{t('history.noObjectives')}</p>}
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
              label="history.restoreObjective"
              onRestore={() =>
                onRestore({ kind: 'objective', id: objective.id, title: objective.title })
              }
            >
              <span className="history-title">
                {objective.title || t('history.untitledObjective')}
              </span>
              {objective.team && <span className="history-sub">{objective.team}</span>}
              {krs.length > 0 && (
                <ul className="history-krs">
                  {krs.map((kr) => (
                    <li key={kr.id}>
                      {kr.title || t('history.untitledKeyResult')}
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
  const t = useT();
  const title = t('steps.drumbeat.label');
  return (
    <StepSection
      title={title}
      onRestore={() => onRestore({ kind: 'step', step: 'drumbeat', title })}
    >
      <p className="history-meta">
        {t('history.checkIns', { count: past.checkIns.length })}
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
