import * as Y from 'yjs';
import {
  createKeyResult,
  createObjective,
  initWorkshop,
  readWorkshop,
  type Workshop,
} from '../../shared/model';
import {
  importWorkshopJson,
  validateWorkshopJson,
  type WorkshopJson,
} from '../../shared/model/interchange';
// Imported, not read from disk: the benchmarks bundle this module, and a bundle has no
// stable path to the fixture.
import fixture from '../fixtures/acme-2027.json' with { type: 'json' };

/** The sample workshop as interchange JSON (test/fixtures/acme-2027.json). */
export function sampleJson(): WorkshopJson {
  const parsed = validateWorkshopJson(structuredClone(fixture));
  if (!parsed.ok) throw new Error(`fixture invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.data;
}

/** A real Y.Doc filled from interchange JSON, read back as a snapshot. */
export function workshopFromJson(data: WorkshopJson): Workshop {
  const doc = new Y.Doc();
  importWorkshopJson(doc, data);
  return readWorkshop(doc);
}

export function sampleWorkshop(): Workshop {
  return workshopFromJson(sampleJson());
}

/** Distinct, searchable text for objective `o` (1-based), key result `k`. */
export const bigTitles = {
  objective: (o: number) => `Objective number ${o} makes customers happier`,
  keyResult: (o: number, k: number) => `Keyresult-${o}-${k} grows the weekly active teams`,
  metric: (o: number, k: number) => `Metric-${o}-${k}`,
};

/** `objectives` × `keyResults` built through the real mutations on a real Y.Doc. */
export function bigWorkshop(objectives = 30, keyResults = 5): Workshop {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: 'Big workshop', cycle: '2027-Q2' });
  for (let o = 1; o <= objectives; o++) {
    const id = createObjective(doc, {
      title: bigTitles.objective(o),
      team: o % 3 === 0 ? `Team ${o}` : null,
      kind: o % 2 === 0 ? 'committed' : 'aspirational',
    });
    for (let k = 1; k <= keyResults; k++) {
      createKeyResult(doc, id, {
        title: bigTitles.keyResult(o, k),
        metric: bigTitles.metric(o, k),
        unit: '%',
        baseline: 10 * k,
        target: 10 * k + 25,
        current: 10 * k + 3,
        confidence: (o + k) % 11,
      });
    }
  }
  return readWorkshop(doc);
}
