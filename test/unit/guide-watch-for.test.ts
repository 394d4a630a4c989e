import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readWorkshop, type Project, type Workshop } from '../../shared/model';
import { importWorkshopJson, type WorkshopJson } from '../../shared/model/interchange';
import {
  closingChecklist,
  formatGuideMessage,
  watchFor,
  type Watch,
  type WatchId,
} from '../../shared/guide';
import sample from '../../renderer/features/home/sample/acme-field-service.json';

/** The shipped sample as the app reads it: the start of every case below. */
function sampleWorkshop(): Workshop {
  const doc = new Y.Doc();
  importWorkshopJson(doc, sample as WorkshopJson);
  return readWorkshop(doc);
}

const base = sampleWorkshop();
const ids = (watches: readonly Watch[]) => watches.map((w) => w.id);
const only = (w: Workshop, id: WatchId) => watchFor(w).find((x) => x.id === id);

function withProjects(w: Workshop, change: (p: Project, i: number) => Partial<Project>): Workshop {
  return { ...w, projects: w.projects.map((p, i) => ({ ...p, ...change(p, i) })) };
}

/**
 * The run-sheet's live warnings (shared/guide/watch-for.ts), each rule on the sample
 * workshop changed in the one way that rule is about, with the message the facilitator
 * reads.
 */
describe('watch-for rules', () => {
  it('the sample workshop is clean: no warning on any step', () => {
    expect(watchFor(base)).toEqual([]);
  });

  describe('one-pager', () => {
    const focusAreas = (n: number): Workshop => ({
      ...base,
      onePager: {
        ...base.onePager,
        focusAreas: Array.from({ length: n }, (_, i) => ({
          id: `fa${i}`,
          order: `a${i}`,
          title: `Focus ${i}`,
          description: '',
        })),
      },
    });

    it('more than five focus areas: "7 focus areas — aim for 2–5"', () => {
      expect(only(focusAreas(7), 'focus-areas-many')).toMatchObject({
        step: 'onepager',
        severity: 'warning',
        message: '7 focus areas — aim for 2–5.',
      });
      expect(only(focusAreas(5), 'focus-areas-many')).toBeUndefined();
    });

    it('none at all is a warning, one alone a reminder, two to five nothing', () => {
      expect(only(focusAreas(0), 'focus-areas-none')?.severity).toBe('warning');
      expect(only(focusAreas(1), 'focus-areas-one')?.severity).toBe('info');
      for (const n of [2, 3, 4, 5]) {
        expect(ids(watchFor(focusAreas(n))).filter((id) => id.startsWith('focus'))).toEqual([]);
      }
    });

    it('an empty not-doing list', () => {
      const w = { ...base, onePager: { ...base.onePager, notDoing: [] } };
      expect(only(w, 'not-doing-empty')?.message).toBe(
        'Nothing on the not-doing list yet — every yes needs a no.',
      );
    });
  });

  describe('alignment', () => {
    it('every project in Keep: "All 14 projects are in Keep: kill something"', () => {
      const w = withProjects(base, () => ({ column: 'keep' }));
      expect(only(w, 'all-kept')).toMatchObject({
        step: 'alignment',
        severity: 'warning',
        message: `All ${base.projects.length} projects are in Keep: kill something.`,
      });
    });

    it('one killed project is enough to clear it; a single project alone never raises it', () => {
      const oneKilled = withProjects(base, (_, i) => ({ column: i === 0 ? 'kill' : 'keep' }));
      expect(only(oneKilled, 'all-kept')).toBeUndefined();
      const single = { ...base, projects: [{ ...base.projects[0]!, column: 'keep' as const }] };
      expect(only(single, 'all-kept')).toBeUndefined();
    });

    it('kept projects without a focus area, counted with the right plural', () => {
      const kept = base.projects.filter((p) => p.column === 'keep');
      const strip = (n: number) =>
        withProjects(base, (p) => (kept.slice(0, n).includes(p) ? { focusAreaIds: [] } : {}));
      expect(only(strip(1), 'kept-without-focus')?.message).toBe(
        '1 kept project serves no focus area.',
      );
      expect(only(strip(3), 'kept-without-focus')?.message).toBe(
        '3 kept projects serve no focus area.',
      );
    });

    it('projects left in the Inbox are a reminder, and an empty board asks for projects', () => {
      const w = withProjects(base, (_, i) => (i < 2 ? { column: 'inbox' } : {}));
      expect(only(w, 'inbox-left')).toMatchObject({
        severity: 'info',
        message: '2 projects are still in the Inbox.',
      });
      expect(ids(watchFor({ ...base, projects: [] }))).toContain('no-projects');
    });
  });

  describe('OKR drafting', () => {
    it('key results that read like tasks, as the coach judges them', () => {
      const tasks = [
        'Launch the parts app',
        'Write the onboarding guide',
        'Build a partner portal',
      ];
      const w = {
        ...base,
        keyResults: base.keyResults.map((kr, i) =>
          i < tasks.length
            ? { ...kr, title: tasks[i]!, baseline: null, target: null, unit: '', metric: '' }
            : kr,
        ),
      };
      expect(only(w, 'kr-tasks')).toMatchObject({
        step: 'okrs',
        severity: 'warning',
        message: '3 key results read like tasks.',
      });
    });

    it('a task-like key result the room dismissed ("we mean it") is not counted', () => {
      const kr = { ...base.keyResults[0]!, title: 'Launch the parts app', target: null };
      const w = { ...base, keyResults: [kr, ...base.keyResults.slice(1)] };
      expect(only(w, 'kr-tasks')?.message).toBe('1 key result reads like a task.');
      const dismissed = { ...w, dismissals: [{ rule: 'kr-is-output', targetId: kr.id }] };
      expect(only(dismissed as Workshop, 'kr-tasks')).toBeUndefined();
    });

    it('more than three company objectives; team objectives do not count', () => {
      const extra = (n: number, team: string | null) =>
        Array.from({ length: n }, (_, i) => ({ ...base.objectives[0]!, id: `x${i}`, team }));
      const w = { ...base, objectives: [...base.objectives, ...extra(3, null)] };
      expect(only(w, 'too-many-objectives')?.message).toBe('5 company objectives — aim for 1–3.');
      const teams = { ...base, objectives: [...base.objectives, ...extra(4, 'Sales')] };
      expect(only(teams, 'too-many-objectives')).toBeUndefined();
    });

    it('objectives with no key result, and none at all', () => {
      const lone = { ...base.objectives[0]!, id: 'lonely' };
      expect(
        only({ ...base, objectives: [...base.objectives, lone] }, 'objective-without-krs'),
      ).toMatchObject({ message: '1 objective has no key result.' });
      expect(ids(watchFor({ ...base, objectives: [], keyResults: [] }))).toContain('no-objectives');
    });
  });

  describe('review and drumbeat', () => {
    it('key results no team owns (neither theirs nor their objective’s)', () => {
      const company = new Set(base.objectives.filter((o) => o.team === null).map((o) => o.id));
      const w = {
        ...base,
        keyResults: base.keyResults.map((kr) => ({ ...kr, team: '' })),
      };
      const unowned = base.keyResults.filter((kr) => company.has(kr.objectiveId)).length;
      expect(only(w, 'kr-without-team')).toMatchObject({
        step: 'review',
        message: `${unowned} key results have no team that owns it.`,
      });
    });

    it('no cycle dates', () => {
      const w = { ...base, meta: { ...base.meta, cycleStart: '', cycleEnd: '' } };
      expect(only(w, 'no-cycle-dates')?.step).toBe('drumbeat');
    });
  });

  it('never throws on an empty workshop, and lists its warnings in agenda order', () => {
    const empty: Workshop = {
      ...base,
      meta: { ...base.meta, cycleStart: '', cycleEnd: '' },
      onePager: { ...base.onePager, focusAreas: [], notDoing: [], metrics: [] },
      projects: [],
      objectives: [],
      keyResults: [],
      checkIns: [],
    };
    const steps = watchFor(empty).map((w) => w.step);
    expect(steps).toEqual(['onepager', 'onepager', 'alignment', 'okrs', 'drumbeat']);
  });
});

