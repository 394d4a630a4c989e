import * as v from 'valibot';
import { LIMITS } from '../limits';
import {
  idSchema,
  jsonObject,
  kindOf,
  listSchema,
  numberSchema,
  textSchema,
  type Field,
} from './fields';
import { OBJECTIVE_KINDS } from './objective';
import { RETROSPECTIVE_SCHEMA } from './retrospective';

/*
 * The cycle a workshop follows: its identity (so the chain of cycles can be walked) and a
 * small summary of how it ended — each objective's score, each key result's grade and
 * reason, the retrospectives — copied when the next cycle is started. The previous
 * workshop may not be on this device (a browser in the room, a file sent by mail), and its
 * grades are final by then, so the copy is what the team sees while redrafting. It is
 * written once, by whoever starts the cycle, and is a system key of `meta` afterwards
 * (shared/protocol/policy.ts): no peer changes it in a room.
 */

const retrospective = RETROSPECTIVE_SCHEMA;
const score = v.nullable(numberSchema('expected a number from 0 to 1, or null', { lo: 0, hi: 1 }));

/** A key result of the previous cycle, as it was graded. */
export const PREVIOUS_KEY_RESULT_SCHEMA = jsonObject({
  title: textSchema(LIMITS.shortText),
  grade: score,
  /** The grade was the one suggested from progress: the team never set one. */
  suggested: v.optional(v.boolean('expected true or false')),
  reason: v.optional(textSchema(LIMITS.longText)),
});

/** An objective of the previous cycle with its score (the mean of its grades). */
export const PREVIOUS_OBJECTIVE_SCHEMA = jsonObject({
  id: idSchema(),
  title: textSchema(LIMITS.shortText),
  kind: v.picklist(OBJECTIVE_KINDS, 'expected "committed" or "aspirational"'),
  score,
  keyResults: v.optional(listSchema(PREVIOUS_KEY_RESULT_SCHEMA, LIMITS.listLength), []),
  retrospective: v.optional(retrospective),
});

export const PREVIOUS_CYCLE_SCHEMA = v.pipe(
  jsonObject({
    id: idSchema(),
    title: textSchema(LIMITS.shortText),
    cycle: textSchema(LIMITS.shortText),
    objectives: v.optional(listSchema(PREVIOUS_OBJECTIVE_SCHEMA, LIMITS.listLength), []),
    retrospective: v.optional(retrospective),
  }),
  v.description(
    'the cycle this workshop follows (another workshop: its id, title and cycle) and how it ended, copied when this cycle was started',
  ),
);

export type PreviousCycle = v.InferOutput<typeof PREVIOUS_CYCLE_SCHEMA>;
export type PreviousObjective = PreviousCycle['objectives'][number];
export type PreviousKeyResult = PreviousObjective['keyResults'][number];

/**
 * Read results by stored object: Yjs hands back the same object for an unchanged value, so
 * an unchanged summary reads as the same snapshot (the store keeps `meta` identical) and
 * is validated once, however often `meta` is re-read (every edit stamps `updatedAt`).
 */
const reads = new WeakMap<object, { value: PreviousCycle | null; problems: readonly string[] }>();

function validate(raw: object): { value: PreviousCycle | null; problems: readonly string[] } {
  const result = v.safeParse(PREVIOUS_CYCLE_SCHEMA, raw);
  if (result.success) return { value: result.output, problems: [] };
  const first = result.issues[0]!;
  const path = (first.path ?? []).map((p) => String(p.key)).join('.');
  const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
  return {
    value: null,
    problems: [`${path ? `${path}: ` : ''}${first.message}${more}; the summary is not shown`],
  };
}

/**
 * `meta.previousCycle`: null when the workshop follows no other. Read all or nothing — a
 * summary that does not validate is reported and read as null — since nothing but the
 * code that starts a cycle writes it.
 */
export function previousCycleField(): Field<PreviousCycle | null, PreviousCycle, 'optional'> {
  return {
    json: 'optional',
    omitInSnapshot: false,
    read: (raw, at) => {
      if (raw === undefined || raw === null) return null;
      if (typeof raw !== 'object') {
        at.report({ where: at.where, message: `expected an object, found ${kindOf(raw)}` });
        return null;
      }
      let read = reads.get(raw);
      if (!read) reads.set(raw, (read = validate(raw)));
      for (const message of read.problems) at.report({ where: at.where, message });
      return read.value;
    },
    schema: PREVIOUS_CYCLE_SCHEMA as unknown as v.GenericSchema<unknown, PreviousCycle>,
    toJson: (value) => value ?? undefined,
    toDoc: (value) => value,
  };
}
