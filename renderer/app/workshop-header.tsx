import { updateMeta } from '../../shared/model';
import { RoomHeaderControls } from '../features/room/room-header';
import { useStepLocked } from '../features/room/room-hooks';
import { useUndo, useWorkshop, useWorkshopDoc } from '../state/workshop-context';
import { homeHref } from '../ui/routes';

/** The workshop's title and cycle, edited in place (bound to the doc's meta), and undo/redo. */
export function WorkshopHeader({ onSave }: { onSave: () => void }) {
  const doc = useWorkshopDoc();
  const title = useWorkshop((s) => s.meta.title);
  const cycle = useWorkshop((s) => s.meta.cycle);
  const { undo, redo, canUndo, canRedo } = useUndo();
  // Title and cycle belong to the one-pager step: read-only while it is locked.
  const locked = useStepLocked('onepager');
  return (
    <header className="workshop-header">
      <a className="home-link" href={homeHref()} aria-label="All workshops">
        Offsite
      </a>
      <div className="title-fields">
        <input
          className="title-input"
          aria-label="Workshop title"
          title={title}
          value={title}
          placeholder="Untitled workshop"
          maxLength={500}
          readOnly={locked}
          onChange={(e) => updateMeta(doc, { title: e.target.value })}
        />
        <input
          className="cycle-input"
          aria-label="Cycle"
          value={cycle}
          placeholder="e.g. 2027-Q1"
          maxLength={100}
          readOnly={locked}
          onChange={(e) => updateMeta(doc, { cycle: e.target.value })}
        />
      </div>
      <RoomHeaderControls />
      <div className="header-actions">
        <button
          type="button"
          className="button quiet"
          onClick={undo}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          Undo
        </button>
        <button
          type="button"
          className="button quiet"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        >
          Redo
        </button>
        <button type="button" className="button quiet" onClick={onSave}>
          Save as…
        </button>
      </div>
    </header>
  );
}
