/**
 * Why the desktop's main process could not open or save a workshop file, as data: a key of
 * the catalogue's `fileErrors` section with its values, so the window says it in the app's
 * language (main has no language of its own, and speaks English in its logs). Every
 * sentence keeps the file's path. A malformed file's `path: message` problem lines travel
 * as `details`, shown as they are: technical lines, in English.
 *
 * On the wire it rides beside the English message (`IpcError.words`,
 * `ImportJsonResult.words`). From the preload to the page only an Error's message crosses
 * Electron's context bridge, so the preload appends the words to the message
 * ({@link attachFileErrorWords}) and the renderer's desktop platform takes them off again
 * ({@link detachFileErrorWords}) into a {@link WordedFileError}.
 * @public
 */

export const FILE_ERROR_KEYS = [
  'readMissing',
  'readFolder',
  'readDenied',
  'readFailed',
  'notValid',
  'notOffsite',
  'truncated',
  'corrupt',
  'newerSchema',
  'newerFormat',
  'wouldOverwrite',
  'wouldOverwriteUnchecked',
  'diskFull',
  'quota',
  'tooLarge',
  'readOnly',
  'saveDenied',
  'noFolder',
  'notFolder',
  'saveIsFolder',
  'saveFailed',
  'notJson',
] as const;

export type FileErrorKey = (typeof FILE_ERROR_KEYS)[number];

export interface FileErrorWords {
  readonly key: FileErrorKey;
  /** The sentence's values: `path` (the file, in full), `count`, a system's `why`… */
  readonly params: Readonly<Record<string, string | number>>;
  /** Lines shown under the sentence as they are: a malformed file's `path: message` problems. */
  readonly details?: readonly string[];
  /** The error behind this one, said as its `why` (a save refused because a read failed). */
  readonly cause?: FileErrorWords;
}

const MAX_PARAM = 4096;
const MAX_DETAILS = 200;

/** Type guard for words received from the other side (bounded: a bad message is no words). */
export function isFileErrorWords(value: unknown, depth = 0): value is FileErrorWords {
  const v = value as { key?: unknown; params?: unknown; details?: unknown; cause?: unknown } | null;
  if (v === null || typeof v !== 'object') return false;
  if (!(FILE_ERROR_KEYS as readonly unknown[]).includes(v.key)) return false;
  if (v.params === null || typeof v.params !== 'object' || Array.isArray(v.params)) return false;
  const params = Object.values(v.params as Record<string, unknown>);
  if (
    params.length > 8 ||
    !params.every(
      (p) =>
        (typeof p === 'string' && p.length <= MAX_PARAM) ||
        (typeof p === 'number' && Number.isFinite(p)),
    )
  )
    return false;
  if (v.cause !== undefined && (depth > 0 || !isFileErrorWords(v.cause, depth + 1))) return false;
  return (
    v.details === undefined ||
    (Array.isArray(v.details) &&
      v.details.length <= MAX_DETAILS &&
      v.details.every((d) => typeof d === 'string' && d.length <= MAX_PARAM))
  );
}

// A NUL-delimited marker: no sentence of ours, and no path, holds a NUL byte (paths over
// IPC are refused with one, ipc-validate.ts).
const MARK = '\u0000offsite-file-error\u0000';

/** `message` with `words` appended after a marker, for the preload → page hop. */
export function attachFileErrorWords(message: string, words: FileErrorWords): string {
  return `${message}${MARK}${JSON.stringify(words)}`;
}

/** Splits what {@link attachFileErrorWords} joined; words null when none (or not valid). */
export function detachFileErrorWords(message: string): {
  message: string;
  words: FileErrorWords | null;
} {
  const at = message.indexOf(MARK);
  if (at < 0) return { message, words: null };
  const english = message.slice(0, at);
  try {
    const words: unknown = JSON.parse(message.slice(at + MARK.length));
    return { message: english, words: isFileErrorWords(words) ? words : null };
  } catch {
    return { message: english, words: null };
  }
}

/** A catalogue lookup: i18next's `t`, or `fixedT(language)`. */
type Say = (
  key: `fileErrors.${FileErrorKey}`,
  params: Readonly<Record<string, string | number>>,
) => string;

/**
 * The words as one text: the sentence in `t`'s language, then each detail on its own line,
 * indented, as they are. In English this is main's message, byte for byte.
 */
export function sayFileError(t: Say, words: FileErrorWords): string {
  const params = words.cause
    ? { ...words.params, why: sayFileError(t, words.cause) }
    : words.params;
  const sentence = t(`fileErrors.${words.key}`, params);
  return [sentence, ...(words.details ?? []).map((d) => `  ${d}`)].join('\n');
}

/** A desktop file error with its words: `message` is main's English, `words` the renderer's. */
export class WordedFileError extends Error {
  constructor(
    message: string,
    readonly words: FileErrorWords,
  ) {
    super(message);
    this.name = 'WordedFileError';
  }
}

/**
 * The error a desktop API call rejected with, its words (if any) taken off the message: a
 * {@link WordedFileError}, or the error itself.
 */
export function withFileErrorWords(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { message, words } = detachFileErrorWords(error.message);
  if (message === error.message) return error;
  if (!words) {
    const plain = new Error(message);
    plain.name = error.name;
    return plain;
  }
  return new WordedFileError(message, words);
}
