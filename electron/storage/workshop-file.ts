import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import * as Y from 'yjs';
import {
  decodeOffsiteFile,
  docToJson,
  encodeOffsiteFile,
  formatProblem,
  importWorkshopJson,
  looksLikeOffsiteFile,
  migrate,
  NewerSchemaError,
  OffsiteFileError,
  parseWorkshopJson,
  SCHEMA_VERSION,
  type JsonProblem,
  type OffsiteHeader,
  type WorkshopJson,
} from '../../shared/model';
import { writeFileAtomic } from './atomic-write';

/** A workshop file as read from disk, not yet turned into a doc. */
export type LoadedWorkshop =
  | { kind: 'offsite'; header: OffsiteHeader; update: Uint8Array }
  | { kind: 'json'; data: WorkshopJson };

export type WorkshopFileFormat = 'json' | 'offsite';

/**
 * Why a workshop file could not be used:
 * - `unreadable`: missing, not a workshop file, truncated or corrupt;
 * - `invalid`: interchange JSON with problems (listed in `problems`);
 * - `newer`: made by a newer Offsite; update to open it;
 * - `would-overwrite`: a save refused to replace a file that is not a readable workshop.
 */
export type WorkshopFileErrorReason = 'unreadable' | 'invalid' | 'newer' | 'would-overwrite';

/** A workshop file that cannot be loaded (or overwritten); the message names the file and every problem. */
export class WorkshopFileError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly reason: WorkshopFileErrorReason,
    readonly problems: readonly JsonProblem[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WorkshopFileError';
  }
}

/** The bytes of a file, or a WorkshopFileError saying clearly why not. */
export async function readWorkshopBytes(path: string): Promise<Uint8Array> {
  try {
    // A view of the Buffer, not a copy: a workshop file may be tens of MB.
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : (e as Error).message;
    throw new WorkshopFileError(`cannot read ${path}: ${why}`, path, 'unreadable', [], {
      cause: e,
    });
  }
}

/**
 * JSON or `.offsite`, decided by the content: text starting with `{` (after an optional
 * byte-order mark and white space) is JSON whatever the name; otherwise a `.json` name
 * that is not an `.offsite` file is read as JSON too, for a message about its syntax.
 */
export function sniffWorkshopFormat(path: string, bytes: Uint8Array): WorkshopFileFormat {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)
  )
    i++;
  if (bytes[i] === 0x7b) return 'json';
  if (extname(path).toLowerCase() === '.json' && !looksLikeOffsiteFile(bytes)) return 'json';
  return 'offsite';
}

/** Decodes the bytes of a workshop file. @throws WorkshopFileError */
export function parseWorkshopBytes(path: string, bytes: Uint8Array): LoadedWorkshop {
  if (sniffWorkshopFormat(path, bytes) === 'json') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (e) {
      const problems = [{ path: '(file)', message: 'not UTF-8 text' }];
      throw new WorkshopFileError(invalidMessage(path, problems), path, 'invalid', problems, {
        cause: e,
      });
    }
    const result = parseWorkshopJson(text);
    if (result.ok) return { kind: 'json', data: result.data };
    const newer = result.problems.some(
      (p) => p.path === 'version' && p.message.startsWith('made by a newer'),
    );
    throw new WorkshopFileError(
      invalidMessage(path, result.problems),
      path,
      newer ? 'newer' : 'invalid',
      result.problems,
    );
  }
  try {
    const { header, update } = decodeOffsiteFile(bytes);
    if (header.schemaVersion > SCHEMA_VERSION) throw new NewerSchemaError(header.schemaVersion);
    return { kind: 'offsite', header, update };
  } catch (e) {
    throw fileError(path, e);
  }
}

