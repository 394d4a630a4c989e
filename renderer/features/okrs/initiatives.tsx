import { memo, useId } from 'react';
import { linkInitiative, unlinkInitiative } from '../../../shared/model';
import { keyResultInitiatives } from '../../state/selectors';
import { useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { keptProjectChoices } from './okr-selectors';
import { useT } from '../../ui/i18n';

interface InitiativesProps {
  readonly keyResultId: string;
  readonly readOnly: boolean;
}

/**
 * "How we'll move this KR": the kept projects linked to a key result, each with Unlink, and
 * a picker offering the other projects in Keep (killed or undecided ones are not offered).
 */
export const Initiatives = memo(function Initiatives({ keyResultId, readOnly }: InitiativesProps) {
  const doc = useWorkshopDoc();
  const linked = useWorkshop((s) => keyResultInitiatives(s, keyResultId));
  const kept = useWorkshop(keptProjectChoices);
  const t = useT();
  const pickerId = useId();
  const headingId = useId();
  const offered = kept.filter((p) => !linked.includes(p.id));
  return (
    <div className="okr-initiatives">
      <h5 id={headingId} className="okr-initiatives-title">
        {t('okrs.initiatives.title')}
      </h5>
      {linked.length === 0 ? (
        <p className="okr-empty-line">{t('okrs.initiatives.none')}</p>
      ) : (
        <ul className="okr-initiative-list" aria-labelledby={headingId}>
          {linked.map((projectId) => (
            <InitiativeItem
              key={projectId}
              keyResultId={keyResultId}
              projectId={projectId}
              readOnly={readOnly}
            />
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="okr-field okr-initiative-picker">
          <label className="okr-label" htmlFor={pickerId}>
            {t('okrs.initiatives.link')}
          </label>
          <select
            id={pickerId}
            className="okr-input"
            value=""
            disabled={offered.length === 0}
            onChange={(e) => {
              if (e.target.value) linkInitiative(doc, keyResultId, e.target.value);
            }}
          >
            <option value="">
              {kept.length === 0
                ? t('okrs.initiatives.noKept')
                : offered.length === 0
                  ? t('okrs.initiatives.allLinked')
                  : t('okrs.initiatives.choose')}
            </option>
            {offered.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title.trim() || t('okrs.initiatives.untitledProject')}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
});

function InitiativeItem({
  keyResultId,
  projectId,
  readOnly,
}: {
  keyResultId: string;
  projectId: string;
  readOnly: boolean;
}) {
  const doc = useWorkshopDoc();
  const t = useT();
  const title =
    useWorkshop((s) => s.projects[projectId]?.title.trim()) ||
    t('okrs.initiatives.untitledProject');
  const column = useWorkshop((s) => s.projects[projectId]?.column);
  return (
    <li className="okr-initiative">
      <span className="okr-initiative-name">{title}</span>
      {column !== 'keep' && (
        <span className="okr-flag">
          {column === 'kill' ? t('okrs.initiatives.killed') : t('okrs.initiatives.notKept')}
        </span>
      )}
      {!readOnly && (
        <button
          type="button"
          className="button quiet okr-small"
          aria-label={t('okrs.initiatives.unlinkName', { title })}
          onClick={() => unlinkInitiative(doc, keyResultId, projectId)}
        >
          {t('okrs.initiatives.unlink')}
        </button>
      )}
    </li>
  );
}
