import { useId } from 'react';
import { renameCycle } from '../../shared/cycle-name';
import { updateMeta } from '../../shared/model';
import { HistoryButton } from '../features/history/history-button';
import { RoomPeopleControls, RoomStatusControl } from '../features/room/room-header';
import { useStepLocked } from '../features/room/room-hooks';
import { useOpenWorkshop, useUndo, useWorkshop, useWorkshopDoc } from '../state/workshop-context';
import { IconHome, IconMenu, IconRedo, IconUndo } from '../ui/icons';
import { homeHref } from '../ui/routes';
import { usePopover } from '../ui/use-popover';
import { useT } from '../ui/i18n';
import { LanguageSelect } from './language-select';

/**
 * The workshop's header, one row: the way home, the title and cycle edited in place (bound
 * to the doc's meta), the room's status, people and panel, undo/redo and "Save as…".
 */
export function WorkshopHeader({ onSave }: { onSave: () => void }) {
  const doc = useWorkshopDoc();
  const title = useWorkshop((s) => s.meta.title);
  const cycle = useWorkshop((s) => s.meta.cycle);
  const { store } = useOpenWorkshop().binding;
  const { undo, redo, canUndo, canRedo } = useUndo();
  const t = useT();
  // Title and cycle belong to the one-pager step: read-only while it is locked.
  const locked = useStepLocked('onepager');
  // The cycle's dates are the Drumbeat's: a rename carries them along only while it is writable.
  const datesLocked = useStepLocked('drumbeat');
  // "Workshop menu": on a phone the header keeps the way home, the title and the pill, and
  // the rest opens from this button. Wider, the button is hidden and the same controls sit
  // in the header's row (CSS only: one copy of each control).
  const menu = usePopover<HTMLDivElement>();
  const menuId = useId();
  return (
    <header className="workshop-header">
      <a
        className="home-link"
        href={homeHref()}
        aria-label={t('app.allWorkshops')}
        title={t('app.allWorkshops')}
      >
        <span className="home-link-text">Offsite</span>
        <span className="home-link-icon">
          <IconHome />
        </span>
      </a>
      <input
        className="title-input"
        aria-label={t('app.workshopTitle')}
        // The whole title on hover where the field shows it cut with an ellipsis.
        title={title}
        value={title}
        placeholder={t('app.untitled')}
        maxLength={500}
        readOnly={locked}
        onChange={(e) => updateMeta(doc, { title: e.target.value })}
      />
      <RoomStatusControl />
      <div className="header-menu" ref={menu.ref}>
        <button
          type="button"
          className="button quiet header-menu-button icon-button"
          aria-expanded={menu.open}
          aria-controls={menuId}
          aria-label={t('app.workshopMenu')}
          onClick={() => menu.setOpen((o) => !o)}
        >
          <IconMenu />
        </button>
        <div className={`header-more${menu.open ? ' header-more-open' : ''}`} id={menuId}>
          <input
            className="cycle-input"
            aria-label={t('app.cycle')}
            value={cycle}
            placeholder={t('app.cyclePlaceholder')}
            maxLength={100}
            readOnly={locked}
            // A name such as "2027-Q2" also sets the cycle's dates, unless someone typed them.
            onChange={(e) =>
              updateMeta(doc, renameCycle(store.getState().meta, e.target.value, { datesLocked }))
            }
          />
          <LanguageSelect />
          <RoomPeopleControls />
          <div className="header-actions">
            <button
              type="button"
              className="button quiet icon-button"
              onClick={undo}
              disabled={!canUndo}
              aria-label={t('app.undo')}
              title={t('app.undoTitle')}
              aria-keyshortcuts="Control+Z Meta+Z"
            >
              <IconUndo />
              <span className="header-menu-label">{t('app.undo')}</span>
            </button>
            <button
              type="button"
              className="button quiet icon-button"
              onClick={redo}
              disabled={!canRedo}
              aria-label={t('app.redo')}
              title={t('app.redoTitle')}
              aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
            >
              <IconRedo />
              <span className="header-menu-label">{t('app.redo')}</span>
            </button>
            <HistoryButton placement="header" />
            <button type="button" className="button quiet" onClick={onSave}>
              {t('app.saveAs')}
            </button>
          </div>
        </div>
      </div>
    </header>
  );
}
