import { crc32 } from '../offsite-file';
import { RECORD_COLLECTIONS, type RecordCollection } from '../schema';
import { ONE_PAGER_FIELDS, type OnePagerField } from '../types';
import { HISTORY_AREAS, type ChangeStats, type Deletions, type HistoryArea } from './changes';
import type { HistoryPoint, PointKind } from './points';

/**
 * The history file kept beside a workshop file (`<name>.offsite.history`): every kept point
 * of its history, rewritten whole and atomically when a point is added.
 *
 * ```
 * offset  size  content
 * 0       16    magic "OFFSITE-HISTORY\n"
 * 16      4     index length H (uint32, big-endian)
 * 20      H     index: UTF-8 JSON {format, version, workshopId, points: [PointMeta…]}
 * 20+H    …     the points' updates, one after another (lengths in the index)
 * end−4   4     CRC-32 of every byte before it (uint32, big-endian)
 * ```
 * @public
 */

const FORMAT = 'offsite.history';
const VERSION = 1;
const MAGIC = new TextEncoder().encode('OFFSITE-HISTORY\n');
const PRELUDE = MAGIC.length + 4;
/** An index entry is ~200 bytes; a thousand points fit well under this. */
const MAX_INDEX = 4 * 1024 * 1024;

/** A point without its update, as the index lists it. */
export type PointMeta = Omit<HistoryPoint, 'update'> & { readonly bytes: number };

export class HistoryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryFileError';
  }
}

export interface HistoryFileContent {
  /** The workshop the history is of (its meta.id when the point was kept). */
  readonly workshopId: string;
  readonly points: readonly HistoryPoint[];
}

export function encodeHistoryFile(content: HistoryFileContent): Uint8Array {
  const index = {
    format: FORMAT,
    version: VERSION,
    workshopId: content.workshopId,
    points: content.points.map(({ update, ...meta }) => ({ ...meta, bytes: update.length })),
  };
  const indexBytes = new TextEncoder().encode(JSON.stringify(index));
  const data = content.points.reduce((sum, p) => sum + p.update.length, 0);
  const total = PRELUDE + indexBytes.length + data + 4;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(MAGIC.length, indexBytes.length);
  out.set(indexBytes, PRELUDE);
  let at = PRELUDE + indexBytes.length;
  for (const point of content.points) {
    out.set(point.update, at);
    at += point.update.length;
  }
  view.setUint32(total - 4, crc32(out.subarray(0, total - 4)));
  return out;
}

/** @throws HistoryFileError saying what is wrong (truncated, corrupt, newer, not a history). */
export function decodeHistoryFile(bytes: Uint8Array): HistoryFileContent {
  const fail = (why: string): never => {
    throw new HistoryFileError(why);
  };
  if (bytes.length < PRELUDE || !MAGIC.every((b, i) => bytes[i] === b))
    fail('not an Offsite history file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const indexLength = view.getUint32(MAGIC.length);
  if (indexLength > MAX_INDEX || PRELUDE + indexLength + 4 > bytes.length)
    fail('the history file is truncated or corrupt');
  if (crc32(bytes.subarray(0, bytes.length - 4)) !== view.getUint32(bytes.length - 4))
    fail('checksum mismatch: the history file is corrupt');
  let index: unknown;
  try {
    index = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(
        bytes.subarray(PRELUDE, PRELUDE + indexLength),
      ),
    );
  } catch {
    fail('the history file index is not JSON');
  }
  const i = index as {
    format?: unknown;
    version?: unknown;
    workshopId?: unknown;
    points?: unknown;
  };
  if (i?.format !== FORMAT) fail('not an Offsite history file (its index is not one)');
  if (typeof i.version !== 'number' || i.version > VERSION)
    fail(`made by a newer version of Offsite (history version ${String(i.version)})`);
  if (typeof i.workshopId !== 'string' || !Array.isArray(i.points))
    fail('the history file index is incomplete');
  const points: HistoryPoint[] = [];
  let at = PRELUDE + indexLength;
  for (const raw of i.points as unknown[]) {
    const meta = readPointMeta(raw);
    if (!meta) fail(`the history file index has an unreadable point (#${points.length + 1})`);
    const { bytes: length, ...rest } = meta!;
    if (at + length > bytes.length - 4) fail('the history file is truncated');
    points.push({ ...rest, update: bytes.slice(at, at + length) });
    at += length;
  }
  if (at !== bytes.length - 4) fail('the history file is corrupt (unexpected bytes)');
  return { workshopId: i.workshopId as string, points };
}

// ---------------------------------------------------------------- defensive reading of an index entry

const KINDS: readonly PointKind[] = ['edits', 'before-delete', 'opened'];

const isCount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= Number.MAX_SAFE_INTEGER;

function readDeletions(raw: unknown): Deletions | null {
  if (!raw || typeof raw !== 'object') return null;
  const d = raw as { records?: unknown; texts?: unknown };
  if (!d.records || typeof d.records !== 'object' || !Array.isArray(d.texts)) return null;
  const records: Partial<Record<RecordCollection, number>> = {};
  for (const [name, n] of Object.entries(d.records as Record<string, unknown>)) {
    if (!(RECORD_COLLECTIONS as readonly string[]).includes(name) || !isCount(n)) return null;
    records[name as RecordCollection] = n;
  }
  const texts = ONE_PAGER_FIELDS.filter((f) => (d.texts as unknown[]).includes(f));
  return { records, texts: texts as OnePagerField[] };
}

function readChanges(raw: unknown): ChangeStats | null {
  if (!raw || typeof raw !== 'object') return null;
  const c = raw as { edits?: unknown; areas?: unknown; deleted?: unknown };
  const deleted = readDeletions(c.deleted);
  if (!isCount(c.edits) || !Array.isArray(c.areas) || !deleted) return null;
  const areas = HISTORY_AREAS.filter((a) => (c.areas as unknown[]).includes(a));
  return { edits: c.edits, areas: areas as HistoryArea[], deleted };
}

/** A point's metadata from stored JSON (a file index, IndexedDB), or null if it is not one. */
export function readPointMeta(raw: unknown): PointMeta | null {
  if (!raw || typeof raw !== 'object') return null;
  const p = raw as Record<string, unknown>;
  if (!isCount(p.at) || !KINDS.includes(p.kind as PointKind) || typeof p.base !== 'boolean')
    return null;
  if (!isCount(p.bytes)) return null;
  const changes = readChanges(p.changes);
  if (!changes) return null;
  const deleting = p.deleting === undefined ? undefined : readDeletions(p.deleting);
  if (deleting === null) return null;
  return {
    at: p.at,
    kind: p.kind as PointKind,
    changes,
    ...(deleting && { deleting }),
    base: p.base,
    bytes: p.bytes,
  };
}
