import * as v from 'valibot';
import * as Y from 'yjs';
import { ISO_DATE_PATTERN, isIsoDate } from '../../dates';
import { LANGUAGE_TAG } from '../../i18n/languages';
import { LIMITS } from '../limits';
import type { ReportProblem } from '../problems';

/**
 * The kinds of field a record can have. Each kind knows, for one field:
 * - how to read what a peer stored in the doc, forgivingly (`read`: a wrong type gives the
 *   default, an oversized string is clamped, each problem is reported, nothing throws);
 * - its strict check in the interchange JSON, as a valibot schema with the `path: message`
 *   wording of the CLI (`schema`), from which the JSON Schema file is generated too;
 * - its JSON mapping both ways (`toJson`, with the "omit when empty" rule; `toDoc`).
 * A record spec (records/*.ts) is a list of these: adding a field is one line there.
 */

/** Where a field is read: the problem path (`projects.p-1.title`) and the reporter. */
export interface ReadAt {
  readonly where: string;
  readonly report: ReportProblem;
  /** The key of the record being read. */
  readonly id: string;
}

/** A required field's reader returns this when the record is unusable without it. */
export const SKIP: unique symbol = Symbol('skip record');

/**
 * How a field appears in the interchange JSON:
 * - `required`: must be present; always written;
 * - `optional`: may be absent; left out on export when empty (the field's default);
 * - `defaulted`: may be absent (the default is used on import); always written on export;
 * - `none`: not in the JSON (doc-only, or implied by nesting such as a key result's objective).
 */
export type JsonMode = 'required' | 'optional' | 'defaulted' | 'none';

/**
 * One field. `V` is its snapshot value, `J` its JSON value, `M` its JSON mode and `O` whether
 * the snapshot leaves the key out when empty (instead of holding the empty value).
 */
export interface Field<V, J, M extends JsonMode, O extends boolean = false> {
  readonly json: M;
  readonly omitInSnapshot: O;
  /** The collection this field refers to (ids checked on import, resolved on read). */
  readonly refersTo?: RefTarget;
  /** For a reference to a record of the same kind: a parent link (no self-reference, no cycle). */
  readonly parent?: boolean;
  read(raw: unknown, at: ReadAt): V | typeof SKIP;
  /** The strict JSON check; absent for `none`. */
  readonly schema?: v.GenericSchema<unknown, J>;
  /** The JSON value to write, or undefined to leave the field out. */
  toJson(value: V): J | undefined;
  /** The value to store from a JSON value (absent when undefined); undefined, null and '' are not stored. */
  toDoc(value: J | undefined): unknown;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any field, whatever its types
export type AnyField = Field<any, any, JsonMode, boolean>;

export type RefTarget = 'focusAreas' | 'projects' | 'objectives' | 'keyResults';

// ---------------------------------------------------------------- problem wording

export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Y.AbstractType) return `a shared ${value.constructor.name}`;
  if (value instanceof Uint8Array) return 'binary data';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function preview(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return kindOf(value);
}

const absent = (value: unknown): value is undefined | null => value === undefined || value === null;

// ---------------------------------------------------------------- forgiving reads

/** Text (a string or a shared Y.Text), clamped to `max`; '' when absent or not text. */
function readText(raw: unknown, max: number, at: ReadAt): string {
  if (absent(raw)) return '';
  let text: string;
  if (typeof raw === 'string') text = raw;
  else if (raw instanceof Y.Text) text = raw.toString();
  else {
    at.report({ where: at.where, message: `expected text, found ${kindOf(raw)}` });
    return '';
  }
  if (text.length > max) {
    at.report({ where: at.where, message: `text of ${text.length} characters clamped to ${max}` });
    return text.slice(0, max);
  }
  return text;
}

function readOptText(raw: unknown, max: number, at: ReadAt): string | null {
  if (absent(raw)) return null;
  const text = readText(raw, max, at);
  return text === '' ? null : text;
}

function readNumber(raw: unknown, at: ReadAt): number | null {
  if (absent(raw)) return null;
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  at.report({ where: at.where, message: `expected a finite number, found ${kindOf(raw)}` });
  return null;
}

