import { memo } from 'react';
import type { AlignmentLine, KeyResultRow, ObjectiveSection } from '../../../shared/export';
import { keyResultColumns } from '../../../shared/export';
import { useT } from '../../ui/i18n';
import { PreviewEmpty, PreviewTable, PreviewText } from './preview-table';

function KeyResultLine({ kr }: { kr: KeyResultRow }) {
  const t = useT();
  return (
    <tr>
      <td className="preview-label">{kr.label}</td>
      <td className="preview-wide">
        {kr.title || <span className="preview-empty">{t('review.untitledKeyResult')}</span>}
        {kr.initiatives.length > 0 && (
          <ul
            className="preview-initiatives"
            aria-label={t('review.initiativesFor', { label: kr.label })}
          >
            {kr.initiatives.map((i, n) => (
              <li key={n}>
                {i.title}
                {i.team && <span className="muted"> ({i.team})</span>}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>{kr.metric}</td>
      <td className="preview-number">{kr.baselineToTarget}</td>
      <td>{kr.unit}</td>
      <td className="preview-number">{kr.current}</td>
      <td className="preview-number">{kr.confidence}</td>
    </tr>
  );
}

function ObjectiveBlock({ objective: o }: { objective: ObjectiveSection }) {
  const t = useT();
  const header = keyResultColumns(t);
  return (
    <article className="preview-objective" aria-labelledby={`preview-${o.id}`}>
      <h5 id={`preview-${o.id}`} className="preview-objective-title">
        <span className="preview-label">{o.label}</span> {o.title || t('review.untitledObjective')}
      </h5>
      <dl className="preview-facts">
        <div>
          <dt>{t('export.level')}</dt>
          <dd>{o.level}</dd>
        </div>
        <div>
          <dt>{t('export.kind')}</dt>
          <dd>{t(`review.kinds.${o.kind}`)}</dd>
        </div>
        {o.parent !== null && (
          <div>
            <dt>{t('export.parent')}</dt>
            <dd>{o.parent}</dd>
          </div>
        )}
        {o.companyParent !== null && (
          <div>
            <dt>Company objective</dt>
            <dd>{o.companyParent}</dd>
          </div>
        )}
        {o.focusArea !== null && (
          <div>
            <dt>{t('export.focusArea')}</dt>
            <dd>{o.focusArea}</dd>
          </div>
        )}
      </dl>
      {o.description && <PreviewText text={o.description} empty="" />}
      {o.keyResults.length === 0 ? (
        <PreviewEmpty>{t('export.noKeyResults')}</PreviewEmpty>
      ) : (
        <PreviewTable caption={t('review.keyResultsOf', { label: o.label })} header={header}>
          {o.keyResults.map((kr) => (
            <KeyResultLine key={kr.id} kr={kr} />
          ))}
        </PreviewTable>
      )}
    </article>
  );
}

/** The OKRs as the document shows them: each objective's facts and key-result table. */
export const PreviewOkrs = memo(function PreviewOkrs({
  objectives,
}: {
  objectives: readonly ObjectiveSection[];
}) {
  const t = useT();
  return (
    <section className="preview-section" aria-labelledby="preview-okrs">
      <h4 id="preview-okrs">{t('export.okrs')}</h4>
      {objectives.length === 0 ? (
        <PreviewEmpty>{t('review.noObjectives')}</PreviewEmpty>
      ) : (
        objectives.map((o) => <ObjectiveBlock key={o.id} objective={o} />)
      )}
    </section>
  );
});

/** The alignment tree, depth-first, each team objective indented under its parent. */
export const PreviewAlignment = memo(function PreviewAlignment({
  lines,
}: {
  lines: readonly AlignmentLine[];
}) {
  const t = useT();
  if (lines.length === 0) return null;
  return (
    <section className="preview-section" aria-labelledby="preview-alignment">
      <h4 id="preview-alignment">{t('export.alignment')}</h4>
      <ul className="preview-tree">
        {lines.map((a, i) => (
          <li
            key={i}
            className={a.depth > 0 ? 'preview-tree-child' : undefined}
            style={{ marginInlineStart: `${Math.min(a.depth, 8) * 1.75}rem` }}
          >
            {a.label && <span className="preview-label">{a.label}</span>} {a.title}{' '}
            <span className="muted">({a.level})</span>
          </li>
        ))}
      </ul>
    </section>
  );
});
