import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  analyseKeyResult,
  analyseObjective,
  analyseProject,
  analyseWorkshop,
  HINTS,
  RULE_IDS,
  type Finding,
} from '../../shared/coach';
import {
  createObjective,
  dismissFinding,
  readDismissals,
  readWorkshop,
  undismissFinding,
  type KeyResult,
  type Objective,
  type Project,
  type Workshop,
} from '../../shared/model';

// ------------------------------------------------------------------ builders

let seq = 0;
function kr(title: string, patch: Partial<KeyResult> = {}): KeyResult {
  seq++;
  return {
    id: `k${seq}`,
    order: `a${seq}`,
    objectiveId: 'o1',
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
    ...patch,
  };
}

function obj(title: string, patch: Partial<Objective> = {}): Objective {
  seq++;
  return {
    id: `o${seq}`,
    order: `a${seq}`,
    title,
    description: '',
    team: null,
    parentId: null,
    focusAreaId: 'fa',
    kind: 'aspirational',
    ...patch,
  };
}

function project(title: string, patch: Partial<Project> = {}): Project {
  seq++;
  return {
    id: `p${seq}`,
    order: `a${seq}`,
    title,
    description: '',
    team: '',
    column: 'keep',
    focusAreaIds: ['fa'],
    rationale: '',
    ...patch,
  };
}

/** Two well-formed key results, so objective-level rules about KR counts stay quiet. */
function twoKrs(objectiveId: string): KeyResult[] {
  return [
    kr('Raise first-time-fix rate from 71% to 85%', { objectiveId }),
    kr('Cut repeat visits per 100 jobs from 22 to 12', { objectiveId }),
  ];
}

function workshop(patch: Partial<Workshop> = {}): Workshop {
  return {
    meta: {
      id: 'w1',
      title: 'Test',
      cycle: '2027-Q1',
      cycleStart: '',
      cycleEnd: '',
      checkInWeekday: 1,
      schemaVersion: 1,
      agreed: false,
      agreedBy: '',
      agreedAt: 0,
      updatedAt: 0,
    },
    onePager: { purpose: '', vision: '', customers: '', focusAreas: [], notDoing: [], metrics: [] },
    projects: [],
    objectives: [],
    keyResults: [],
    checkIns: [],
    ...patch,
  };
}

const rulesOfKr = (title: string, patch: Partial<KeyResult> = {}) =>
  analyseKeyResult(kr(title, patch)).map((f) => f.rule);
const rulesOfObjective = (title: string, patch: Partial<Objective> = {}) => {
  const o = obj(title, patch);
  return analyseObjective(o, twoKrs(o.id)).map((f) => f.rule);
};

// ------------------------------------------------------------------ key results

describe('kr-is-output', () => {
  it.each([
    'Launch the new website',
    'Hold 12 customer meetings',
    'Publish 4 case studies',
    'Attend 3 industry conferences',
    'Migrate all services to Kubernetes',
    'Implement CRM',
    'Write 10,000 lines of code, up from 6,000',
    'Increase story points completed per sprint from 30 to 45',
    'Make 200 sales calls',
    'Set up a customer advisory board',
  ])('fires on the output "%s"', (title) => {
    expect(rulesOfKr(title)).toContain('kr-is-output');
  });

  it.each([
    'Launch the referral programme to improve sign-ups by 25 percent',
    'Increase NPS from 30 to 50',
    'Reach 10,000 monthly organic visits',
    'Generate 500 qualified leads via social',
    'Cut sales calls needed per closed deal from 12 to 6',
    'Raise close rate from 15% to 30%',
  ])('does not fire on the outcome "%s"', (title) => {
    expect(rulesOfKr(title)).not.toContain('kr-is-output');
  });
});