function clamp(n: number | null, lo: number, hi: number, at: ReadAt): number | null {
  if (n === null || (n >= lo && n <= hi)) return n;
  at.report({ where: at.where, message: `${n} clamped to ${lo}..${hi}` });
  return Math.min(hi, Math.max(lo, n));
}

function readIdList(raw: unknown, at: ReadAt): string[] {
  if (absent(raw)) return [];
  const list: unknown[] | null =
    raw instanceof Y.Array ? raw.toArray() : Array.isArray(raw) ? raw : null;
  if (list === null) {
    at.report({ where: at.where, message: `expected a list of ids, found ${kindOf(raw)}` });
    return [];
  }
  const out: string[] = [];
  for (const item of list.slice(0, LIMITS.listLength)) {
    if (typeof item !== 'string' || item.length === 0 || item.length > LIMITS.idLength) {
      at.report({ where: at.where, message: `skipped an invalid id ${preview(item)}` });
    } else if (!out.includes(item)) out.push(item);
  }
  return out;
}

// ---------------------------------------------------------------- strict JSON checks

/** A missing key is reported by the object that should hold it. */
const objectMessage = (issue: v.BaseIssue<unknown>) =>
  issue.expected?.startsWith('"') ? 'required' : 'expected an object';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A JSON object with these entries; unknown keys are accepted and dropped. valibot's
 * `object` takes an array for an object, as JSON Schema's `"type": "object"` does not:
 * the plain-object check in front keeps both in agreement.
 */
export function jsonObject<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'expected an object'),
    v.object(entries, objectMessage),
  );
}

const tooLong = (max: number) => (issue: v.BaseIssue<unknown>) =>
  `longer than ${max} characters (${(issue.input as string).length})`;

export function textSchema(max: number, message = 'expected a string') {
  return v.pipe(v.string(message), v.maxLength(max, tooLong(max)));
}

export function idSchema(message = 'expected an id') {
  return v.pipe(
    v.string(message),
    v.minLength(1, message),
    v.maxLength(LIMITS.idLength, tooLong(LIMITS.idLength)),
  );
}

export function listSchema<T>(item: v.GenericSchema<unknown, T>, max: number) {
  return v.pipe(
    v.array(item, 'expected a list'),
    v.maxLength(max, (issue) => `more than ${max} items (${(issue.input as unknown[]).length})`),
  );
}

/** A number JSON can hold: finite (1e999 parses to Infinity). */
export function numberSchema(
  message: string,
  range?: { lo: number; hi: number; integer?: boolean },
) {
  const actions: v.PipeItem<number, number, v.BaseIssue<unknown>>[] = [];
  if (range?.integer) actions.push(v.integer(message));
  if (range) actions.push(v.minValue(range.lo, message), v.maxValue(range.hi, message));
  return v.pipe(v.number(message), v.finite(message), ...actions);
}

const dateSchema = v.pipe(
  v.string('expected a date YYYY-MM-DD'),
  v.check((value: string) => isIsoDate(value), 'expected a date YYYY-MM-DD'),
);

const idListSchema = v.pipe(
  listSchema(idSchema(), LIMITS.listLength),
  v.rawCheck<string[]>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<string>();
    for (const id of dataset.value) {
      if (seen.has(id)) addIssue({ message: `${JSON.stringify(id)} is listed twice` });
      seen.add(id);
    }
  }),
  v.metadata({ uniqueItems: true }),
);

// ---------------------------------------------------------------- the kinds

type Opts<M extends JsonMode> = { readonly json: M; readonly description?: string };

function described<S extends v.GenericSchema>(schema: S, description?: string): S {
  return (description ? v.pipe(schema, v.description(description)) : schema) as S;
}

const same = <T>(value: T | undefined) => value;

/** The record's key. Always `id` in the snapshot and the JSON. */
export function key(): Field<string, string, 'required'> {
  return {
    json: 'required',
    omitInSnapshot: false,
    read: (_raw, at) => at.id,
    schema: idSchema(),
    toJson: (value) => value,
    toDoc: same,
  };
}

