import type { TimerState } from '../protocol/room';

/**
 * Milliseconds left on a step timer, as this device should show it. A running timer's truth
 * is its end time on the hub's clock; `clockOffsetMs` is how far the hub's clock is ahead
 * of this device's (`hubNow ≈ localNow + clockOffsetMs`), so every screen shows the same
 * number whatever its own clock says. Never negative; 0 without a timer.
 * @public
 */
export function timerRemainingMs(
  timer: TimerState | null,
  localNow: number,
  clockOffsetMs: number,
): number {
  if (!timer) return 0;
  const left = timer.running ? timer.endsAt - (localNow + clockOffsetMs) : timer.remainingMs;
  return Number.isFinite(left) ? Math.max(0, left) : 0;
}

/**
 * The offset of the hub's clock to this device's from one `/health` round trip (NTP's
 * midpoint estimate): the hub wrote `hubTime` about halfway between sending and receiving.
 * @public
 */
export function clockOffsetMs(
  localSentAt: number,
  localReceivedAt: number,
  hubTime: number,
): number {
  return hubTime - (localSentAt + localReceivedAt) / 2;
}

/**
 * A timer's time left as `m:ss`, rounded up to the second (a timer never shows 0:00 while
 * time is left).
 * @public
 */
export function formatTimerRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
