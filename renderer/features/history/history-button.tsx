import { lazy, Suspense, useState } from 'react';
import { useHistorySource } from './history-access';

// The view and its preview load on first use: the first screen carries only this button.
const HistoryDialog = lazy(() =>
  import('./history-dialog').then((m) => ({ default: m.HistoryDialog })),
);

/**
 * "History": opens the History view where this device may see it — the facilitator's room
 * controls (`placement="room"`), or the workshop header for a workshop not in a room
 * (`placement="header"`). Renders nothing elsewhere.
 */
export function HistoryButton({ placement }: { placement: 'room' | 'header' }) {
  const source = useHistorySource();
  const [open, setOpen] = useState(false);
  const local = source?.kind === 'local';
  if (!source || (placement === 'header') !== local) return null;
  return (
    <>
      <button type="button" className="button quiet" onClick={() => setOpen(true)}>
        History
      </button>
      {open && (
        <Suspense fallback={null}>
          <HistoryDialog source={source} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