/**
 * The record's key under the name the record gives it, doc-only: a grade is stored under
 * its key result's id, a retrospective under its objective's. In the JSON it is implied
 * by nesting, like a key result's objective.
 */
export function recordKey(): Field<string, never, 'none'> {
  return {
    json: 'none',
    omitInSnapshot: false,
    read: (_raw, at) => at.id,
    toJson: () => undefined,
    toDoc: () => undefined,
  };
}

/**
 * `field`, with its key left out of the snapshot while it is empty: for fields added to a
 * record later, so snapshots built by hand (tests, other tools) stay valid without them.
 */
export function absentWhenEmpty<V, E extends V, J, M extends JsonMode>(
  field: Field<V, J, M>,
  isEmpty: (value: V) => value is E,
): Field<Exclude<V, E> | undefined, J, M, true> {
  return {
    ...field,
    omitInSnapshot: true,
    read: (raw, at) => {
      const value = field.read(raw, at);
      return value !== SKIP && isEmpty(value) ? undefined : (value as Exclude<V, E> | typeof SKIP);
    },
    toJson: (value) => (value === undefined ? undefined : field.toJson(value)),
  };
}

/** Text up to `max` characters; '' when unset. */
export function text<M extends 'required' | 'optional' | 'none'>(
  max: number,
  opts: Opts<M>,
): Field<string, string, M> {
  return {
    json: opts.json,
    omitInSnapshot: false,
    read: (raw, at) => readText(raw, max, at),
    schema: described(textSchema(max), opts.description),
    toJson: (value) => (opts.json === 'optional' && value === '' ? undefined : value),
    toDoc: same,
  };
}

/** Text that may be unset (null), such as an objective's team (null = company level). */
export function optionalText(
  max: number,
  opts: { description?: string } = {},
): Field<string | null, string | null, 'defaulted'> {
  return {
    json: 'defaulted',
    omitInSnapshot: false,
    read: (raw, at) => readOptText(raw, max, at),
    schema: described(v.nullable(textSchema(max, 'expected a string or null')), opts.description),
    toJson: (value) => value,
    toDoc: same,
  };
}

/** An id (of this or another record); '' when unset. */
export function id<M extends 'required' | 'none'>(
  opts: Opts<M> & { refersTo?: RefTarget },
): Field<string, string, M> {
  return {
    json: opts.json,
    omitInSnapshot: false,
    ...(opts.refersTo ? { refersTo: opts.refersTo } : {}),
    read: (raw, at) => readText(raw, LIMITS.idLength, at),
    schema: described(idSchema(), opts.description),
    toJson: (value) => value,
    toDoc: same,
  };
}

/** A reference that may be unset (null), written as null in the JSON. */
export function optionalRef(
  refersTo: RefTarget,
  opts: { parent?: boolean; description?: string } = {},
): Field<string | null, string | null, 'defaulted'> {
  return {
    json: 'defaulted',
    omitInSnapshot: false,
    refersTo,
    ...(opts.parent ? { parent: true } : {}),
    read: (raw, at) => readOptText(raw, LIMITS.idLength, at),
    schema: described(v.nullable(idSchema('expected an id or null')), opts.description),
    toJson: (value) => value,
    toDoc: same,
  };
}

/** A doc-only link whose key is absent from the snapshot when unset. */
export function link(): Field<string | undefined, never, 'none', true> {
  return {
    json: 'none',
    omitInSnapshot: true,
    read: (raw, at) => readOptText(raw, LIMITS.idLength, at) ?? undefined,
    toJson: () => undefined,
    toDoc: () => undefined,
  };
}

/** Distinct ids of records of `refersTo`; dangling ones are dropped on read (resolve.ts). */
export function idList<M extends 'required' | 'optional'>(
  refersTo: RefTarget,
  opts: Opts<M>,
): Field<readonly string[], string[], M> {
  return {
    json: opts.json,
    omitInSnapshot: false,
    refersTo,
    read: (raw, at) => readIdList(raw, at),
    schema: described(idListSchema, opts.description),
    toJson: (value) => (opts.json === 'optional' && value.length === 0 ? undefined : [...value]),
    toDoc: (value) => (value ? [...value] : undefined),
  };
}

