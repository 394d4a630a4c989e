import * as v from 'valibot';
import { LIMITS } from '../limits';
import { jsonObject, listSchema } from '../records/fields';
import { recordEntries, recordSchema } from '../records/spec';
import {
  checkInSpec,
  dismissalSpec,
  focusAreaSpec,
  gradeSpec,
  healthRatingSpec,
  keyResultSpec,
  listItemSpec,
  cycleDatesProblem,
  metaSpec,
  objectiveSpec,
  onePagerTextsSpec,
  PREVIOUS_CYCLE_SCHEMA,
  projectSpec,
  RETROSPECTIVE_SCHEMA,
  weeklyItemSpec,
} from '../records';
import {
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  type JsonProblem,
  type ValidationResult,
  type WorkshopJson,
} from './json-types';
import { isIsoDate } from '../../dates';
import { referenceProblems } from './references';

/**
 * The strict check of an interchange file, version 1: how the records' JSON objects (from
 * their specs in records/) nest into one workshop. The same valibot schema generates
 * workshop.schema.json (scripts/gen-schema.mjs). Unknown fields are accepted everywhere and
 * dropped from the result.
 */

const records = <T>(schema: v.GenericSchema<unknown, T>) => listSchema(schema, LIMITS.records);
const grade = recordSchema(gradeSpec);
const retrospective = RETROSPECTIVE_SCHEMA;
const keyResult = recordSchema(keyResultSpec, { grade: v.optional(grade) });

/** Each record's JSON object, built once: the JSON Schema refers to them by these names. */
export const RECORD_SCHEMAS = {
  focusArea: recordSchema(focusAreaSpec),
  project: recordSchema(projectSpec),
  objective: recordSchema(objectiveSpec, {
    keyResults: records(keyResult),
    retrospective: v.optional(retrospective),
  }),
  keyResult,
  grade,
  retrospective,
  checkIn: recordSchema(checkInSpec),
  dismissedFinding: recordSchema(dismissalSpec),
  weeklyItem: recordSchema(weeklyItemSpec),
  healthRating: recordSchema(healthRatingSpec, {
    metric: v.pipe(
      listItemSpec.fields.text.schema!,
      v.description('the health metric, as written in onePager.metrics'),
    ),
  }),
  previousCycle: PREVIOUS_CYCLE_SCHEMA,
};

/** A line of the not-doing list or the health metrics is just its text. */
const lineSchema = listItemSpec.fields.text.schema!;

export const WORKSHOP_SCHEMA = jsonObject({
  format: v.literal(INTERCHANGE_FORMAT, `expected ${JSON.stringify(INTERCHANGE_FORMAT)}`),
  version: v.literal(INTERCHANGE_VERSION, `expected ${INTERCHANGE_VERSION}`),
  ...recordEntries(metaSpec),
  dismissedFindings: v.optional(records(RECORD_SCHEMAS.dismissedFinding)),
  onePager: jsonObject({
    ...recordEntries(onePagerTextsSpec),
    focusAreas: records(RECORD_SCHEMAS.focusArea),
    notDoing: records(lineSchema),
    metrics: records(lineSchema),
  }),
  projects: records(RECORD_SCHEMAS.project),
  objectives: records(RECORD_SCHEMAS.objective),
  checkIns: records(RECORD_SCHEMAS.checkIn),
  weeklyItems: v.optional(records(RECORD_SCHEMAS.weeklyItem)),
  healthRatings: v.optional(records(RECORD_SCHEMAS.healthRating)),
  retrospective: v.optional(retrospective),
}) as unknown as v.GenericSchema<unknown, WorkshopJson>;

/** `objectives[1].keyResults[0].target` from valibot's path. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  }
  return out === '' ? '(root)' : out;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The cycle's dates as a pair (each date alone is checked by the schema). */
function cycleProblems(value: Record<string, unknown>): JsonProblem[] {
  const { cycleStart: start, cycleEnd: end } = value;
  if (!isIsoDate(start) || !isIsoDate(end)) return [];
  const problem = cycleDatesProblem(start, end);
  return problem === null ? [] : [{ path: 'cycleEnd', message: problem }];
}

/**
 * Checks a parsed value against the interchange format, version 1, and what JSON Schema
 * cannot say: duplicate ids, dangling references, cycles of parent objectives, and a cycle
 * that ends on or before it starts.
 * @returns the known fields as a `WorkshopJson`, or every problem found, each with its path.
 * @example
 * const result = validateWorkshopJson(JSON.parse(text));
 * if (!result.ok) for (const p of result.problems) console.log(`${p.path}: ${p.message}`);
 * @public
 */
export function validateWorkshopJson(value: unknown): ValidationResult {
  // A newer file may be shaped differently: the version is the only useful thing to say.
  if (isObject(value) && typeof value.version === 'number' && value.version > INTERCHANGE_VERSION) {
    return {
      ok: false,
      problems: [
        { path: 'version', message: 'made by a newer version of Offsite; update to open it' },
      ],
    };
  }
  const result = v.safeParse(WORKSHOP_SCHEMA, value);
  const problems: JsonProblem[] = result.success
    ? []
    : result.issues.map((issue) => ({ path: pathOf(issue), message: issue.message }));
  if (isObject(value)) problems.push(...referenceProblems(value), ...cycleProblems(value));
  return result.success && problems.length === 0
    ? { ok: true, data: result.output }
    : { ok: false, problems };
}

/** `path: message`, the one-line form every tool prints. */
export function formatProblem(problem: JsonProblem): string {
  return `${problem.path}: ${problem.message}`;
}
