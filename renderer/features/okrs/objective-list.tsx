import { createObjective } from '../../../shared/model';
import { useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { focusEditor } from './focus-editor';
import { markFresh } from './fresh-objectives';
import { ObjectiveEditor } from './objective-editor';
import { useOkrsPage } from './okrs-context';
import { useT } from '../../ui/i18n';

/** The objectives in order, each its own memoised editor, and "Add objective". */
export function ObjectiveList() {
  const doc = useWorkshopDoc();
  const ids = useWorkshop((s) => s.objectiveIds);
  const readOnly = useWorkshop((s) => s.meta.agreed);
  const { fresh } = useOkrsPage();
  const t = useT();
  const add = () => {
    const id = createObjective(doc);
    markFresh(fresh, id);
    focusEditor({ type: 'objective', id }, true);
  };
  return (
    <div className="okr-objectives">
      {ids.length === 0 && (
        <div className="okr-empty">
          <p className="okr-empty-title">{t('okrs.emptyTitle')}</p>
          <p>{t('okrs.emptyText')}</p>
        </div>
      )}
      {ids.map((id) => (
        <ObjectiveEditor key={id} id={id} />
      ))}
      {!readOnly && (
        <button type="button" className="button primary large okr-add-objective" onClick={add}>
          {t('okrs.addObjective')}
        </button>
      )}
    </div>
  );
}