/** One of `values`; `fallback` when unset or unknown. */
export function oneOf<T extends string, M extends 'required' | 'defaulted'>(
  values: readonly T[],
  fallback: T,
  opts: Opts<M>,
): Field<T, T, M> {
  return {
    json: opts.json,
    omitInSnapshot: false,
    read: (raw, at) => {
      if (absent(raw)) return fallback;
      if (typeof raw === 'string' && (values as readonly string[]).includes(raw)) return raw as T;
      at.report({ where: at.where, message: `unknown value ${preview(raw)}, using "${fallback}"` });
      return fallback;
    },
    schema: described(
      v.picklist(values, `expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}`),
      opts.description,
    ),
    toJson: (value) => value,
    toDoc: (value) => value ?? fallback,
  };
}

/** A number that may be unset (null), optionally clamped to lo..hi. */
export function optionalNumber(
  range?: { lo: number; hi: number },
  opts: { description?: string } = {},
): Field<number | null, number | null, 'optional'> {
  const message = range ? `expected a number from ${range.lo} to ${range.hi}` : 'expected a number';
  return {
    json: 'optional',
    omitInSnapshot: false,
    read: (raw, at) => {
      const n = readNumber(raw, at);
      return range ? clamp(n, range.lo, range.hi, at) : n;
    },
    schema: described(v.nullable(numberSchema(message, range)), opts.description),
    toJson: (value) => (value === null ? undefined : value),
    toDoc: same,
  };
}

/**
 * A number the record needs. With a fallback, a missing or wrong value reads as the fallback
 * (clamped to the range); without one, the record is skipped.
 */
export function requiredNumber(
  opts: { range?: { lo: number; hi: number }; fallback?: number } = {},
): Field<number, number, 'required'> {
  const { range, fallback } = opts;
  const message = range ? `expected a number from ${range.lo} to ${range.hi}` : 'expected a number';
  return {
    json: 'required',
    omitInSnapshot: false,
    read: (raw, at) => {
      if (typeof raw === 'number' && Number.isFinite(raw))
        return range ? (clamp(raw, range.lo, range.hi, at) ?? raw) : raw;
      if (fallback !== undefined) {
        if (!absent(raw)) readNumber(raw, at);
        return fallback;
      }
      const found = absent(raw) ? 'nothing' : kindOf(raw);
      at.report({ where: at.where, message: `expected a finite number, found ${found}; skipped` });
      return SKIP;
    },
    schema: numberSchema(message, range),
    toJson: (value) => value,
    toDoc: same,
  };
}

/** A whole number from lo to hi, `fallback` when unset; left out of the JSON when it is the fallback. */
export function wholeNumber(
  lo: number,
  hi: number,
  fallback: number,
  opts: { message: string; description?: string },
): Field<number, number, 'optional'> {
  return {
    json: 'optional',
    omitInSnapshot: false,
    read: (raw, at) => {
      const n = readNumber(raw, at);
      if (n === null) return fallback;
      if (Number.isInteger(n) && n >= lo && n <= hi) return n;
      at.report({ where: at.where, message: `${n} is not a whole number from ${lo} to ${hi}` });
      return fallback;
    },
    schema: described(numberSchema(opts.message, { lo, hi, integer: true }), opts.description),
    toJson: (value) => (value === fallback ? undefined : value),
    toDoc: same,
  };
}

/** A doc-only number (schema version, timestamps), `fallback` when unset. */
export function counter(fallback: number): Field<number, never, 'none'> {
  return {
    json: 'none',
    omitInSnapshot: false,
    read: (raw, at) => readNumber(raw, at) ?? fallback,
    toJson: () => undefined,
    toDoc: () => undefined,
  };
}

/** True or false, false when unset; left out of the JSON when false. */
export function flag(): Field<boolean, boolean, 'optional'> {
  return {
    json: 'optional',
    omitInSnapshot: false,
    read: (raw, at) => {
      if (absent(raw) || typeof raw === 'boolean') return raw === true;
      at.report({ where: at.where, message: `expected true or false, found ${kindOf(raw)}` });
      return false;
    },
    schema: v.boolean('expected true or false'),
    toJson: (value) => (value ? true : undefined),
    toDoc: (value) => (value ? true : undefined),
  };
}