describe('closing checklist', () => {
  it('reads agreement, owners and the first check-in from the workshop; the rest is ticked', () => {
    const list = closingChecklist(base);
    expect(list.map((i) => [i.id, i.done])).toEqual([
      ['agreed', false],
      ['owners', true],
      ['first-check-in', true],
      ['pdf', null],
      ['not-doing', null],
    ]);
    expect(list.find((i) => i.id === 'first-check-in')?.detail).toBe(
      'First check-in: 4 January 2027.',
    );
    expect(list.find((i) => i.id === 'not-doing')?.detail).toBe(
      'Send the 5 items on the not-doing list with the PDF.',
    );
  });

  it('follows the workshop: agreed, a key result without a team, no cycle dates', () => {
    const w = {
      ...base,
      meta: { ...base.meta, agreed: true, cycleStart: '', cycleEnd: '' },
      keyResults: base.keyResults.map((kr, i) => (i === 0 ? { ...kr, team: '' } : kr)),
    };
    const byId = Object.fromEntries(closingChecklist(w).map((i) => [i.id, i]));
    expect(byId.agreed?.done).toBe(true);
    expect(byId.owners).toMatchObject({ done: false, detail: '1 key result has no team yet.' });
    expect(byId['first-check-in']?.done).toBe(false);
  });
});

describe('guide messages', () => {
  it('choose the plural form by count and leave unknown ids as they are', () => {
    expect(formatGuideMessage('guide.watch.krTasks', { count: 1 })).toBe(
      '1 key result reads like a task.',
    );
    expect(formatGuideMessage('guide.watch.krTasks', { count: 0 })).toBe(
      '0 key results read like tasks.',
    );
    expect(formatGuideMessage('guide.nope')).toBe('guide.nope');
  });
});