describe('kr-not-measurable', () => {
  it.each(['Improve customer satisfaction', 'Reduce customer churn', 'Get some feedback', ''])(
    'fires on "%s" with no target',
    (title) => {
      expect(rulesOfKr(title)).toEqual(['kr-not-measurable']);
    },
  );

  it('does not fire when the text has a number or the target field is set', () => {
    expect(rulesOfKr('Increase NPS from 30 to 50')).not.toContain('kr-not-measurable');
    expect(rulesOfKr('Improve customer satisfaction', { target: 8, baseline: 6 })).not.toContain(
      'kr-not-measurable',
    );
  });

  it('does not count a date as a number', () => {
    expect(rulesOfKr('Improve onboarding by June 15 2027')).toContain('kr-not-measurable');
  });

  it('does not also report an output as unmeasurable (one clear hint per item)', () => {
    expect(rulesOfKr('Launch the new website')).toEqual(['kr-is-output']);
  });
});

describe('kr-missing-baseline', () => {
  it('fires on a numeric target with no baseline', () => {
    expect(rulesOfKr('Reach 10,000 monthly organic visits')).toEqual(['kr-missing-baseline']);
    expect(rulesOfKr('Customer satisfaction score', { target: 8 })).toEqual([
      'kr-missing-baseline',
    ]);
  });

  it('is info, not a warning: many good published key results state only the target', () => {
    expect(analyseKeyResult(kr('Reach 10000 readers'))[0]?.severity).toBe('info');
  });

  it.each([
    ['from → to in the text', 'Increase NPS from 30 to 50', {}],
    ['"up from" in the text', 'Grow weekly active teams to 400, up from 250', {}],
    ['the baseline field', 'Grow weekly active teams to 400', { baseline: 250, target: 400 }],
    [
      'a "maintain" key result',
      'Keep 90-day churn at or below 2%',
      { direction: 'maintain' as const },
    ],
  ])('does not fire with %s', (_what, title, patch) => {
    expect(rulesOfKr(title, patch)).not.toContain('kr-missing-baseline');
  });
});

describe('kr-binary-progress', () => {
  it.each([
    '100% of the migration done',
    'Data warehouse migration 50% complete',
    'Rollout progress from 0% to 100%',
  ])('fires on "%s"', (title) => {
    expect(rulesOfKr(title)).toEqual(['kr-binary-progress']);
  });

  it('fires on a milestone key result and on a 0 → 100 % field setup for work', () => {
    expect(rulesOfKr('SSO available for all accounts', { direction: 'milestone' })).toEqual([
      'kr-binary-progress',
    ]);
    expect(rulesOfKr('Migrate billing', { unit: '%', baseline: 0, target: 100 })).toEqual([
      'kr-binary-progress',
    ]);
  });

  it.each([
    'Raise test coverage from 60% to 80%',
    'Increase the share of recurring subscriptions to 85%',
  ])('does not fire on the percentage outcome "%s"', (title) => {
    expect(rulesOfKr(title)).not.toContain('kr-binary-progress');
  });
});

// ------------------------------------------------------------------ objectives

describe('objective-is-metric', () => {
  it.each([
    'Double the user base',
    'Increase revenue by 25%',
    'Grow to $2M ARR',
    'Reach 10,000 paying customers',
  ])('fires on "%s"', (title) => {
    expect(rulesOfObjective(title)).toContain('objective-is-metric');
  });

  it('is info, not a warning: published sources split on numbers in an objective', () => {
    const f = analyseObjective(obj('Increase revenue by 25%'), []);
    expect(f.find((x) => x.rule === 'objective-is-metric')?.severity).toBe('info');
  });

  it.each([
    'Establish the 8086 as the highest performance 16-bit microprocessor family',
    'Be the number one choice for small businesses in Germany',
    'Make the first visit the only visit',
    'Win the DACH mid-market by Q3 2027',
  ])('does not fire on "%s"', (title) => {
    expect(rulesOfObjective(title)).not.toContain('objective-is-metric');
  });
});