/**
 * A calendar date `YYYY-MM-DD` (shared/dates.ts says which are real). A required date that
 * is not one skips the record; an optional one reads as '' (unset).
 */
export function date<M extends 'required' | 'optional'>(opts: Opts<M>): Field<string, string, M> {
  return {
    json: opts.json,
    omitInSnapshot: false,
    read: (raw, at) => {
      if (opts.json === 'optional' && (absent(raw) || raw === '')) return '';
      if (isIsoDate(raw)) return raw;
      const found = absent(raw) ? 'nothing' : preview(raw);
      const then = opts.json === 'required' ? '; skipped' : '';
      at.report({ where: at.where, message: `expected a date YYYY-MM-DD, found ${found}${then}` });
      return opts.json === 'required' ? SKIP : '';
    },
    schema: described(
      v.pipe(dateSchema, v.metadata({ format: 'date', pattern: ISO_DATE_PATTERN })),
      opts.description ?? 'a calendar date YYYY-MM-DD',
    ),
    toJson: (value) => (opts.json === 'optional' && value === '' ? undefined : value),
    toDoc: same,
  };
}

/**
 * A BCP 47 language tag (`"de"`, `"it-CH"`), '' when unset (English). A tag that is not one
 * reads as unset, with a warning: a peer's typo must not switch the room to no language.
 */
export function languageTag(
  opts: { description?: string } = {},
): Field<string, string, 'optional'> {
  const message = 'expected a BCP 47 language tag such as "en", "it" or "de"';
  return {
    json: 'optional',
    omitInSnapshot: false,
    read: (raw, at) => {
      const value = readText(raw, LANGUAGE_TAG_MAX, at);
      if (value === '' || LANGUAGE_TAG.test(value)) return value;
      at.report({ where: at.where, message: `${message}, found ${preview(value)}; read as unset` });
      return '';
    },
    schema: described(
      v.pipe(
        v.string(message),
        v.maxLength(LANGUAGE_TAG_MAX, message),
        v.regex(LANGUAGE_TAG, message),
      ),
      opts.description,
    ),
    toJson: (value) => (value === '' ? undefined : value),
    toDoc: same,
  };
}

/** BCP 47 allows long tags; 35 characters hold every registered one with room to spare. */
const LANGUAGE_TAG_MAX = 35;

/** A short code matching `pattern` (a coach rule id); the record is skipped without one. */
export function code(pattern: RegExp, message: string): Field<string, string, 'required'> {
  return {
    json: 'required',
    omitInSnapshot: false,
    read: (raw, at) => {
      if (typeof raw === 'string' && pattern.test(raw)) return raw;
      at.report({ where: at.where, message: `${message}; skipped` });
      return SKIP;
    },
    schema: v.pipe(v.string(message), v.regex(pattern, message)),
    toJson: (value) => value,
    toDoc: same,
  };
}

/** An id the record cannot do without (a dismissal's target). */
export function requiredId(): Field<string, string, 'required'> {
  return {
    json: 'required',
    omitInSnapshot: false,
    read: (raw, at) => {
      if (typeof raw === 'string' && raw.length > 0 && raw.length <= LIMITS.idLength) return raw;
      at.report({
        where: at.where,
        message: `expected an id of 1..${LIMITS.idLength} characters; skipped`,
      });
      return SKIP;
    },
    schema: idSchema(),
    toJson: (value) => value,
    toDoc: same,
  };
}

/** Sorts after every valid key: a record with a broken order shows last, not nowhere. */
const LAST_ORDER = '\uffff';

/** The fractional-index key of an ordered record (order.ts); doc-only. */
export function order(): Field<string, never, 'none'> {
  return {
    json: 'none',
    omitInSnapshot: false,
    read: (raw, at) => {
      if (typeof raw === 'string' && raw.length > 0 && raw.length <= LIMITS.idLength) return raw;
      if (raw !== undefined)
        at.report({ where: at.where, message: 'invalid order key, sorted last' });
      return LAST_ORDER;
    },
    toJson: () => undefined,
    toDoc: () => undefined,
  };
}
