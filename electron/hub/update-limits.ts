import * as Y from 'yjs';
import { LIMITS } from '../../shared/model';
import { metaSpec, onePagerTextsSpec } from '../../shared/model/records';
import { COLLECTION_SPECS } from '../../shared/model/records/collections';
import type { AnyField } from '../../shared/model/records/fields';
import type { Fields, RecordSpec } from '../../shared/model/records/spec';
import { HUB_CLOSE } from '../../shared/protocol/room';
import { GuardRefusal } from './guard';
import type { AnyStruct, Parent, PlacePath, UpdateScan } from './update-scan';

/**
 * Bounded fields, and what an update costs the hub. Every text a peer writes is held to the
 * limit the UI holds its own user to (the record specs in shared/model: 500 characters for
 * a title, 20 000 for a description or a one-pager text); anything else to 20 000; every
 * key to 100. A one-pager text is checked at the length it would have after the update,
 * so a paste that replaces a whole text is fine and one more character over the limit is
 * not. An update over a limit is refused whole (4413): nothing of it is applied.
 *
 * The cost is what applying the update adds to the hub's memory, in bytes, from what was
 * measured here (Node 20, yjs 13.6): an item of a text or list takes ~200 bytes, a map entry
 * (item, key, the map's own entry) ~700, and content two bytes a character (its UTF-8
 * length where that is more, so a document's cost is never below its encoded size). The
 * document-size cap and the growth budget (growth.ts) count in this measure.
 */

export const ITEM_COST = 200;
export const MAP_ENTRY_COST = 700;

function stringCost(text: string): number {
  return Math.max(2 * text.length, Buffer.byteLength(text, 'utf8'));
}

/** The cost of a JSON-like value (a map value, a list element); its size for the limits is the same. */
function valueSize(value: unknown): number {
  if (typeof value === 'string') return stringCost(value);
  if (value === null || typeof value !== 'object') return 8;
  if (value instanceof Uint8Array) return value.byteLength;
  try {
    return stringCost(JSON.stringify(value) ?? '');
  } catch {
    return Infinity;
  }
}

/** How many characters a value counts as against a text limit. */
function valueChars(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (value instanceof Uint8Array) return value.byteLength;
  try {
    return (JSON.stringify(value) ?? '').length;
  } catch {
    return Infinity;
  }
}

/** The cost of the content of a struct the hub holds or will hold (0 once deleted). */
export function contentCost(content: unknown): number {
  if (content instanceof Y.ContentString) return stringCost(content.str);
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON)
    return (content.arr as unknown[]).reduce<number>((n, v) => n + valueSize(v), 0);
  if (content instanceof Y.ContentBinary) return content.content.byteLength;
  if (content instanceof Y.ContentEmbed) return valueSize(content.embed);
  if (content instanceof Y.ContentFormat) return stringCost(content.key) + valueSize(content.value);
  return 0;
}

/** What one struct of a document costs the hub (doc-size.ts counts a whole document with it). */
export function structCost(s: AnyStruct): number {
  if (!(s instanceof Y.Item)) return ITEM_COST;
  return (
    (s.parentSub === null ? ITEM_COST : MAP_ENTRY_COST) + (s.deleted ? 0 : contentCost(s.content))
  );
}

// ---------------------------------------------------------------- the limits

/**
 * The text limit a field's forgiving reader clamps to (text fields: the UI's limit; ids:
 * 100), or null for a field that holds no free text. Read off the spec by reading an
 * over-long text with it, so the hub and the UI share one definition.
 */
function textLimitOf(field: AnyField): number | null {
  const probe = 'x'.repeat(LIMITS.longText + 1);
  const read: unknown = field.read(probe, { where: '', report: () => {}, id: '' });
  return typeof read === 'string' &&
    read.length > 1 &&
    read.length < probe.length &&
    probe.startsWith(read)
    ? read.length
    : null;
}

function limitsOf(spec: RecordSpec<Fields>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, field] of Object.entries(spec.fields)) {
    const limit = textLimitOf(field);
    if (limit !== null) out.set(name, limit);
  }
  return out;
}

const META_LIMITS = limitsOf(metaSpec);
const ONE_PAGER_LIMITS = limitsOf(onePagerTextsSpec);
const RECORD_LIMITS = new Map(
  Object.entries(COLLECTION_SPECS).map(([name, spec]) => [name, limitsOf(spec)]),
);

/** A field's name for a message (`projects.title`, `onePager.vision`), never a record id. */
interface FieldLimit {
  readonly name: string;
  readonly limit: number;
}

/** The limit of whatever sits at `path` (its field's, or LIMITS.longText for anything else). */
export function fieldLimitAt(path: PlacePath | null): FieldLimit {
  const root = path?.[0] ?? null;
  if (!path || root === null) return { name: 'the workshop', limit: LIMITS.longText };
  const records = RECORD_LIMITS.get(root);
  const [table, field] = records
    ? [records, path[2]]
    : root === 'meta'
      ? [META_LIMITS, path[1]]
      : root === 'onePager'
        ? [ONE_PAGER_LIMITS, path[1]]
        : [null, path[1]];
  const limit = (typeof field === 'string' && table?.get(field)) || LIMITS.longText;
  return { name: typeof field === 'string' ? `${root}.${field}` : root, limit };
}

