import { useWorkshop } from '../../state/workshop-context';
import { PresentOkrs } from './present-okrs';
import { useT } from '../../ui/i18n';

/** Review: the set the room agrees on, and whether it is agreed; the projects' outcome. */
export function PresentReview() {
  const t = useT();
  const agreed = useWorkshop((s) => s.meta.agreed);
  const kept = useWorkshop((s) => s.projectIdsByColumn.keep.length);
  const killed = useWorkshop((s) => s.projectIdsByColumn.kill.length);
  return (
    <div className="present-review">
      <p className={`present-agreement${agreed ? ' present-agreed' : ''}`} role="status">
        {agreed ? t('present.agreed') : t('present.notAgreed')}
        <span className="present-review-projects">
          {t('present.projects', { count: kept, killed })}
        </span>
      </p>
      <PresentOkrs />
    </div>
  );
}