describe('objective-is-task', () => {
  it.each([
    'Launch the new CI/CD platform by Q3',
    'Finish the CRM migration by March 31',
    'Integrate with Stripe',
    'Launch the app',
  ])('fires on "%s"', (title) => {
    expect(rulesOfObjective(title)).toContain('objective-is-task');
  });

  it('says "with a deadline" when there is one', () => {
    const o = obj('Complete the data migration by June 30');
    const f = analyseObjective(o, twoKrs(o.id)).find((x) => x.rule === 'objective-is-task');
    expect(f?.message).toMatch(/deadline/);
  });

  it.each([
    'Launch an MVP that delights our first hundred field technicians',
    'Launch our healthcare solution to critical acclaim',
    'Build a marketing engine that turns strangers into advocates',
    'Build a culture of ownership',
    'Make our customers love our support team',
  ])('does not fire on "%s"', (title) => {
    expect(rulesOfObjective(title)).not.toContain('objective-is-task');
  });
});

describe('objective-generic', () => {
  it.each([
    'Improve project management',
    'Enhance our presence',
    'Improve communication',
    'Be more innovative',
    'Ownership',
  ])('fires on "%s"', (title) => {
    expect(rulesOfObjective(title)).toContain('objective-generic');
  });

  it.each([
    'Make the first visit the only visit',
    'Improve onboarding so new technicians dispatch their first job in a day',
    'Become the obvious choice for DACH service companies',
    'New customers succeed in their first month',
  ])('does not fire on "%s"', (title) => {
    expect(rulesOfObjective(title)).not.toContain('objective-generic');
  });
});

describe('objective-business-as-usual', () => {
  it.each([
    'Maintain uptime',
    'Keep the lights on',
    'Continue doing weekly releases',
    'Maintain market position',
  ])('fires on "%s"', (title) => {
    expect(rulesOfObjective(title)).toContain('objective-business-as-usual');
  });

  it.each([
    'Maintain uptime while doubling traffic',
    'Keep every new customer past their first month',
    'Grow the DACH mid-market',
  ])('does not fire on "%s"', (title) => {
    expect(rulesOfObjective(title)).not.toContain('objective-business-as-usual');
  });
});

describe('objective signals added for issue 13 (part 3)', () => {
  it.each([
    ['a feeling with nothing specific after it', 'Excite our customers', 'objective-generic'],
    [
      'a sweeping verb over a whole field',
      'Transform the healthcare industry',
      'objective-generic',
    ],
    ['"change the world"', 'Change the world', 'objective-generic'],
    ['"make it better"', 'Make our web application better', 'objective-generic'],
    [
      'boilerplate that fits any company',
      'Develop solutions that enable long-term, profitable growth while enhancing the customer experience',
      'objective-generic',
    ],
    [
      'work on a schedule',
      'Check in regularly with the Sales Director',
      'objective-business-as-usual',
    ],
    ['work on a schedule', 'Hold weekly one-on-ones', 'objective-business-as-usual'],
    ['a decision to reach', 'Decide whether to enter the Spanish market', 'objective-is-task'],
    [
      'an agreement to reach',
      'Get Sales and Marketing to agree on a lead definition',
      'objective-is-task',
    ],
    [
      'a deliverable whose clause only describes it',
      'Deploy a recommendation service that takes viewing history into account',
      'objective-is-task',
    ],
    ['a count to reach', 'Process 500 customer support tickets', 'objective-is-metric'],
    ['a count to reach', 'Win our first 10 enterprise customers', 'objective-is-metric'],
  ])('flags %s: "%s"', (_what, title, rule) => {
    expect(rulesOfObjective(title)).toContain(rule);
  });

  it.each([
    'Delight users with seamless mobile experiences',
    'Transform support from reactive to proactive',
    'Change how small teams run payroll',
    'Make our website more resilient',
    'Our customers get answers the same day, every day',
    'Cut median PR cycle time so teams can ship to production daily by end of Q3',
    'Keep every new customer past their first 90 days',
    'Launch a product that customers can’t live without',
    'Build a marketing engine that turns strangers into advocates',
    'Help finance teams close the books in days, not weeks',
  ])('raises nothing on the good objective "%s"', (title) => {
    expect(rulesOfObjective(title)).toEqual([]);
  });
});