function tooLong(at: FieldLimit, detail: string): GuardRefusal {
  return new GuardRefusal(
    HUB_CLOSE.tooLarge,
    `too long: ${at.name.slice(0, 60)} (over ${at.limit} characters)`,
    detail,
  );
}

/** A text's length before and after the update. */
interface TextTally {
  readonly path: PlacePath | null;
  readonly before: number;
  inserted: number;
  deleted: number;
}

/**
 * Checks an update's new content against the limits (unless `checkFields` is off) and
 * returns its cost. Throws GuardRefusal (4413) naming the first field over its limit.
 */
export function measureUpdate(scan: UpdateScan, checkFields = true): number {
  let cost = 0;
  const texts = new Map<unknown, TextTally>();
  const textOf = (parent: Parent): TextTally => {
    const id =
      parent.kind === 'held' ? parent.type : parent.kind === 'new' ? parent.item : parent.name;
    let tally = texts.get(id);
    if (!tally) {
      const before =
        parent.kind === 'held' && parent.type instanceof Y.Text ? parent.type.length : 0;
      tally = {
        path: scan.pathOf({ parent, key: null })?.slice(0, -1) ?? null,
        before,
        inserted: 0,
        deleted: 0,
      };
      texts.set(id, tally);
    }
    return tally;
  };

  for (const s of scan.structs) {
    if (!scan.isNew(s)) continue;
    if (!(s instanceof Y.Item)) {
      cost += ITEM_COST;
      continue;
    }
    const place = scan.placeOf(s);
    const placed = place && place !== 'gone' ? place : null;
    cost += placed?.key != null ? MAP_ENTRY_COST : ITEM_COST;
    if (checkFields) {
      if (typeof s.parentSub === 'string' && s.parentSub.length > LIMITS.idLength)
        throw new GuardRefusal(
          HUB_CLOSE.tooLarge,
          `a key longer than ${LIMITS.idLength} characters`,
        );
      const parent = s.parent as unknown;
      if (typeof parent === 'string' && parent.length > LIMITS.idLength)
        throw new GuardRefusal(
          HUB_CLOSE.tooLarge,
          `a type name longer than ${LIMITS.idLength} characters`,
        );
    }
    if (s.content instanceof Y.ContentDoc)
      throw new GuardRefusal(HUB_CLOSE.malformed, 'a subdocument is not part of a workshop');
    const kept = s.length - scan.deletedByUpdate(s);
    // Content deleted by the same update is collected at once: it costs nothing.
    if (kept === 0 || place === 'gone') continue;
    if (s.content instanceof Y.ContentString) {
      cost += stringCost(s.content.str) * (kept / s.length);
      if (placed) textOf(placed.parent).inserted += kept;
      else if (checkFields && kept > LIMITS.longText)
        throw tooLong(fieldLimitAt(null), 'unplaced text');
      continue;
    }
    cost += contentCost(s.content);
    if (!checkFields) continue;
    const values =
      s.content instanceof Y.ContentAny || s.content instanceof Y.ContentJSON
        ? (s.content.arr as unknown[])
        : s.content instanceof Y.ContentBinary
          ? [s.content.content]
          : s.content instanceof Y.ContentEmbed
            ? [s.content.embed]
            : s.content instanceof Y.ContentFormat
              ? [s.content.value]
              : [];
    if (values.length === 0) continue;
    const path = placed ? scan.pathOf(placed) : null;
    // A list element is held to its list's field.
    const at = fieldLimitAt(path && placed?.key === null ? path.slice(0, -1) : path);
    for (const value of values) {
      const chars = valueChars(value);
      if (chars > at.limit) throw tooLong(at, `${chars} characters`);
    }
  }

  scan.visitDeletions((target, covered) => {
    if (!target || !('held' in target)) return;
    const item = target.held;
    if (!(item instanceof Y.Item) || item.deleted) return;
    // Deleting part of an item splits it: up to two more items.
    if (covered < item.length) cost += 2 * ITEM_COST;
    if (item.parent instanceof Y.Text && item.countable) {
      const place = scan.placeOfHeld(item);
      if (place && place !== 'gone') textOf(place.parent).deleted += covered;
    }
  });

  if (checkFields) {
    for (const tally of texts.values()) {
      const after = tally.before + tally.inserted - Math.min(tally.deleted, tally.before);
      const at = fieldLimitAt(tally.path);
      // A text already over the limit (written before there was one) may still shrink.
      if (after > at.limit && after > tally.before)
        throw tooLong(at, `${after} characters after the update`);
    }
  }
  return Math.ceil(cost);
}
