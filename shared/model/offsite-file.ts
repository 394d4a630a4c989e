import * as Y from 'yjs';
import { migrate, NewerSchemaError } from './migrations';
import { metaMap, SCHEMA_VERSION } from './schema';

/**
 * The `.offsite` workshop file: the whole Yjs state of one workshop behind a small header.
 *
 * ```
 * offset  size  content
 * 0       8     magic "OFFSITE\n"
 * 8       4     header length H (uint32, big-endian)
 * 12      4     state length N (uint32, big-endian)
 * 16      H     header: UTF-8 JSON {format, version, schemaVersion, id, title, savedAt}
 * 16+H    N     Y.encodeStateAsUpdate(doc)
 * 16+H+N  4     CRC-32 of every byte before it (uint32, big-endian)
 * ```
 * The lengths make a truncated file detectable, the checksum a corrupted one; the header
 * is readable with `head -c` and lets a list of files show titles without applying state.
 * @public
 */

const OFFSITE_FILE_FORMAT = 'offsite.workshop.ydoc';
const OFFSITE_FILE_VERSION = 1;
const MAGIC = new TextEncoder().encode('OFFSITE\n');
const PRELUDE = MAGIC.length + 8;
/** A header is a few hundred bytes; anything this large is a corrupt length field. */
const MAX_HEADER = 64 * 1024;

export interface OffsiteHeader {
  readonly format: typeof OFFSITE_FILE_FORMAT;
  readonly version: number;
  readonly schemaVersion: number;
  readonly id: string;
  readonly title: string;
  /** ISO 8601 time of the save. */
  readonly savedAt: string;
}

/** A file that is not a readable `.offsite` workshop; the message says why. */
export class OffsiteFileError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-offsite' | 'truncated' | 'corrupt' | 'newer-version',
  ) {
    super(message);
    this.name = 'OffsiteFileError';
  }
}

// ---------------------------------------------------------------- CRC-32 (IEEE 802.3, as zip and png)

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of `bytes` (the checksum of zip, gzip and png: `crc32("123456789") = 0xcbf43926`). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// ---------------------------------------------------------------- encode / decode

/**
 * The `.offsite` bytes of a doc: its full state and a header read from its meta. The
 * header's schema version is this code's, never the doc's `meta.schemaVersion`: that is peer
 * data, and a header claiming a newer schema makes the file refuse every later save and
 * every load (issue 15). Every doc this code saves was migrated to SCHEMA_VERSION on load.
 */
export function encodeOffsiteFile(doc: Y.Doc, savedAt: Date = new Date()): Uint8Array {
  const meta = metaMap(doc);
  const text = (key: string) => {
    const v: unknown = meta.get(key);
    return typeof v === 'string' ? v.slice(0, 500) : '';
  };
  const header: OffsiteHeader = {
    format: OFFSITE_FILE_FORMAT,
    version: OFFSITE_FILE_VERSION,
    schemaVersion: SCHEMA_VERSION,
    id: text('id'),
    title: text('title'),
    savedAt: savedAt.toISOString(),
  };
  return encodeOffsiteParts(header, Y.encodeStateAsUpdate(doc));
}

/** Lays out a header and a state update as a file. Exposed for tests of future versions. */
export function encodeOffsiteParts(header: object, update: Uint8Array): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const total = PRELUDE + headerBytes.length + update.length + 4;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(MAGIC.length, headerBytes.length);
  view.setUint32(MAGIC.length + 4, update.length);
  out.set(headerBytes, PRELUDE);
  out.set(update, PRELUDE + headerBytes.length);
  view.setUint32(total - 4, crc32(out.subarray(0, total - 4)));
  return out;
}

/** True when the bytes start like an `.offsite` file (or a truncated start of one). */
export function looksLikeOffsiteFile(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, MAGIC.length);
  return n > 0 && MAGIC.subarray(0, n).every((b, i) => bytes[i] === b);
}