describe('objective signals from the batch-5 training items', () => {
  it.each([
    ['a task written as a gerund', 'Setting up a support team in Lisbon', 'objective-is-task'],
    ['a task written as a gerund', 'Launching the partner portal', 'objective-is-task'],
    ['a bare superlative about oneself', 'Be the best finance team', 'objective-generic'],
    ['a bare superlative about oneself', 'Become the best company', 'objective-generic'],
    ['only a promise to stop being bad', 'Stop failing our enterprise users', 'objective-generic'],
    ['a vague verb on generic words', 'Modernise our codebase', 'objective-generic'],
    ['a placeholder names nothing', 'Drive adoption of product x', 'objective-generic'],
  ])('flags %s: "%s"', (_what, title, rule) => {
    expect(rulesOfObjective(title)).toContain(rule);
  });

  it.each([
    'Be the best choice for small agencies in Austria',
    'Become the most trusted payroll service in our region',
    'Hire engineers who take our reliability to the next level',
    'Stop losing first-time buyers at checkout',
    'Build the most loved onboarding in B2B software',
  ])('raises nothing on the good objective "%s"', (title) => {
    expect(rulesOfObjective(title)).toEqual([]);
  });
});

describe('key-result counts', () => {
  it('objective-without-krs is the one error', () => {
    const o = obj('Make the first visit the only visit');
    const f = analyseObjective(o, []);
    expect(f.map((x) => x.rule)).toEqual(['objective-without-krs']);
    expect(f[0]?.severity).toBe('error');
  });

  it('too-few-krs below 2, too-many-krs above 5, nothing for 2..5', () => {
    const o = obj('Make the first visit the only visit');
    const krs = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        kr(`Raise rate ${i} from 1% to 2%`, { objectiveId: o.id }),
      );
    expect(analyseObjective(o, krs(1)).map((x) => x.rule)).toEqual(['too-few-krs']);
    expect(analyseObjective(o, krs(2))).toEqual([]);
    expect(analyseObjective(o, krs(5))).toEqual([]);
    expect(analyseObjective(o, krs(6)).map((x) => x.rule)).toEqual(['too-many-krs']);
  });

  it('counts only the key results of this objective', () => {
    const o = obj('Make the first visit the only visit');
    expect(analyseObjective(o, twoKrs('someone-else')).map((x) => x.rule)).toEqual([
      'objective-without-krs',
    ]);
  });
});

describe('alignment rules', () => {
  it('team-objective-unaligned fires on a team objective with no parent and no focus area', () => {
    expect(
      rulesOfObjective('Make the first visit the only visit', {
        team: 'Mobile',
        focusAreaId: null,
      }),
    ).toEqual(['team-objective-unaligned']);
  });

  it('team-objective-unaligned does not fire with a parent or a focus area', () => {
    expect(
      rulesOfObjective('Make the first visit the only visit', {
        team: 'Mobile',
        focusAreaId: null,
        parentId: 'o-x',
      }),
    ).toEqual([]);
    expect(rulesOfObjective('Make the first visit the only visit', { team: 'Mobile' })).toEqual([]);
  });

  it('objective-without-focus-area is info on a company objective without one', () => {
    const o = obj('Make the first visit the only visit', { focusAreaId: null });
    const f = analyseObjective(o, twoKrs(o.id));
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['objective-without-focus-area', 'info']]);
    expect(rulesOfObjective('Make the first visit the only visit')).toEqual([]);
  });

  it('project-kept-without-focus fires only on a kept project with no focus area', () => {
    expect(
      analyseProject(project('Offline mode', { focusAreaIds: [] })).map((f) => f.rule),
    ).toEqual(['project-kept-without-focus']);
    expect(analyseProject(project('Offline mode'))).toEqual([]);
    expect(analyseProject(project('VR simulator', { column: 'kill', focusAreaIds: [] }))).toEqual(
      [],
    );
    expect(analyseProject(project('Chat', { column: 'inbox', focusAreaIds: [] }))).toEqual([]);
  });
});

