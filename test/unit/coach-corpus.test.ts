import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseKeyResult, analyseObjective, type RuleId } from '../../shared/coach';
import type { KeyResult, Objective } from '../../shared/model';

/**
 * Accuracy of the coach on real, attributed OKRs from public literature
 * (test/coach-corpus/corpus.json). The corpus was collected from its sources first and is
 * not edited to fit the rules; the bars come from issue 5.
 */
interface Item {
  kind: 'objective' | 'keyResult';
  text: string;
  label: 'good' | 'weak';
  expectedRules?: string[];
  source: string;
}

const corpus = JSON.parse(
  readFileSync(new URL('../coach-corpus/corpus.json', import.meta.url), 'utf8'),
) as {
  items: Item[];
};

const KR_RULES: readonly RuleId[] = ['kr-not-measurable', 'kr-is-output'];
const OBJECTIVE_RULES: readonly RuleId[] = [
  'objective-is-metric',
  'objective-is-task',
  'objective-generic',
  'objective-business-as-usual',
];

function keyResult(text: string): KeyResult {
  return {
    id: 'k',
    order: 'a0',
    objectiveId: 'o',
    title: text,
    metric: '',
    unit: '',
    baseline: null,
    target: null,
    current: null,
    direction: 'increase',
    confidence: null,
    team: '',
    initiatives: [],
  };
}

function objective(text: string): Objective {
  return {
    id: 'o',
    order: 'a0',
    title: text,
    description: '',
    team: null,
    parentId: null,
    focusAreaId: 'f',
    kind: 'aspirational',
  };
}

function rulesFor(item: Item): RuleId[] {
  const findings =
    item.kind === 'keyResult'
      ? analyseKeyResult(keyResult(item.text))
      : analyseObjective(objective(item.text), []);
  const wanted = item.kind === 'keyResult' ? KR_RULES : OBJECTIVE_RULES;
  return findings.map((f) => f.rule).filter((r) => wanted.includes(r));
}

interface Scores {
  n: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  accuracy: number;
  precision: number;
  recall: number;
  misses: string[];
}

/** Positive class = "weak": the coach predicts weak when any of the rules fires. */
function score(kind: Item['kind']): Scores {
  const s = { n: 0, tp: 0, fp: 0, tn: 0, fn: 0, misses: [] as string[] };
  for (const item of corpus.items.filter((i) => i.kind === kind)) {
    const fired = rulesFor(item);
    const predictedWeak = fired.length > 0;
    const weak = item.label === 'weak';
    s.n++;
    if (predictedWeak && weak) s.tp++;
    else if (predictedWeak && !weak) s.fp++;
    else if (!predictedWeak && !weak) s.tn++;
    else s.fn++;
    if (predictedWeak !== weak)
      s.misses.push(`${item.label}: "${item.text}" → [${fired.join(', ')}] (${item.source})`);
  }
  return {
    ...s,
    accuracy: (s.tp + s.tn) / s.n,
    precision: s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp),
    recall: s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

describe('coach accuracy on the published-OKR corpus', () => {
  const kr = score('keyResult');
  const obj = score('objective');

  it('has at least 80 attributed items, each with text, label and source', () => {
    expect(corpus.items.length).toBeGreaterThanOrEqual(80);
    for (const item of corpus.items) {
      expect(item.text.trim()).not.toBe('');
      expect(['good', 'weak']).toContain(item.label);
      expect(item.source.trim().length).toBeGreaterThan(10);
    }
  });

  it('prints the figures', () => {
    const rows = [
      ['', 'n', 'accuracy', 'precision', 'recall', 'TP', 'FP', 'TN', 'FN'],
      [
        'key results',
        kr.n,
        pct(kr.accuracy),
        pct(kr.precision),
        pct(kr.recall),
        kr.tp,
        kr.fp,
        kr.tn,
        kr.fn,
      ],
      [
        'objectives',
        obj.n,
        pct(obj.accuracy),
        pct(obj.precision),
        pct(obj.recall),
        obj.tp,
        obj.fp,
        obj.tn,
        obj.fn,
      ],
    ];
    console.log(
      `\nOKR coach on ${corpus.items.length} published items (positive = weak)\n${rows.map((r) => r.map((c) => String(c).padEnd(12)).join('')).join('\n')}`,
    );
    console.log(`misclassified:\n  ${[...kr.misses, ...obj.misses].join('\n  ')}`);
    // Finer than weak/good: of the items whose source says why they are weak, how many get
    // exactly that rule (informative only; the bars are on the labels).
    const withRules = corpus.items.filter((i) => i.expectedRules && i.expectedRules.length > 0);
    const named = withRules.filter((i) =>
      i.expectedRules!.every((r) => rulesFor(i).includes(r as RuleId)),
    );
    console.log(
      `expected rule named on ${named.length} of ${withRules.length} items that list one`,
    );
    expect(kr.n + obj.n).toBe(corpus.items.length);
  });

  it('is at least 90 % accurate on key results (kr-not-measurable ∪ kr-is-output)', () => {
    expect(kr.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('is at least 80 % accurate on objectives (metric, task, generic, business-as-usual)', () => {
    expect(obj.accuracy).toBeGreaterThanOrEqual(0.8);
  });
});
