import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  analyseKeyResult,
  analyseObjective,
  appraisalTopic,
  type Finding,
} from '../../shared/coach';
import {
  applyKeyResultSuggestion,
  applyObjectiveSuggestion,
  createFocusArea,
  createKeyResult,
  createObjective,
  createUndoManager,
  initWorkshop,
  readWorkshop,
  type KeyResult,
  type Objective,
} from '../../shared/model';

const kr = (title: string): KeyResult => ({
  id: 'k',
  order: 'a0',
  objectiveId: 'o',
  title,
  metric: '',
  unit: '',
  baseline: null,
  target: null,
  current: null,
  direction: 'increase',
  confidence: null,
  team: '',
  initiatives: [],
});
const objective = (title: string): Objective => ({
  id: 'o',
  order: 'a0',
  title,
  description: '',
  team: null,
  parentId: 'p',
  focusAreaId: 'f',
  kind: 'aspirational',
});

const wording = (findings: Finding[]) => findings.find((f) => f.suggestion);

describe('rewrites built from the item’s own words', () => {
  it('turns a task key result into the outcome it should move, keeping the task as an initiative', () => {
    const s = wording(analyseKeyResult(kr('Write the onboarding guide')))!.suggestion!;
    expect(s.keyResult?.title).toBe('Raise self-serve onboarding completion from __ % to __ %');
    expect(s.keyResult).toMatchObject({
      unit: '%',
      direction: 'increase',
      baseline: null,
      target: null,
    });
    expect(s.initiative).toBe('Write the onboarding guide');
    expect(s.messageId).toBe('coach.suggestion.kr-outcome');
    expect(s.text).toContain('Write the onboarding guide');
  });

  it('turns a deliverable objective into an outcome plus a key result with the launch as its initiative', () => {
    const f = analyseObjective(objective('Launch the new mobile app by end of Q3'), []);
    const s = f.find((x) => x.rule === 'objective-is-task')!.suggestion!;
    expect(s.objectiveTitle).toBe('Customers get real value from the mobile app');
    expect(s.keyResult?.title).toBe(
      'Raise mobile app adoption from __ % to __ % of active customers',
    );
    expect(s.initiative).toBe('Launch the mobile app');
  });

  it('gives every other wording rule a rewrite too', () => {
    const kTitle = (t: string) => wording(analyseKeyResult(kr(t)))!.suggestion!.keyResult?.title;
    expect(kTitle('Improve customer satisfaction')).toBe(
      'Raise customer satisfaction from __ to __',
    );
    expect(kTitle('Reduce customer churn')).toBe('Cut customer churn from __ % to __ %');
    expect(kTitle('Raise first-time-fix rate to 85%')).toBe(
      'Raise first-time-fix rate from __ % to 85%',
    );
    expect(kTitle('100% of the migration done')).toMatch(/from __ .* to __/);
    const oTitle = (t: string) =>
      wording(analyseObjective(objective(t), []))!.suggestion!.objectiveTitle;
    expect(oTitle('Improve project management')).toBe(
      'Make project management visibly better for __',
    );
    expect(oTitle('Maintain uptime')).toBe(
      'Make uptime something our customers never have to think about',
    );
    const metric = wording(
      analyseObjective(objective('Increase revenue by 30% this quarter'), []),
    )!.suggestion!;
    expect(metric.objectiveTitle).toBe('Revenue grows because customers choose us');
    expect(metric.keyResult?.title).toBe('Increase revenue by 30% this quarter');
  });

  it('rewrites German and Italian items in their own language', () => {
    const de = wording(analyseKeyResult(kr('Kundenzufriedenheit verbessern')))!.suggestion!;
    expect(de.keyResult?.title).toBe('Kundenzufriedenheit von __ auf __ steigern');
    const it_ = wording(analyseKeyResult(kr('Scrivere la guida di onboarding')))!.suggestion!;
    expect(it_.keyResult?.title).toBe('Portare l’adozione di «guida di onboarding» da __ % a __ %');
    expect(it_.initiative).toBe('Scrivere la guida di onboarding');
  });
});

