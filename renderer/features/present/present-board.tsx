import { memo, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Column } from '../../../shared/model';
import { projectFocusAreaIds } from '../../state/selectors';
import { useWorkshop } from '../../state/workshop-context';
import { useRoomSelect } from '../../sync/room-hooks';
import { presentColumnWindow, type ColumnFit } from './board-window';

/** A card's and a "N more" line's heights in em: keep in step with present.css. */
const CARD_EM = 5.3;
const MORE_EM = 2.2;
import { VoteBadge } from './vote-badge';
import { useT } from '../../ui/i18n';

const COLUMNS: readonly Column[] = ['inbox', 'keep', 'kill'];

const PresentCard = memo(function PresentCard({ id }: { id: string }) {
  const t = useT();
  const project = useWorkshop((s) => s.projects[id]);
  const tags = useWorkshop((s) => projectFocusAreaIds(s, id));
  const focusAreas = useWorkshop((s) => s.focusAreas);
  if (!project) return null;
  const meta = [
    project.team.trim(),
    ...tags.map((tag) => focusAreas[tag]?.title.trim() || t('board.untitledFocus')),
  ].filter(Boolean);
  return (
    <li className="present-card" data-record-type="projects" data-record-id={id}>
      <span className="present-card-title" title={project.title}>
        {project.title.trim() || t('board.untitled')}
      </span>
      <span className="present-card-meta">
        {meta.join(' · ')}
        <VoteBadge target="projects" id={id} />
      </span>
    </li>
  );
});

/**
 * How many cards fit in a column (with no, one or two "N more" lines), from the list's
 * height and the heights of a card and a line (present.css), measured before the first
 * paint and again whenever the list changes size.
 */
function useColumnFit(): [RefObject<HTMLOListElement | null>, ColumnFit | null] {
  const ref = useRef<HTMLOListElement | null>(null);
  const [fit, setFit] = useState<ColumnFit | null>(null);
  useLayoutEffect(() => {
    const list = ref.current;
    if (!list) return;
    const measure = () => {
      const style = getComputedStyle(list);
      const em = parseFloat(style.fontSize);
      const gap = parseFloat(style.rowGap) || 0;
      const card = CARD_EM * em + gap;
      const line = MORE_EM * em + gap;
      const cards = (lines: number) =>
        Math.max(0, Math.floor((list.clientHeight + gap - lines * line) / card));
      setFit((old) => {
        const next = { all: cards(0), withOneLine: cards(1), withTwoLines: cards(2) };
        return old && old.all === next.all && old.withOneLine === next.withOneLine ? old : next;
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, []);
  return [ref, fit];
}

function More({ count, where }: { count: number; where: 'earlier' | 'more' }) {
  const t = useT();
  if (count <= 0) return null;
  return (
    <li className="present-more">
      {where === 'more' ? t('present.more', { count }) : t('present.earlier', { count })}
    </li>
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
  const [listRef, fit] = useColumnFit();
  const shown = fit
    ? presentColumnWindow(ids.length, fit, target ? ids.indexOf(target) : -1)
    : { start: 0, end: 0, before: 0, after: 0 };
  return (
    <section className={`present-column present-column-${column}`} aria-label={label}>
      <h2 className="present-column-head">
        {label} <span className="present-column-count">{ids.length}</span>
      </h2>
      <ol className="present-card-list" ref={listRef}>
        <More count={shown.before} where="earlier" />
        {ids.slice(shown.start, shown.end).map((id) => (
          <PresentCard key={id} id={id} />
        ))}
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
  const t = useT();
  return (
    <div className="present-board">
      {COLUMNS.map((c) => (
        <PresentColumn key={c} column={c} label={t(`board.columns.${c}`)} />
      ))}
    </div>
  );
}
