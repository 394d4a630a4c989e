import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { analyseWorkshop } from '../../shared/coach';
import { checkInWeeks, keyResultWeeks } from '../../shared/drumbeat';
import { dayNumber, weekdayOf } from '../../shared/dates';
import {
  rebaseSampleDates,
  SAMPLE_WEEKS_IN,
  STEP_GUIDES,
  SUGGESTED_MINUTES,
} from '../../shared/guide';
import { readWorkshop } from '../../shared/model';
import {
  importWorkshopJson,
  validateWorkshopJson,
  type WorkshopJson,
} from '../../shared/model/interchange';
import schema from '../../shared/model/interchange/workshop.schema.json';
import { STEPS } from '../../shared/protocol/room';
import sample from '../../renderer/features/home/sample/acme-field-service.json';
import * as Y from 'yjs';

const data = sample as WorkshopJson;

/**
 * The sample workshop the home screen opens ("Try the sample workshop"): valid against the
 * interchange JSON Schema (by ajv, independently of the app's validator) and the app's own
 * validator, complete (every step has content), good practice (the coach finds nothing),
 * and moved in time so that it is always three weeks into its cycle.
 */
describe('the sample workshop', () => {
  it('is valid interchange JSON, by the JSON Schema and by the app', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv, ['date']);
    const validate = ajv.compile(schema);
    expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
    expect(validateWorkshopJson(sample)).toMatchObject({ ok: true });
  });

  it('says it is a sample, and has something on every step', () => {
    expect(data.title).toMatch(/^Sample — /);
    expect(data.onePager.purpose && data.onePager.vision && data.onePager.customers).toBeTruthy();
    expect(data.onePager.focusAreas.length).toBeGreaterThanOrEqual(2);
    expect(data.onePager.focusAreas.length).toBeLessThanOrEqual(5);
    expect(data.onePager.notDoing.length).toBeGreaterThan(0);
    const columns = new Set(data.projects.map((p) => p.column));
    expect([...columns].sort()).toEqual(['keep', 'kill']);
    expect(data.objectives.some((o) => o.team)).toBe(true);
    for (const o of data.objectives) expect(o.keyResults.length).toBeGreaterThanOrEqual(2);
    expect(data.checkIns.length).toBeGreaterThan(0);
  });

  it('is what good looks like: the coach has nothing to say about it', () => {
    const doc = new Y.Doc();
    importWorkshopJson(doc, data);
    expect(analyseWorkshop(readWorkshop(doc)).map((f) => f.message)).toEqual([]);
  });

  describe('moved in time', () => {
    for (const today of ['2026-11-29', '2026-12-02', '2027-01-06', '2031-07-17', '2024-02-29']) {
      it(`on ${today}: ${SAMPLE_WEEKS_IN} weeks done, this week's check-ins due`, () => {
        const moved = rebaseSampleDates(data, today);
        const shift = dayNumber(moved.cycleStart!)! - dayNumber(data.cycleStart!)!;
        expect(Math.abs(shift % 7)).toBe(0);
        expect(dayNumber(moved.cycleEnd!)! - dayNumber(data.cycleEnd!)!).toBe(shift);
        moved.checkIns.forEach((c, i) => {
          expect(dayNumber(c.date)! - dayNumber(data.checkIns[i]!.date)!).toBe(shift);
          expect(c.date <= today).toBe(true);
        });
        const doc = new Y.Doc();
        importWorkshopJson(doc, moved);
        const w = readWorkshop(doc);
        const weeks = checkInWeeks(w.meta);
        const current = weeks.findIndex((x) => x.start <= today && today <= x.end);
        expect(current).toBe(SAMPLE_WEEKS_IN);
        // Every key result: the weeks behind done, this one open, nothing missed.
        for (const kr of w.keyResults) {
          const states = keyResultWeeks(kr, w.checkIns, w.meta, today).map((x) => x.state);
          expect(states.slice(0, SAMPLE_WEEKS_IN + 1), kr.title).toEqual([
            ...Array<string>(SAMPLE_WEEKS_IN).fill('done'),
            'open',
          ]);
        }
        expect(moved.cycle).toMatch(/^\d{4}-Q[1-4]$/);
        expect(weekdayOf(dayNumber(moved.cycleStart!)!)).toBe(data.checkInWeekday);
      });
    }

    it('leaves the rest of the workshop as it is', () => {
      const moved = rebaseSampleDates(data, '2026-11-29');
      expect({ ...moved, cycle: '', cycleStart: '', cycleEnd: '', checkIns: [] }).toEqual({
        ...data,
        cycle: '',
        cycleStart: '',
        cycleEnd: '',
        checkIns: [],
      });
    });
  });
});

describe('the run-sheet’s texts', () => {
  it('give every step suggested minutes, a two-sentence why, a page, sources, a script and tips', () => {
    for (const step of STEPS) {
      const g = STEP_GUIDES[step];
      expect(SUGGESTED_MINUTES[step]).toBeGreaterThan(0);
      // "Two lines" under the heading: two sentences, short enough for two lines at 1280 px.
      expect(g.why.match(/[.!?](\s|$)/g)?.length, step).toBe(2);
      expect(g.why.length, step).toBeLessThanOrEqual(170);
      expect(g.page.length).toBeGreaterThanOrEqual(3);
      expect(g.sources.length).toBeGreaterThan(0);
      expect(g.say.length).toBeGreaterThanOrEqual(3);
      expect(g.watch.length).toBeGreaterThanOrEqual(2);
    }
  });
});
