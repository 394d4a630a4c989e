import { LIMITS } from '../limits';
import type { AnyField, RefTarget } from '../records/fields';
import type { Fields, RecordSpec } from '../records/spec';
import {
  checkInSpec,
  focusAreaSpec,
  keyResultSpec,
  objectiveSpec,
  projectSpec,
  weeklyItemSpec,
} from '../records';
import type { JsonProblem } from './json-types';

/**
 * What JSON Schema cannot say about a file: ids unique per kind of record, every reference
 * (a field of a spec with `refersTo`) pointing at an existing record, and no cycle of
 * parents. Works on the raw value, so that a reference is checked even when its record has
 * other problems; paths are those of the raw arrays.
 */

type Obj = Record<string, unknown>;
interface Located {
  readonly o: Obj;
  readonly path: string;
}
interface RecordList {
  readonly name: RefTarget | 'checkIns' | 'weeklyItems';
  readonly spec: RecordSpec<Fields>;
  readonly items: readonly Located[];
  /** Set for records nested in several lists: where to report too many of them. */
  readonly nestedIn?: string;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function located(value: unknown, path: string): Located[] {
  return arr(value).flatMap((o, i) => (isObj(o) ? [{ o, path: `${path}[${i}]` }] : []));
}

/** Where each kind of record lives in a file. */
function recordLists(root: Obj): RecordList[] {
  const onePager = isObj(root.onePager) ? root.onePager : {};
  const objectives = located(root.objectives, 'objectives');
  return [
    {
      name: 'focusAreas',
      spec: focusAreaSpec,
      items: located(onePager.focusAreas, 'onePager.focusAreas'),
    },
    { name: 'projects', spec: projectSpec, items: located(root.projects, 'projects') },
    { name: 'objectives', spec: objectiveSpec, items: objectives },
    {
      name: 'keyResults',
      spec: keyResultSpec,
      items: objectives.flatMap(({ o, path }) => located(o.keyResults, `${path}.keyResults`)),
      nestedIn: 'objectives',
    },
    { name: 'checkIns', spec: checkInSpec, items: located(root.checkIns, 'checkIns') },
    { name: 'weeklyItems', spec: weeklyItemSpec, items: located(root.weeklyItems, 'weeklyItems') },
  ];
}

const refFields = (spec: RecordSpec<Fields>) =>
  (Object.entries(spec.fields) as [string, AnyField][]).filter(([, f]) => f.refersTo);

export function referenceProblems(root: Obj): JsonProblem[] {
  const problems: JsonProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const lists = recordLists(root);
  const nouns = new Map(lists.map((l) => [l.name, l.spec.noun]));

  const ids = new Map<string, Set<string>>();
  for (const { name, items } of lists) {
    const first = new Map<string, string>();
    for (const { o, path } of items) {
      if (!str(o.id)) continue;
      const seen = first.get(o.id);
      if (seen !== undefined)
        add(`${path}.id`, `duplicate id ${JSON.stringify(o.id)} (also at ${seen}.id)`);
      else first.set(o.id, path);
    }
    ids.set(name, new Set(first.keys()));
  }

  for (const { spec, items, nestedIn } of lists) {
    if (nestedIn && items.length > LIMITS.records)
      add(nestedIn, `more than ${LIMITS.records} ${spec.plural} in total (${items.length})`);
  }

  for (const { spec, items } of lists) {
    for (const [key, field] of refFields(spec)) {
      const target = field.refersTo!;
      const valid = ids.get(target) ?? new Set<string>();
      const no = (id: string) => `no ${nouns.get(target)} with id ${JSON.stringify(id)}`;
      for (const { o, path } of items) {
        const value = o[key];
        if (Array.isArray(value)) {
          // An over-long list is already reported as such; its items are not listed one by one.
          if (value.length > LIMITS.listLength) continue;
          value.forEach((id, i) => {
            if (str(id) && !valid.has(id)) add(`${path}.${key}[${i}]`, no(id));
          });
        } else if (str(value)) {
          if (field.parent && value === o.id)
            add(`${path}.${key}`, `${article(spec.noun)} cannot be its own parent`);
          else if (!valid.has(value)) add(`${path}.${key}`, no(value));
        }
      }
    }
  }

  for (const { spec, items } of lists) {
    for (const [key, field] of refFields(spec)) {
      if (field.parent) cycles(spec, key, items, add);
    }
  }
  metricProblems(root, add);
  return problems;
}

/**
 * A health rating names its metric by the metric's text (the one-pager's metrics are plain
 * lines in the JSON): that text must be one of `onePager.metrics`.
 */
function metricProblems(root: Obj, add: (path: string, message: string) => void): void {
  const onePager = isObj(root.onePager) ? root.onePager : {};
  const metrics = new Set(arr(onePager.metrics).filter(str));
  for (const { o, path } of located(root.healthRatings, 'healthRatings')) {
    if (str(o.metric) && !metrics.has(o.metric))
      add(`${path}.metric`, `no health metric ${JSON.stringify(o.metric)} in onePager.metrics`);
  }
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/**
 * Cycles longer than one: follow the parents from each record; it is on a cycle if the walk
 * comes back to it. Each record of the cycle is reported.
 */
function cycles(
  spec: RecordSpec<Fields>,
  key: string,
  items: readonly Located[],
  add: (path: string, message: string) => void,
): void {
  const parent = new Map<string, string>();
  for (const { o } of items) {
    const up = o[key];
    if (str(o.id) && str(up) && up !== o.id && !parent.has(o.id)) parent.set(o.id, up);
  }
  const reported = new Set<string>();
  for (const { o, path } of items) {
    if (!str(o.id) || reported.has(o.id)) continue;
    const chain = [o.id];
    let cur = parent.get(o.id);
    while (cur !== undefined && cur !== o.id && !chain.includes(cur)) {
      chain.push(cur);
      cur = parent.get(cur);
    }
    if (cur === o.id && chain.length > 1) {
      reported.add(o.id);
      add(
        `${path}.${key}`,
        `forms a cycle of parent ${spec.plural} (${[...chain, o.id].join(' → ')})`,
      );
    }
  }
}
