import { useWorkshop } from '../../state/workshop-context';
import { PresentOkrs } from './present-okrs';

/** Review: the set the room agrees on, and whether it is agreed; the projects' outcome. */
export function PresentReview() {
  const agreed = useWorkshop((s) => s.meta.agreed);
  const kept = useWorkshop((s) => s.projectIdsByColumn.keep.length);
  const killed = useWorkshop((s) => s.projectIdsByColumn.kill.length);
  return (
    <div className="present-review">
      <p className={`present-agreement${agreed ? ' present-agreed' : ''}`} role="status">
        {agreed ? '✓ Agreed by the room' : 'Not agreed yet'}
        <span className="present-review-projects">
          {' '}
          · {kept} {kept === 1 ? 'project' : 'projects'} kept, {killed} killed
        </span>
      </p>
      <PresentOkrs />
    </div>
  );
}
