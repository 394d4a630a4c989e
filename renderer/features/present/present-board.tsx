import { memo, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Column } from '../../../shared/model';
import { projectFocusAreaIds } from '../../state/selectors';
import { useWorkshop } from '../../state/workshop-context';
import { useRoomSelect } from '../../sync/room-hooks';
import { presentColumnWindow } from './board-window';
import { VoteBadge } from './vote-badge';

const COLUMNS: readonly { id: Column; label: string }[] = [
  { id: 'inbox', label: 'Inbox' },
  { id: 'keep', label: 'Keep' },
  { id: 'kill', label: 'Kill' },
];

const PresentCard = memo(function PresentCard({ id }: { id: string }) {
  const project = useWorkshop((s) => s.projects[id]);
  const tags = useWorkshop((s) => projectFocusAreaIds(s, id));
  const focusAreas = useWorkshop((s) => s.focusAreas);
  if (!project) return null;
  const meta = [
    project.team.trim(),
    ...tags.map((tag) => focusAreas[tag]?.title.trim() || 'Untitled focus area'),
  ].filter(Boolean);
  return (
    <li className="present-card" data-record-type="projects" data-record-id={id}>
      <span className="present-card-title" title={project.title}>
        {project.title.trim() || 'Untitled project'}
      </span>
      <span className="present-card-meta">
        {meta.join(' · ')}
        <VoteBadge target="projects" id={id} />
      </span>
    </li>
  );
});

/**
 * How many card slots fit in a column: the list's height over a slot's, measured before
 * the first paint and again when the window changes size.
 */
function useSlots(): [RefObject<HTMLOListElement | null>, number] {
  const ref = useRef<HTMLOListElement | null>(null);
  const [slots, setSlots] = useState(0);
  useLayoutEffect(() => {
    const list = ref.current;
    if (!list) return;
    const measure = () => {
      const slot = list.querySelector<HTMLElement>('.present-card, .present-more');
      const style = getComputedStyle(list);
      const gap = parseFloat(style.rowGap) || 0;
      // Before any slot is laid out: 5.3em, the card's height in present.css.
      const height = slot?.offsetHeight || parseFloat(style.fontSize) * 5.3;
      setSlots(Math.max(1, Math.floor((list.clientHeight + gap) / (height + gap))));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, []);
  return [ref, slots];
}

function More({ count, where }: { count: number; where: 'earlier' | 'more' }) {
  if (count <= 0) return null;
  return (
    <li className="present-more">{where === 'more' ? `+ ${count} more` : `${count} earlier`}</li>
  );
}

function PresentColumn({ column, label }: { column: Column; label: string }) {
  const ids = useWorkshop((s) => s.projectIdsByColumn[column]);
  const target = useRoomSelect((s) =>
    s.spotlight?.type === 'projects'
      ? s.spotlight.id
      : s.focus?.type === 'projects'
        ? s.focus.id
        : null,
  );
  const [listRef, slots] = useSlots();
  const shown = presentColumnWindow(ids.length, slots, target ? ids.indexOf(target) : -1);
  return (
    <section className={`present-column present-column-${column}`} aria-label={label}>
      <h2 className="present-column-head">
        {label} <span className="present-column-count">{ids.length}</span>
      </h2>
      <ol className="present-card-list" ref={listRef}>
        <More count={shown.before} where="earlier" />
        {slots > 0 &&
          ids.slice(shown.start, shown.end).map((id) => <PresentCard key={id} id={id} />)}
        <More count={shown.after} where="more" />
      </ol>
    </section>
  );
}

/**
 * The board on the wall: the three columns with their counts and as many readable cards as
 * fit (never all 500: the rest is counted), the card the facilitator points at among them.
 */
export function PresentBoard() {
  return (
    <div className="present-board">
      {COLUMNS.map((c) => (
        <PresentColumn key={c.id} column={c.id} label={c.label} />
      ))}
    </div>
  );
}
