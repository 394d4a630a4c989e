import { useRoomRole } from '../../sync/room-hooks';
import {
  RUN_SHEET_ID,
  RUN_SHEET_TOGGLE_ID,
  setRunSheetOpen,
  useRunSheetOpen,
} from './run-sheet-state';
import './run-sheet-toggle.css';
import { useT } from '../../ui/i18n';

/** A clipboard with lines: the run-sheet. Decorative, as every icon. */
const IconRunSheet = () => (
  <svg
    className="icon"
    viewBox="0 0 16 16"
    width="1em"
    height="1em"
    aria-hidden="true"
    focusable="false"
  >
    <rect
      x="2.5"
      y="2"
      width="11"
      height="13"
      rx="1.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    />
    <rect x="5.5" y="0.8" width="5" height="2.6" rx="0.8" fill="currentColor" />
    <path
      d="M5 7h6M5 9.8h6M5 12.6h4"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
    />
  </svg>
);

/**
 * Opens and closes the run-sheet; shown to whoever runs the session (the facilitator in a
 * room, anyone on their own workshop outside one).
 */
export function RunSheetToggle() {
  const open = useRunSheetOpen();
  const role = useRoomRole();
  const t = useT();
  if (role !== 'facilitator') return null;
  return (
    <button
      type="button"
      id={RUN_SHEET_TOGGLE_ID}
      className={`button run-sheet-toggle${open ? ' run-sheet-toggle-open' : ''}`}
      aria-expanded={open}
      aria-controls={open ? RUN_SHEET_ID : undefined}
      title={t('guide.runSheetTitle')}
      onClick={() => setRunSheetOpen(!open)}
    >
      <IconRunSheet />
      <span className="run-sheet-toggle-label">{t('guide.runSheet')}</span>
    </button>
  );
}
