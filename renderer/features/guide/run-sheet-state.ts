import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { TimerState } from '../../../shared/protocol/room';
import { useRoomRole } from '../../sync/room-hooks';

/**
 * Whether the run-sheet is open, and the local countdowns it runs outside a room. Kept for
 * the app's lifetime, not per mount: the panel stays open, and a countdown keeps running,
 * while the facilitator moves between steps (each step's page mounts anew).
 */
interface RunSheetState {
  readonly open: boolean;
  /** A countdown per workshop id, on this device only (the room's timer is in the doc). */
  readonly countdowns: Readonly<Record<string, TimerState>>;
}

const store = createStore<RunSheetState>()(() => ({ open: false, countdowns: {} }));

/** The id of the toggle, where focus goes back when the run-sheet closes. */
export const RUN_SHEET_TOGGLE_ID = 'run-sheet-toggle';
/** The id of the panel, which the toggle controls. */
export const RUN_SHEET_ID = 'run-sheet';

/**
 * True while the run-sheet is shown: open, and this person runs the session. The script is
 * the facilitator's notes, so participants in a room get the "why" of each step instead.
 */
export function useRunSheetShown(): boolean {
  const open = useStore(store, (s) => s.open);
  const role = useRoomRole();
  return open && role === 'facilitator';
}

export function useRunSheetOpen(): boolean {
  return useStore(store, (s) => s.open);
}

export function setRunSheetOpen(open: boolean): void {
  store.setState({ open });
}

/** Closes the run-sheet and gives focus back to its toggle. */
export function closeRunSheet(): void {
  store.setState({ open: false });
  document.getElementById(RUN_SHEET_TOGGLE_ID)?.focus();
}

export function useCountdown(workshopId: string): TimerState | null {
  return useStore(store, (s) => s.countdowns[workshopId] ?? null);
}

export function setCountdown(workshopId: string, countdown: TimerState | null): void {
  const { [workshopId]: _old, ...rest } = store.getState().countdowns;
  store.setState({ countdowns: countdown ? { ...rest, [workshopId]: countdown } : rest });
}
