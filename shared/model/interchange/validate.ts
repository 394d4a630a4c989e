import { DISMISSAL_RULE_PATTERN } from '../dismissals-read';
import { COLUMNS, DIRECTIONS, LIMITS, OBJECTIVE_KINDS } from '../types';
import {
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  type CheckInJson,
  type FocusAreaJson,
  type JsonProblem,
  type KeyResultJson,
  type ObjectiveJson,
  type OnePagerJson,
  type ProjectJson,
  type ValidationResult,
  type WorkshopJson,
} from './json-types';

/**
 * The runtime validator of the interchange JSON. Hand-written rather than generated from
 * workshop.schema.json because the renderer's CSP forbids the `new Function` that ajv
 * compiles to; a unit test runs ajv with the schema over the same cases and checks that
 * both agree. On top of the schema it checks what JSON Schema cannot express: duplicate
 * ids, dangling references and cycles of parent objectives.
 *
 * Every problem is reported, each with its path (`objectives[1].keyResults[0].target`).
 * Unknown fields are ignored; the returned `data` holds only the known ones.
 */

/** `YYYY-MM-DD` with a plausible month and day; the same pattern as the schema's. */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

type Obj = Record<string, unknown>;

class Checker {
  readonly problems: JsonProblem[] = [];

  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  object(value: unknown, path: string): Obj | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Obj;
    this.add(path, 'expected an object');
    return undefined;
  }

  /** A required field: reports `required` when absent and returns undefined. */
  present(o: Obj, key: string, path: string): boolean {
    if (key in o && o[key] !== undefined) return true;
    this.add(join(path, key), 'required');
    return false;
  }

  string(value: unknown, path: string, max: number, nullable = false): string | null | undefined {
    if (nullable && value === null) return null;
    if (typeof value !== 'string') {
      this.add(path, nullable ? 'expected a string or null' : 'expected a string');
      return undefined;
    }
    if (value.length > max) {
      this.add(path, `longer than ${max} characters (${value.length})`);
      return undefined;
    }
    return value;
  }

  id(value: unknown, path: string, nullable = false): string | null | undefined {
    if (nullable && value === null) return null;
    if (typeof value !== 'string' || value.length === 0) {
      this.add(path, nullable ? 'expected an id or null' : 'expected an id');
      return undefined;
    }
    if (value.length > LIMITS.idLength) {
      this.add(path, `longer than ${LIMITS.idLength} characters (${value.length})`);
      return undefined;
    }
    return value;
  }

  number(value: unknown, path: string, nullable = false): number | null | undefined {
    if (nullable && value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      // Null is accepted where allowed, but "a number" is what the user should write.
      this.add(path, 'expected a number');
      return undefined;
    }
    return value;
  }

  confidence(value: unknown, path: string, nullable = false): number | null | undefined {
    if (nullable && value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 10) {
      this.add(path, 'expected a number from 0 to 10');
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    this.add(path, `expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
    return undefined;
  }

  date(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && DATE_PATTERN.test(value)) return value;
    this.add(path, 'expected a date YYYY-MM-DD');
    return undefined;
  }

  list(value: unknown, path: string, max: number): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.add(path, 'expected a list');
      return undefined;
    }
    if (value.length > max) {
      this.add(path, `more than ${max} items (${value.length})`);
      return undefined;
    }
    return value;
  }

  /** A list of distinct ids (focusAreaIds, initiatives). */
  idList(value: unknown, path: string): string[] | undefined {
    const list = this.list(value, path, LIMITS.listLength);
    if (!list) return undefined;
    const out: string[] = [];
    let ok = true;
    list.forEach((item, i) => {
      const id = this.id(item, `${path}[${i}]`);
      if (typeof id !== 'string') ok = false;
      else if (out.includes(id)) {
        this.add(path, `${JSON.stringify(id)} is listed twice`);
        ok = false;
      } else out.push(id);
    });
    return ok ? out : undefined;
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Sets `key` on `target` when the checked value is usable (not undefined). */
function put<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined,
): void {
  if (value !== undefined) target[key] = value;
}

function optional<T>(
  o: Obj,
  key: string,
  path: string,
  check: (v: unknown, p: string) => T,
): T | undefined {
  return key in o && o[key] !== undefined ? check(o[key], join(path, key)) : undefined;
}

function required<T>(
  c: Checker,
  o: Obj,
  key: string,
  path: string,
  check: (v: unknown, p: string) => T,
): T | undefined {
  return c.present(o, key, path) ? check(o[key], join(path, key)) : undefined;
}

// ---------------------------------------------------------------- records

function focusArea(c: Checker, value: unknown, path: string): FocusAreaJson | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const out = {} as FocusAreaJson;
  put(
    out,
    'id',
    required(c, o, 'id', path, (v, p) => c.id(v, p) ?? undefined),
  );
  put(
    out,
    'title',
    required(c, o, 'title', path, (v, p) => c.string(v, p, LIMITS.shortText) ?? undefined),
  );
  put(
    out,
    'description',
    optional(o, 'description', path, (v, p) => c.string(v, p, LIMITS.shortText) ?? undefined),
  );
  return out;
}

function textList(c: Checker, value: unknown, path: string): string[] | undefined {
  const list = c.list(value, path, LIMITS.records);
  if (!list) return undefined;
  const out: string[] = [];
  list.forEach((item, i) => {
    const text = c.string(item, `${path}[${i}]`, LIMITS.shortText);
    if (typeof text === 'string') out.push(text);
  });
  return out;
}

function onePager(c: Checker, value: unknown, path: string): OnePagerJson | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const out = {} as OnePagerJson;
  for (const field of ['purpose', 'vision', 'customers'] as const) {
    put(
      out,
      field,
      required(c, o, field, path, (v, p) => c.string(v, p, LIMITS.longText) ?? undefined),
    );
  }
  put(
    out,
    'focusAreas',
    required(c, o, 'focusAreas', path, (v, p) =>
      c
        .list(v, p, LIMITS.records)
        ?.map((item, i) => focusArea(c, item, `${p}[${i}]`))
        .filter(isDefined),
    ),
  );
  put(
    out,
    'notDoing',
    required(c, o, 'notDoing', path, (v, p) => textList(c, v, p)),
  );
  put(
    out,
    'metrics',
    required(c, o, 'metrics', path, (v, p) => textList(c, v, p)),
  );
  return out;
}

function project(c: Checker, value: unknown, path: string): ProjectJson | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const out = {} as ProjectJson;
  put(
    out,
    'id',
    required(c, o, 'id', path, (v, p) => c.id(v, p) ?? undefined),
  );
  put(
    out,
    'title',
    required(c, o, 'title', path, (v, p) => c.string(v, p, LIMITS.shortText) ?? undefined),
  );
  put(
    out,
    'description',
    optional(o, 'description', path, (v, p) => c.string(v, p, LIMITS.longText) ?? undefined),
  );
  put(
    out,
    'team',
    optional(o, 'team', path, (v, p) => c.string(v, p, LIMITS.shortText) ?? undefined),
  );
  put(
    out,
    'column',
    required(c, o, 'column', path, (v, p) => c.oneOf(v, p, COLUMNS)),
  );
  put(
    out,
    'focusAreaIds',
    required(c, o, 'focusAreaIds', path, (v, p) => c.idList(v, p)),
  );
  put(
    out,
    'rationale',
    optional(o, 'rationale', path, (v, p) => c.string(v, p, LIMITS.longText) ?? undefined),
  );
  return out;
}

function keyResult(c: Checker, value: unknown, path: string): KeyResultJson | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const out = {} as KeyResultJson;
  put(
    out,
    'id',
    required(c, o, 'id', path, (v, p) => c.id(v, p) ?? undefined),
  );
  put(
    out,
    'title',
    required(c, o, 'title', path, (v, p) => c.string(v, p, LIMITS.shortText) ?? undefined),
  );
  for (const field of ['metric', 'unit', 'team'] as const) {
    put(
      out,
      field,
      optional(o, field, path, (v, p) => c.string(v, p, LIMITS.shortText) ?? undefined),
    );
  }
  for (const field of ['baseline', 'target', 'current'] as const) {
    put(
      out,
      field,
      optional(o, field, path, (v, p) => c.number(v, p, true)),
    );
  }
  put(
    out,
    'direction',
    optional(o, 'direction', path, (v, p) => c.oneOf(v, p, DIRECTIONS)),
  );
  put(
    out,
    'confidence',
    optional(o, 'confidence', path, (v, p) => c.confidence(v, p, true)),
  );
  put(
    out,
    'initiatives',
    optional(o, 'initiatives', path, (v, p) => c.idList(v, p)),
  );
  return out;
}

function objective(c: Checker, value: unknown, path: string): ObjectiveJson | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const out = {} as ObjectiveJson;
  put(
    out,
    'id',
    required(c, o, 'id', path, (v, p) => c.id(v, p) ?? undefined),
  );
  put(
    out,
    'title',
    required(c, o, 'title', path, (v, p) => c.string(v, p, LIMITS.shortText) ?? undefined),
  );
  put(
    out,
    'description',
    optional(o, 'description', path, (v, p) => c.string(v, p, LIMITS.longText) ?? undefined),
  );
  put(
    out,
    'team',
    optional(o, 'team', path, (v, p) => c.string(v, p, LIMITS.shortText, true)),
  );
  put(
    out,
    'parentId',
    optional(o, 'parentId', path, (v, p) => c.id(v, p, true)),
  );
  put(
    out,
    'focusAreaId',
    optional(o, 'focusAreaId', path, (v, p) => c.id(v, p, true)),
  );
  put(
    out,
    'kind',
    optional(o, 'kind', path, (v, p) => c.oneOf(v, p, OBJECTIVE_KINDS)),
  );
  put(
    out,
    'keyResults',
    required(c, o, 'keyResults', path, (v, p) =>
      c.list(v, p, LIMITS.records)?.map((item, i) => keyResult(c, item, `${p}[${i}]`)),
    ) as KeyResultJson[] | undefined,
  );
  return out;
}

function checkIn(c: Checker, value: unknown, path: string): CheckInJson | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const out = {} as CheckInJson;
  put(
    out,
    'id',
    required(c, o, 'id', path, (v, p) => c.id(v, p) ?? undefined),
  );
  put(
    out,
    'keyResultId',
    required(c, o, 'keyResultId', path, (v, p) => c.id(v, p) ?? undefined),
  );
  put(
    out,
    'date',
    required(c, o, 'date', path, (v, p) => c.date(v, p)),
  );
  put(
    out,
    'value',
    required(c, o, 'value', path, (v, p) => c.number(v, p) ?? undefined),
  );
  put(
    out,
    'confidence',
    required(c, o, 'confidence', path, (v, p) => c.confidence(v, p) ?? undefined),
  );
  put(
    out,
    'note',
    optional(o, 'note', path, (v, p) => c.string(v, p, LIMITS.longText) ?? undefined),
  );
  return out;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

// ---------------------------------------------------------------- references

/**
 * Ids unique per kind of record, and every reference pointing at an existing record.
 * Works on the raw value so that a reference is checked even when its record has other
 * problems; paths are those of the raw arrays.
 */
function references(c: Checker, root: Obj): void {
  const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const objs = (value: unknown): [Obj, number][] =>
    arr(value).flatMap((v, i): [Obj, number][] =>
      typeof v === 'object' && v !== null && !Array.isArray(v) ? [[v as Obj, i]] : [],
    );
  const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

  const onePagerObj =
    typeof root.onePager === 'object' && root.onePager !== null ? (root.onePager as Obj) : {};
  const focusAreas = objs(onePagerObj.focusAreas).map(([o, i]) => ({
    o,
    path: `onePager.focusAreas[${i}]`,
  }));
  const projects = objs(root.projects).map(([o, i]) => ({ o, path: `projects[${i}]` }));
  const objectives = objs(root.objectives).map(([o, i]) => ({ o, path: `objectives[${i}]` }));
  const keyResults = objectives.flatMap(({ o, path }) =>
    objs(o.keyResults).map(([kr, i]) => ({ o: kr, path: `${path}.keyResults[${i}]` })),
  );
  const checkIns = objs(root.checkIns).map(([o, i]) => ({ o, path: `checkIns[${i}]` }));

  const ids = (records: { o: Obj; path: string }[]): Set<string> => {
    const first = new Map<string, string>();
    for (const { o, path } of records) {
      if (!str(o.id)) continue;
      const seen = first.get(o.id);
      if (seen !== undefined)
        c.add(`${path}.id`, `duplicate id ${JSON.stringify(o.id)} (also at ${seen}.id)`);
      else first.set(o.id, path);
    }
    return new Set(first.keys());
  };
  const focusIds = ids(focusAreas);
  const projectIds = ids(projects);
  const objectiveIds = ids(objectives);
  const keyResultIds = ids(keyResults);
  ids(checkIns);

  if (keyResults.length > LIMITS.records) {
    c.add('objectives', `more than ${LIMITS.records} key results in total (${keyResults.length})`);
  }

  const refList = (o: Obj, key: string, path: string, valid: Set<string>, what: string) => {
    // An over-long list is already reported as such; its items are not listed one by one.
    if (arr(o[key]).length > LIMITS.listLength) return;
    arr(o[key]).forEach((id, i) => {
      if (str(id) && !valid.has(id))
        c.add(`${path}.${key}[${i}]`, `no ${what} with id ${JSON.stringify(id)}`);
    });
  };
  const ref = (o: Obj, key: string, path: string, valid: Set<string>, what: string) => {
    const id = o[key];
    if (str(id) && !valid.has(id))
      c.add(`${path}.${key}`, `no ${what} with id ${JSON.stringify(id)}`);
  };

  for (const { o, path } of projects) refList(o, 'focusAreaIds', path, focusIds, 'focus area');
  for (const { o, path } of objectives) {
    ref(o, 'focusAreaId', path, focusIds, 'focus area');
    if (str(o.parentId) && o.parentId === o.id)
      c.add(`${path}.parentId`, 'an objective cannot be its own parent');
    else ref(o, 'parentId', path, objectiveIds, 'objective');
  }
  for (const { o, path } of keyResults) refList(o, 'initiatives', path, projectIds, 'project');
  for (const { o, path } of checkIns) ref(o, 'keyResultId', path, keyResultIds, 'key result');

  // Cycles longer than one: follow the parents from each objective; it is on a cycle if
  // the walk comes back to it. Each objective of the cycle is reported.
  const parent = new Map<string, string>();
  for (const { o } of objectives) {
    if (str(o.id) && str(o.parentId) && o.parentId !== o.id && !parent.has(o.id))
      parent.set(o.id, o.parentId);
  }
  const reported = new Set<string>();
  for (const { o, path } of objectives) {
    if (!str(o.id) || reported.has(o.id)) continue;
    const chain = [o.id];
    let cur = parent.get(o.id);
    while (cur !== undefined && cur !== o.id && !chain.includes(cur)) {
      chain.push(cur);
      cur = parent.get(cur);
    }
    if (cur === o.id && chain.length > 1) {
      reported.add(o.id);
      c.add(
        `${path}.parentId`,
        `forms a cycle of parent objectives (${[...chain, o.id].join(' → ')})`,
      );
    }
  }
}

// ---------------------------------------------------------------- the workshop

/**
 * Checks a parsed value against the interchange format, version 1.
 * @returns the known fields as a `WorkshopJson`, or every problem found.
 * @example
 * const result = validateWorkshopJson(JSON.parse(text));
 * if (!result.ok) for (const p of result.problems) console.log(`${p.path}: ${p.message}`);
 * @public
 */
export function validateWorkshopJson(value: unknown): ValidationResult {
  const c = new Checker();
  const root = c.object(value, '(root)');
  if (!root) return { ok: false, problems: c.problems };

  // A newer file may be shaped differently: the version is the only useful thing to say.
  if (typeof root.version === 'number' && root.version > INTERCHANGE_VERSION) {
    return {
      ok: false,
      problems: [
        { path: 'version', message: 'made by a newer version of Offsite; update to open it' },
      ],
    };
  }
  const out = {} as WorkshopJson;
  if (c.present(root, 'format', '')) {
    if (root.format === INTERCHANGE_FORMAT) out.format = INTERCHANGE_FORMAT;
    else c.add('format', `expected ${JSON.stringify(INTERCHANGE_FORMAT)}`);
  }
  if (c.present(root, 'version', '')) {
    if (root.version === INTERCHANGE_VERSION) out.version = INTERCHANGE_VERSION;
    else c.add('version', `expected ${INTERCHANGE_VERSION}`);
  }
  put(
    out,
    'id',
    required(c, root, 'id', '', (v, p) => c.id(v, p) ?? undefined),
  );
  put(
    out,
    'title',
    required(c, root, 'title', '', (v, p) => c.string(v, p, LIMITS.shortText) ?? undefined),
  );
  put(
    out,
    'cycle',
    required(c, root, 'cycle', '', (v, p) => c.string(v, p, LIMITS.shortText) ?? undefined),
  );
  put(
    out,
    'cycleStart',
    optional(root, 'cycleStart', '', (v, p) => c.date(v, p)),
  );
  put(
    out,
    'cycleEnd',
    optional(root, 'cycleEnd', '', (v, p) => c.date(v, p)),
  );
  put(
    out,
    'checkInWeekday',
    optional(root, 'checkInWeekday', '', (v, p) => {
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 6) return v;
      c.add(p, 'expected a whole number from 0 (Sunday) to 6 (Saturday)');
      return undefined;
    }),
  );
  put(
    out,
    'agreed',
    optional(root, 'agreed', '', (v, p) => {
      if (typeof v === 'boolean') return v;
      c.add(p, 'expected true or false');
      return undefined;
    }),
  );
  put(
    out,
    'dismissedFindings',
    optional(root, 'dismissedFindings', '', (v, p) =>
      c.list(v, p, LIMITS.records)?.flatMap((item, i) => {
        const at = `${p}[${i}]`;
        const o = c.object(item, at);
        if (!o) return [];
        const rule = required(c, o, 'rule', at, (r, rp) => {
          if (typeof r === 'string' && DISMISSAL_RULE_PATTERN.test(r)) return r;
          c.add(rp, 'expected a coach rule id such as "kr-is-output"');
          return undefined;
        });
        const targetId = required(c, o, 'targetId', at, (t, tp) => c.id(t, tp) ?? undefined);
        return rule !== undefined && targetId !== undefined ? [{ rule, targetId }] : [];
      }),
    ),
  );
  put(
    out,
    'onePager',
    required(c, root, 'onePager', '', (v, p) => onePager(c, v, p)),
  );
  const records = <T>(key: string, check: (v: unknown, p: string) => T | undefined) =>
    required(c, root, key, '', (v, p) =>
      c.list(v, p, LIMITS.records)?.map((item, i) => check(item, `${p}[${i}]`)),
    );
  put(
    out,
    'projects',
    records('projects', (v, p) => project(c, v, p)) as ProjectJson[] | undefined,
  );
  put(
    out,
    'objectives',
    records('objectives', (v, p) => objective(c, v, p)) as ObjectiveJson[] | undefined,
  );
  put(
    out,
    'checkIns',
    records('checkIns', (v, p) => checkIn(c, v, p)) as CheckInJson[] | undefined,
  );

  references(c, root);
  return c.problems.length === 0 ? { ok: true, data: out } : { ok: false, problems: c.problems };
}

/** `path: message`, the one-line form every tool prints. */
export function formatProblem(problem: JsonProblem): string {
  return `${problem.path}: ${problem.message}`;
}