/**
 * Reads the header and the state of an `.offsite` file, checking its length and checksum.
 * @throws OffsiteFileError "not an Offsite workshop file", "the file is truncated (N of M
 * bytes)", "checksum mismatch: the file is corrupt", "made by a newer version of Offsite
 * (format version N)".
 * @public
 */
export function decodeOffsiteFile(bytes: Uint8Array): {
  header: OffsiteHeader;
  update: Uint8Array;
} {
  if (bytes.length === 0) throw new OffsiteFileError('the file is empty', 'truncated');
  if (!looksLikeOffsiteFile(bytes))
    throw new OffsiteFileError('not an Offsite workshop file', 'not-offsite');
  if (bytes.length < PRELUDE) {
    throw new OffsiteFileError(
      `the file is truncated (${bytes.length} of at least ${PRELUDE} bytes)`,
      'truncated',
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC.length);
  const updateLength = view.getUint32(MAGIC.length + 4);
  if (headerLength > MAX_HEADER)
    throw new OffsiteFileError('the file is corrupt (its header length is impossible)', 'corrupt');
  const total = PRELUDE + headerLength + updateLength + 4;

  // The version is read before the checksum: a newer version may lay out the rest
  // differently, and deserves "update Offsite" rather than "corrupt".
  let header: unknown;
  if (bytes.length >= PRELUDE + headerLength) {
    try {
      header = JSON.parse(
        new TextDecoder('utf-8', { fatal: true }).decode(
          bytes.subarray(PRELUDE, PRELUDE + headerLength),
        ),
      );
    } catch {
      header = undefined;
    }
    const version = (header as { version?: unknown } | undefined)?.version;
    if (
      (header as { format?: unknown } | undefined)?.format === OFFSITE_FILE_FORMAT &&
      typeof version === 'number' &&
      version > OFFSITE_FILE_VERSION
    ) {
      throw new OffsiteFileError(
        `made by a newer version of Offsite (format version ${version})`,
        'newer-version',
      );
    }
  }
  if (bytes.length < total) {
    throw new OffsiteFileError(
      `the file is truncated (${bytes.length} of ${total} bytes)`,
      'truncated',
    );
  }
  if (bytes.length > total) {
    throw new OffsiteFileError(
      `the file is corrupt: ${bytes.length - total} unexpected bytes after its end`,
      'corrupt',
    );
  }
  if (crc32(bytes.subarray(0, total - 4)) !== view.getUint32(total - 4)) {
    throw new OffsiteFileError('checksum mismatch: the file is corrupt', 'corrupt');
  }
  const h = header as Partial<Record<keyof OffsiteHeader, unknown>> | undefined;
  if (
    !h ||
    h.format !== OFFSITE_FILE_FORMAT ||
    h.version !== OFFSITE_FILE_VERSION ||
    typeof h.schemaVersion !== 'number' ||
    typeof h.id !== 'string' ||
    typeof h.title !== 'string' ||
    typeof h.savedAt !== 'string'
  ) {
    throw new OffsiteFileError(
      'not an Offsite workshop file (its header is not one)',
      'not-offsite',
    );
  }
  return {
    header: h as OffsiteHeader,
    update: bytes.slice(PRELUDE + headerLength, PRELUDE + headerLength + updateLength),
  };
}

/**
 * A new doc holding the file's workshop, migrated to this version's schema.
 * @throws OffsiteFileError for a file that cannot be read; NewerSchemaError for a
 * workshop made by a newer Offsite (the file must then be left untouched).
 * @public
 */
export function docFromOffsiteFile(bytes: Uint8Array): Y.Doc {
  const { header, update } = decodeOffsiteFile(bytes);
  if (header.schemaVersion > SCHEMA_VERSION) throw new NewerSchemaError(header.schemaVersion);
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
  } catch (e) {
    doc.destroy();
    throw new OffsiteFileError(`the workshop data is corrupt: ${(e as Error).message}`, 'corrupt');
  }
  try {
    migrate(doc);
  } catch (e) {
    doc.destroy();
    throw e;
  }
  return doc;
}