describe('too-many-objectives', () => {
  const many = (n: number, team: string | null = null) =>
    Array.from({ length: n }, (_, i) =>
      obj(`Make visit ${i} the only visit`, { team, parentId: team ? 'x' : null }),
    );

  it('is quiet up to 3, info above 3, warning above 5', () => {
    const at = (n: number) =>
      analyseWorkshop(workshop({ objectives: many(n) })).filter(
        (f) => f.rule === 'too-many-objectives',
      );
    expect(at(3)).toEqual([]);
    expect(at(4).map((f) => f.severity)).toEqual(['info']);
    expect(at(6).map((f) => f.severity)).toEqual(['warning']);
    expect(at(6)[0]?.target).toEqual({ type: 'workshop', id: 'w1' });
  });

  it('counts per owner: three company objectives and three per team is focused', () => {
    const w = workshop({ objectives: [...many(3), ...many(3, 'Mobile'), ...many(3, 'Sales')] });
    expect(analyseWorkshop(w).filter((f) => f.rule === 'too-many-objectives')).toEqual([]);
  });
});

// ------------------------------------------------------------------ the whole workshop

describe('analyseWorkshop', () => {
  const o1 = obj('Maintain uptime', { focusAreaId: null });
  const o2 = obj('Make the first visit the only visit');
  const w = workshop({
    objectives: [o1, o2],
    keyResults: [
      kr('Launch the new status page', { objectiveId: o1.id }),
      kr('Improve customer satisfaction', { objectiveId: o2.id }),
      kr('Raise first-time-fix rate from 71% to 85%', { objectiveId: o2.id }),
      kr('Hold 12 customer meetings', { objectiveId: o1.id }),
    ],
    projects: [project('Offline mode', { focusAreaIds: [] })],
  });

  it('orders findings: workshop, each objective followed by its key results, then projects', () => {
    const f = analyseWorkshop(w);
    const ids = f.map((x) => `${x.target.type}:${x.rule}`);
    expect(ids).toEqual([
      'objective:objective-business-as-usual',
      'objective:objective-without-focus-area',
      'keyResult:kr-is-output',
      'keyResult:kr-is-output',
      'keyResult:kr-not-measurable',
      'project:project-kept-without-focus',
    ]);
    expect(f[2]?.target.id).toBe(w.keyResults[0]?.id);
    expect(f[3]?.target.id).toBe(w.keyResults[3]?.id);
  });

  it('is deterministic: the same snapshot gives the same findings', () => {
    expect(analyseWorkshop(w)).toEqual(analyseWorkshop(w));
  });

  it('gives every finding the documented shape, a known rule and a hint', () => {
    const findings = analyseWorkshop(w);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      // The original five fields stay; message ids, params, the language and a rewrite are added.
      const keys = Object.keys(f).filter((k) => k !== 'language' && k !== 'suggestion');
      expect(keys.sort()).toEqual([
        'hint',
        'message',
        'messageId',
        'params',
        'rule',
        'severity',
        'target',
      ]);
      expect(RULE_IDS).toContain(f.rule);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.hint).toBe(HINTS[f.rule].fix);
      expect(f.message.length).toBeGreaterThan(10);
    }
  });

  it('leaves out dismissed findings, and only those', () => {
    const target = w.keyResults[0]!.id;
    const all = analyseWorkshop(w);
    const some = analyseWorkshop(w, { dismissed: [{ rule: 'kr-is-output', targetId: target }] });
    expect(some.length).toBe(all.length - 1);
    expect(some.some((f) => f.rule === 'kr-is-output' && f.target.id === target)).toBe(false);
    expect(some.some((f) => f.rule === 'kr-is-output' && f.target.id === w.keyResults[3]!.id)).toBe(
      true,
    );
    // A dismissal of another rule on the same item hides nothing.
    expect(
      analyseWorkshop(w, { dismissed: [{ rule: 'kr-not-measurable', targetId: target }] }),
    ).toEqual(all);
  });

  it('has a hint with why, fix and a good and a weak example for every rule', () => {
    for (const id of RULE_IDS) {
      const h = HINTS[id];
      for (const text of [h.title, h.why, h.fix, h.good, h.weak])
        expect(text.length).toBeGreaterThan(3);
    }
  });
});