function invalidMessage(path: string, problems: readonly JsonProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `${path} is not a valid workshop file (${count}):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
}

function fileError(path: string, e: unknown): Error {
  if (e instanceof WorkshopFileError) return e;
  if (e instanceof NewerSchemaError) {
    return new WorkshopFileError(`cannot open ${path}: ${e.message}`, path, 'newer', [], {
      cause: e,
    });
  }
  if (e instanceof OffsiteFileError) {
    const reason = e.reason === 'newer-version' ? 'newer' : 'unreadable';
    const suffix = e.reason === 'newer-version' ? '; update Offsite to open it' : '';
    return new WorkshopFileError(`cannot open ${path}: ${e.message}${suffix}`, path, reason, [], {
      cause: e,
    });
  }
  return e instanceof Error ? e : new Error(String(e));
}

/**
 * Reads a workshop file (interchange JSON or `.offsite`) without making a doc.
 * @throws WorkshopFileError
 */
export async function readWorkshopFile(path: string): Promise<LoadedWorkshop> {
  return parseWorkshopBytes(path, await readWorkshopBytes(path));
}

/** A new doc from a loaded file, migrated to this version's schema. @throws WorkshopFileError */
export function docFromLoadedWorkshop(path: string, loaded: LoadedWorkshop): Y.Doc {
  const doc = new Y.Doc();
  try {
    if (loaded.kind === 'json') importWorkshopJson(doc, loaded.data);
    else {
      try {
        Y.applyUpdate(doc, loaded.update);
      } catch (e) {
        throw new OffsiteFileError(
          `the workshop data is corrupt: ${(e as Error).message}`,
          'corrupt',
        );
      }
      migrate(doc);
    }
  } catch (e) {
    doc.destroy();
    throw fileError(path, e);
  }
  return doc;
}

/**
 * Loads a workshop file of either kind into a new, migrated doc.
 * @throws WorkshopFileError (missing, corrupt, invalid, or newer than this app)
 */
export async function loadWorkshopDoc(path: string): Promise<Y.Doc> {
  return docFromLoadedWorkshop(path, await readWorkshopFile(path));
}

/**
 * Throws unless `path` is free or holds a workshop this version reads. A file that failed
 * to load (corrupt, truncated, from a newer Offsite, or not a workshop at all) must never
 * be replaced by a save: it may be the only copy of someone's work.
 * @throws WorkshopFileError with reason `would-overwrite`
 */
export async function assertSafeToOverwrite(path: string): Promise<void> {
  try {
    await stat(path);
  } catch (e) {
    // Nothing there to lose; if the folder is missing too, the save reports it.
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return;
    throw new WorkshopFileError(
      `refusing to save over ${path}: ${(e as Error).message}`,
      path,
      'would-overwrite',
      [],
      {
        cause: e,
      },
    );
  }
  try {
    await readWorkshopFile(path);
  } catch (e) {
    const why = e instanceof WorkshopFileError ? e.message : String(e);
    throw new WorkshopFileError(
      `refusing to save over ${path}: it is not a workshop this version of Offsite can read, and replacing it could lose data. Save under another name.\n(${why})`,
      path,
      'would-overwrite',
      e instanceof WorkshopFileError ? e.problems : [],
      { cause: e },
    );
  }
}

export interface SaveOptions {
  /** Default: `json` for a `.json` path, `offsite` otherwise. */
  format?: WorkshopFileFormat;
  /** Replace an unreadable existing file; only after the user explicitly confirmed it. */
  force?: boolean;
}

/** The `.offsite` bytes of a doc (the shared encoder; the name the storage layer uses). */
export const encodeWorkshopFile = encodeOffsiteFile;

/** The bytes or text a save writes. */
export function serializeWorkshop(doc: Y.Doc, format: WorkshopFileFormat): Uint8Array | string {
  return format === 'json'
    ? `${JSON.stringify(docToJson(doc), null, 2)}\n`
    : encodeWorkshopFile(doc);
}

/**
 * Saves a doc atomically, as interchange JSON (pretty, 2 spaces, trailing newline) for a
 * `.json` path and as an `.offsite` file otherwise. Refuses to replace an existing file
 * that is not a readable workshop (see assertSafeToOverwrite).
 * @throws WorkshopFileError (would-overwrite) or SaveError (disk full, read-only, …)
 */
export async function saveWorkshopDoc(
  path: string,
  doc: Y.Doc,
  options: SaveOptions = {},
): Promise<void> {
  const format = options.format ?? (extname(path).toLowerCase() === '.json' ? 'json' : 'offsite');
  if (!options.force) await assertSafeToOverwrite(path);
  await writeFileAtomic(path, serializeWorkshop(doc, format));
}
