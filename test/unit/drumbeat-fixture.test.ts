import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  checkInDates,
  cycleScore,
  dueThisWeek,
  keyResultStatuses,
  missingWeeks,
  objectiveProgress,
} from '../../shared/drumbeat';
import {
  createCheckIn,
  importWorkshopJson,
  readWorkshop,
  validateWorkshopJson,
  type Workshop,
} from '../../shared/model';

/**
 * The Acme sample, imported into a real Y.Doc and read back as the UI would see it. The
 * sample has no cycle dates, so the test gives it Q1 2027 with Friday check-ins (its
 * check-ins fall on Fridays).
 */
function acme(): { doc: Y.Doc; read: () => Workshop } {
  const raw = JSON.parse(
    readFileSync(new URL('../fixtures/acme-2027.json', import.meta.url), 'utf8'),
  );
  const result = validateWorkshopJson({
    ...raw,
    cycleStart: '2027-01-01',
    cycleEnd: '2027-03-31',
    checkInWeekday: 5,
  });
  if (!result.ok) throw new Error(`fixture does not validate: ${JSON.stringify(result.problems)}`);
  const doc = new Y.Doc();
  importWorkshopJson(doc, result.data);
  return { doc, read: () => readWorkshop(doc) };
}

const TODAY = '2027-01-22';

describe('drumbeat on the Acme fixture', () => {
  it('computes progress, trend and status of every key result', () => {
    const w = acme().read();
    expect(w.keyResults).toHaveLength(7);
    const statuses = keyResultStatuses(w, TODAY);
    const row = (id: string) => {
      const s = statuses.get(id)!;
      return { status: s.status, progress: s.progress.progress, trend: s.progress.trend };
    };
    expect(row('k-ftf-rate')).toEqual({ status: 'on-pace', progress: 2 / 14, trend: 'up' });
    expect(statuses.get('k-ftf-rate')!.progress.latest).toEqual({
      value: 73,
      date: '2027-01-15',
      confidence: 5,
    });
    expect(row('k-ttv')).toEqual({ status: 'on-pace', progress: 2 / 12, trend: null });
    // No check-in yet: no data, though progress shows from `current`.
    expect(row('k-repeat').status).toBe('no-data');
    expect(row('k-repeat').progress).toBeCloseTo(0.1, 10);
    expect(row('k-churn90').progress).toBeCloseTo(0.25, 10); // maintain: 2.4 → 2.3 of the way to ≤ 2
    expect(row('k-dach-pipe').progress).toBeCloseTo(0.1 / 1.7, 10);
    expect(statuses.get('k-ftf-rate')!.expected).toBeCloseTo(21 / 89, 10);
  });

  it('averages objectives and scores them against their success line', () => {
    const w = acme().read();
    expect(objectiveProgress('o-ftf', w.keyResults, w.checkIns).progress).toBeCloseTo(
      (2 / 14 + 0.1 + 0.1 / 0.6) / 3,
      10,
    );
    const scores = cycleScore(w.objectives, w.keyResults, w.checkIns);
    expect(scores.map((s) => [s.objectiveId, s.successLine, s.met])).toEqual([
      ['o-ftf', 0.7, false],
      ['o-dach', 0.7, false],
      ['o-cs-onb', 1, false],
    ]);
    expect(scores[2]!.score).toBeCloseTo((2 / 12 + 0.25) / 2, 10);
  });

  it('lists the calendar, the missing weeks and the "This week" list', () => {
    const w = acme().read();
    expect(checkInDates(w.meta)).toHaveLength(13);
    const ftf = w.keyResults.find((k) => k.id === 'k-ftf-rate')!;
    const repeat = w.keyResults.find((k) => k.id === 'k-repeat')!;
    expect(missingWeeks(ftf, w.checkIns, w.meta, TODAY)).toEqual(['2027-01-01']);
    expect(missingWeeks(repeat, w.checkIns, w.meta, TODAY)).toEqual([
      '2027-01-01',
      '2027-01-08',
      '2027-01-15',
    ]);
    expect(dueThisWeek(w.keyResults, w.checkIns, TODAY, w.meta)).toHaveLength(7);
    const dayBefore = dueThisWeek(w.keyResults, w.checkIns, '2027-01-21', w.meta).map(
      (d) => d.keyResult.id,
    );
    expect(dayBefore).toEqual([
      'k-repeat',
      'k-nps-tech',
      'k-dach-logos',
      'k-dach-pipe',
      'k-churn90',
    ]);
  });

  it('a check-in written through the model changes status and the "This week" list', () => {
    const { doc, read } = acme();
    expect(
      createCheckIn(doc, 'k-dach-pipe', {
        date: TODAY,
        value: 0.9,
        confidence: 2,
        note: 'Two deals slipped.',
      }),
    ).not.toBeNull();
    const w = read();
    const s = keyResultStatuses(w, TODAY).get('k-dach-pipe')!;
    // 6 % done where 24 % of the time has gone: behind, and the team doubts it too.
    expect(s.status).toBe('behind');
    expect(s.reasons).toEqual(['6 % done, 24 % expected by now', 'confidence 2 of 10']);
    expect(
      dueThisWeek(w.keyResults, w.checkIns, TODAY, w.meta).map((d) => d.keyResult.id),
    ).not.toContain('k-dach-pipe');
  });
});