describe('hostile input', () => {
  const nasty = [
    '',
    ' ',
    '🚀🔥💯'.repeat(1000),
    'a'.repeat(10_000_000),
    `${'1'.repeat(5000)}%`,
    'from '.repeat(100_000),
    '\u0000\uffff\ud800',
    'Launch '.repeat(50_000),
    '100% '.repeat(100_000),
  ];

  it.each(nasty.map((s, i) => [i, s] as const))(
    'does not crash or hang on input #%i',
    (_i, text) => {
      const o = obj(text);
      const k = kr(text, { objectiveId: o.id });
      const all: Finding[] = [
        ...analyseObjective(o, [k]),
        ...analyseKeyResult(k),
        ...analyseWorkshop(
          workshop({ objectives: [o], keyResults: [k], projects: [project(text)] }),
        ),
      ];
      for (const f of all) expect(f.message.length).toBeLessThan(400);
    },
  );

  it('handles a workshop whose key results point at no objective', () => {
    const w = workshop({ keyResults: [kr('Launch the app', { objectiveId: 'missing' })] });
    expect(analyseWorkshop(w)).toEqual([]);
  });
});

// ------------------------------------------------------------------ dismissals in the doc

describe('dismissals in the workshop doc', () => {
  it('dismiss, read back, undismiss — and a second dismiss is a no-op', () => {
    const doc = new Y.Doc();
    const id = createObjective(doc, { title: 'Maintain uptime' });
    expect(dismissFinding(doc, 'objective-business-as-usual', id)).toBe(true);
    expect(dismissFinding(doc, 'objective-business-as-usual', id)).toBe(false);
    expect(readDismissals(doc)).toEqual([{ rule: 'objective-business-as-usual', targetId: id }]);

    const shown = analyseWorkshop(readWorkshop(doc), { dismissed: readDismissals(doc) }).map(
      (f) => f.rule,
    );
    expect(shown).not.toContain('objective-business-as-usual');
    expect(shown).toContain('objective-without-krs');

    expect(undismissFinding(doc, 'objective-business-as-usual', id)).toBe(true);
    expect(undismissFinding(doc, 'objective-business-as-usual', id)).toBe(false);
    expect(readDismissals(doc)).toEqual([]);
  });

  it('rejects invalid rule ids and target ids without writing', () => {
    const doc = new Y.Doc();
    expect(dismissFinding(doc, 'Not A Rule!', 'x')).toBe(false);
    expect(dismissFinding(doc, 'kr-is-output', '')).toBe(false);
    expect(dismissFinding(doc, 'kr-is-output', 'x'.repeat(101))).toBe(false);
    expect(doc.getMap('dismissals').size).toBe(0);
  });

  it('two peers dismissing the same finding converge on one record', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    dismissFinding(a, 'kr-is-output', 'k1');
    dismissFinding(b, 'kr-is-output', 'k1');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readDismissals(a)).toEqual([{ rule: 'kr-is-output', targetId: 'k1' }]);
    expect(readDismissals(b)).toEqual(readDismissals(a));
  });

  it('skips and reports what a hostile peer wrote, never throws', () => {
    const doc = new Y.Doc();
    const col = doc.getMap<unknown>('dismissals');
    col.set('junk', 42);
    const bad = new Y.Map<unknown>();
    bad.set('rule', 'x'.repeat(500));
    bad.set('targetId', 'k1');
    col.set('bad', bad);
    const noTarget = new Y.Map<unknown>();
    noTarget.set('rule', 'kr-is-output');
    col.set('nt', noTarget);
    const ok = new Y.Map<unknown>();
    ok.set('rule', 'kr-is-output');
    ok.set('targetId', 'k2');
    col.set('elsewhere', ok);
    const problems: string[] = [];
    expect(readDismissals(doc, (p) => problems.push(`${p.where}: ${p.message}`))).toEqual([
      { rule: 'kr-is-output', targetId: 'k2' },
    ]);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/dismissals\.junk/);
    // A record a peer stored under another key is still removed by undismiss.
    expect(undismissFinding(doc, 'kr-is-output', 'k2')).toBe(true);
    expect(readDismissals(doc)).toEqual([]);
  });
});
