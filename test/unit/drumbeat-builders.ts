import type { CheckIn, KeyResult, Meta } from '../../shared/model';

/** A key result with every field set; tests override what they are about. */
export function kr(patch: Partial<KeyResult> = {}): KeyResult {
  return {
    id: 'kr1',
    order: 'a0',
    objectiveId: 'o1',
    title: 'A key result',
    metric: '',
    unit: '',
    baseline: 0,
    target: 100,
    current: null,
    direction: 'increase',
    confidence: null,
    team: '',
    initiatives: [],
    ...patch,
  };
}

let next = 0;

/** A check-in of `keyResultId` (default kr1). */
export function checkIn(date: string, value: number, patch: Partial<CheckIn> = {}): CheckIn {
  next += 1;
  return {
    id: `c${String(next).padStart(4, '0')}`,
    keyResultId: 'kr1',
    date,
    value,
    confidence: 5,
    note: '',
    ...patch,
  };
}

/** Cycle settings: a 100-day cycle by default, check-ins on Fridays. */
export function meta(patch: Partial<Meta> = {}): Meta {
  return {
    id: 'w1',
    title: 'Workshop',
    cycle: '2027-Q1',
    cycleStart: '2027-01-01',
    cycleEnd: '2027-04-11',
    checkInWeekday: 5,
    schemaVersion: 1,
    agreed: true,
    agreedBy: '',
    agreedAt: 0,
    updatedAt: 0,
    ...patch,
  };
}