describe('the appraisal rule (issue 16 part 5)', () => {
  const rules = (t: string) => analyseKeyResult(kr(t)).map((f) => f.rule);

  it('warns when a key result names a person’s bonus, pay, review or ranking', () => {
    for (const text of [
      'Close 20 deals so Maria earns her Q3 bonus',
      'Every rep reaches a performance rating of 4 or more',
      'Rank engineers by story points shipped',
      'Tie each employee’s salary increase to their NPS',
      'Reduce churn from 5% to 3% to qualify for the team bonus',
      'Jeder Vertriebler erreicht seine Prämie mit 20 Abschlüssen',
      'Ogni venditore ottiene il bonus con 20 contratti',
    ]) {
      expect(rules(text), text).toContain('kr-names-appraisal');
      expect(
        analyseKeyResult(kr(text)).find((f) => f.rule === 'kr-names-appraisal')!.message,
      ).toMatch(/not a performance-appraisal tool/);
    }
  });

  it('stays quiet on an HR team’s own work and on plain outcomes', () => {
    for (const text of [
      'Salaries paid on time',
      'Cut payroll errors from 12 to 0 per month',
      'Raise eNPS from 20 to 40',
      'Reduce voluntary turnover from 18% to 8%',
      'Raise 30-day retention from 40 % to 55 %',
    ])
      expect(rules(text), text).not.toContain('kr-names-appraisal');
  });

  it('suggests the team outcome without the reward', () => {
    const f = analyseKeyResult(kr('Close 20 deals so Maria earns her Q3 bonus')).find(
      (x) => x.rule === 'kr-names-appraisal',
    )!;
    expect(f.suggestion?.keyResult?.title).toBe('Close 20 deals');
    expect(appraisalTopic('Close 20 deals so Maria earns her Q3 bonus', 'en')).toBe('bonus');
  });
});

describe('applying a suggestion is one local transaction: do → undo → redo', () => {
  function setup() {
    const doc = new Y.Doc();
    initWorkshop(doc, { id: 'w', title: 'Suggestions' });
    const focus = createFocusArea(doc, { title: 'Self-serve' });
    const o = createObjective(doc, {
      title: 'Launch the new mobile app by end of Q3',
      focusAreaId: focus,
    });
    const k = createKeyResult(doc, o, { title: 'Write the onboarding guide' })!;
    const undo = createUndoManager(doc, 0);
    return { doc, focus, o, k, undo };
  }

  it('rewrites a key result and keeps the task as a kept, linked project', () => {
    const { doc, focus, k, undo } = setup();
    const before = readWorkshop(doc);
    const s = wording(analyseKeyResult(before.keyResults[0]!))!.suggestion!;
    expect(applyKeyResultSuggestion(doc, k, s.keyResult!, s.initiative)).toBe(true);
    const after = readWorkshop(doc);
    const changed = after.keyResults.find((x) => x.id === k)!;
    expect(changed.title).toBe('Raise self-serve onboarding completion from __ % to __ %');
    expect(changed.unit).toBe('%');
    const project = after.projects.find((p) => p.title === 'Write the onboarding guide')!;
    expect(project.column).toBe('keep');
    expect(project.focusAreaIds).toEqual([focus]);
    expect(changed.initiatives).toEqual([project.id]);

    expect(undo.undoStack.length).toBe(1);
    undo.undo();
    expect(readWorkshop(doc).keyResults).toEqual(before.keyResults);
    expect(readWorkshop(doc).projects).toEqual([]);
    undo.redo();
    const redone = readWorkshop(doc);
    expect(redone.keyResults.find((x) => x.id === k)!.title).toBe(changed.title);
    expect(redone.projects.map((p) => p.title)).toEqual(['Write the onboarding guide']);
  });

  it('rewrites an objective, adds the key result first and links the initiative', () => {
    const { doc, o, undo } = setup();
    const before = readWorkshop(doc);
    const f = analyseObjective(before.objectives[0]!, before.keyResults);
    const s = f.find((x) => x.rule === 'objective-is-task')!.suggestion!;
    const added = applyObjectiveSuggestion(doc, o, s);
    expect(added).toMatch(/.+/);
    const after = readWorkshop(doc);
    expect(after.objectives[0]!.title).toBe('Customers get real value from the mobile app');
    expect(after.keyResults.map((x) => x.title)).toEqual([
      'Raise mobile app adoption from __ % to __ % of active customers',
      'Write the onboarding guide',
    ]);
    expect(after.keyResults[0]!.initiatives).toHaveLength(1);
    expect(undo.undoStack.length).toBe(1);
    undo.undo();
    expect(readWorkshop(doc)).toEqual(before);
    undo.redo();
    expect(readWorkshop(doc).objectives[0]!.title).toBe(
      'Customers get real value from the mobile app',
    );
    expect(readWorkshop(doc).keyResults).toHaveLength(2);
  });

  it('does nothing for an item that is gone', () => {
    const { doc } = setup();
    expect(applyKeyResultSuggestion(doc, 'nope', { title: 'x' })).toBe(false);
    expect(applyObjectiveSuggestion(doc, 'nope', { objectiveTitle: 'x' })).toBeNull();
  });
});
