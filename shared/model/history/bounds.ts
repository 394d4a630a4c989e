import type { HistoryPoint } from './points';
import type { PointChain } from './points';

/**
 * How much history is kept. Recent history is dense and old history sparse, as in backup
 * schedules: every point of the last hour, then the newest point of each hour for a day,
 * then the newest of each day. A point taken right before a large deletion is the one most
 * worth having, so those are kept for a week whatever their hour (at most `beforeDeleteKept`
 * of them). On top, a byte budget and a count: over either, the oldest points go first.
 * @public
 */
export interface HistoryBounds {
  /** Every point younger than this is kept (ms). */
  readonly allFor: number;
  /** Then one point per hour, up to this age (ms); one per day after. */
  readonly hourlyFor: number;
  /** Points taken before a deletion are kept this long (ms)… */
  readonly beforeDeleteFor: number;
  /** …the newest this many of them. */
  readonly beforeDeleteKept: number;
  /** At most this many points… */
  readonly maxPoints: number;
  /** …and this many bytes of stored updates (the newest point is kept even if larger). */
  readonly maxBytes: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const DEFAULT_HISTORY_BOUNDS: HistoryBounds = {
  allFor: HOUR,
  hourlyFor: DAY,
  beforeDeleteFor: 7 * DAY,
  beforeDeleteKept: 50,
  maxPoints: 1000,
  maxBytes: 16 * 1024 * 1024,
};

/**
 * Which points the schedule keeps at `now` (true per point, oldest first). The newest point
 * in each hour (or day) bucket stands for that bucket; buckets are aligned to UTC.
 */
export function scheduledPoints(
  points: readonly Pick<HistoryPoint, 'at' | 'kind'>[],
  now: number,
  bounds: HistoryBounds = DEFAULT_HISTORY_BOUNDS,
): boolean[] {
  const keep = points.map(() => false);
  const newestInBucket = new Map<string, number>();
  points.forEach((point, i) => {
    const age = now - point.at;
    if (age <= bounds.allFor) keep[i] = true;
    else {
      const bucket =
        age <= bounds.hourlyFor
          ? `h${Math.floor(point.at / HOUR)}`
          : `d${Math.floor(point.at / DAY)}`;
      newestInBucket.set(bucket, i);
    }
  });
  for (const i of newestInBucket.values()) keep[i] = true;
  let beforeDelete = 0;
  for (let i = points.length - 1; i >= 0; i--) {
    const point = points[i]!;
    if (point.kind !== 'before-delete' || now - point.at > bounds.beforeDeleteFor) continue;
    if (beforeDelete++ < bounds.beforeDeleteKept) keep[i] = true;
  }
  if (points.length) keep[points.length - 1] = true;
  return keep;
}

/**
 * Thins `chain` to the schedule at `now`, then drops the oldest points while it holds more
 * than `maxPoints` or `maxBytes`. Returns how many points went.
 */
export function thinChain(
  chain: PointChain,
  now: number,
  bounds: HistoryBounds = DEFAULT_HISTORY_BOUNDS,
): number {
  const keep = scheduledPoints(chain.points, now, bounds);
  let dropped = chain.retain((_, i) => keep[i]!);
  while (chain.length > 1 && (chain.length > bounds.maxPoints || chain.bytes > bounds.maxBytes))
    dropped += chain.retain((_, i) => i !== 0);
  return dropped;
}
