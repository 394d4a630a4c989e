import { memo, useId } from 'react';
import { linkInitiative, unlinkInitiative } from '../../../shared/model';
import { keyResultInitiatives } from '../../state/selectors';
import { useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { keptProjectChoices } from './okr-selectors';

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
  const pickerId = useId();
  const headingId = useId();
  const offered = kept.filter((p) => !linked.includes(p.id));
  return (
    <div className="okr-initiatives">
      <h5 id={headingId} className="okr-initiatives-title">
        How we’ll move this KR
      </h5>
      {linked.length === 0 ? (
        <p className="okr-empty-line">No initiatives linked yet.</p>
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
            Link a kept project
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
                ? 'No kept projects yet — keep some on the alignment board'
                : offered.length === 0
                  ? 'Every kept project is linked'
                  : 'Choose a kept project…'}
            </option>
            {offered.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title.trim() || 'Untitled project'}
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
  const title = useWorkshop((s) => s.projects[projectId]?.title.trim() || 'Untitled project');
  const column = useWorkshop((s) => s.projects[projectId]?.column);
  return (
    <li className="okr-initiative">
      <span className="okr-initiative-name">{title}</span>
      {column !== 'keep' && (
        <span className="okr-flag">
          {column === 'kill' ? 'killed on the board' : 'no longer kept'}
        </span>
      )}
      {!readOnly && (
        <button
          type="button"
          className="button quiet okr-small"
          aria-label={`Unlink ${title}`}
          onClick={() => unlinkInitiative(doc, keyResultId, projectId)}
        >
          Unlink
        </button>
      )}
    </li>
  );
}
