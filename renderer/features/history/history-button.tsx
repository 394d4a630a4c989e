import { lazy, Suspense, useState } from 'react';
import { useHistorySource } from './history-access';
import './history-button.css';
import { useT } from '../../ui/i18n';

// The view and its preview load on first use: the first screen carries only this button.
const HistoryDialog = lazy(() =>
  import('./history-dialog').then((m) => ({ default: m.HistoryDialog })),
);

/** A clock turning back (decorative: the button's name says History). */
function IconHistory() {
  return (
    <svg
      className="icon"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      <g fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
        <path d="M2.6 8a5.4 5.4 0 1 0 1.6-3.8" />
        <path d="M1.8 2.3v2.8h2.8" strokeLinejoin="round" />
        <path d="M8 4.9V8l2.1 1.4" />
      </g>
    </svg>
  );
}

/**
 * "History": opens the History view where this device may see it — the facilitator's room
 * toolbar (`placement="room"`), or the workshop header for a workshop not in a room
 * (`placement="header"`). Renders nothing elsewhere.
 */
export function HistoryButton({ placement }: { placement: 'room' | 'header' }) {
  const source = useHistorySource();
  const [open, setOpen] = useState(false);
  const t = useT();
  const local = source?.kind === 'local';
  if (!source || (placement === 'header') !== local) return null;
  return (
    <>
      {placement === 'room' ? (
        <button
          type="button"
          className="button small history-button"
          aria-label={t('guide.history')}
          title={t('guide.historyTitle')}
          onClick={() => setOpen(true)}
        >
          <IconHistory />
          <span className="history-button-label">{t('guide.history')}</span>
        </button>
      ) : (
        <button type="button" className="button quiet" onClick={() => setOpen(true)}>
          {t('guide.history')}
        </button>
      )}
      {open && (
        <Suspense fallback={null}>
          <HistoryDialog source={source} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
