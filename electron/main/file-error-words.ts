import { fixedT } from '../../shared/i18n';
import {
  formatProblem,
  SCHEMA_VERSION,
  type JsonProblem,
  type OffsiteFileError,
} from '../../shared/model';
import type { OpenFileFailure } from '../../shared/protocol/ipc';
import {
  sayFileError,
  type FileErrorKey,
  type FileErrorWords,
} from '../../shared/protocol/file-error';
import type { SaveError } from '../storage/atomic-write';
import type { WorkshopFileError } from '../storage/workshop-file';

/**
 * The words of a file error storage threw (open, save, import), for the window to say in
 * its language (shared/protocol/file-error.ts); null for any other error. The words are
 * given only when, said in English, they are main's message word for word: a storage
 * message that changes without its words here falls back to the English message, never
 * to a wrong sentence.
 */
export function fileErrorWords(err: unknown): FileErrorWords | null {
  const words = wordsOf(err);
  return words && sayInEnglish(words) === (err as Error).message ? words : null;
}

/** A file opened from the OS that failed, as the window is told (it words it). */
export function openFileFailure(path: string, err: unknown): OpenFileFailure {
  const words = fileErrorWords(err);
  const message = messageOf(err);
  return words ? { path, message, words } : { path, message };
}

/** The words in English, as the window would show them (the sentence, then each detail). */
export function sayInEnglish(words: FileErrorWords): string {
  return sayFileError(fixedT('en'), words);
}

const READ_KEYS: Readonly<Record<string, FileErrorKey>> = {
  ENOENT: 'readMissing',
  EISDIR: 'readFolder',
  EACCES: 'readDenied',
  EPERM: 'readDenied',
};

const SAVE_KEYS: Readonly<Record<string, FileErrorKey>> = {
  ENOSPC: 'diskFull',
  EDQUOT: 'quota',
  EFBIG: 'tooLarge',
  EROFS: 'readOnly',
  EACCES: 'saveDenied',
  EPERM: 'saveDenied',
  ENOENT: 'noFolder',
  ENOTDIR: 'notFolder',
  EISDIR: 'saveIsFolder',
};

const DAMAGED: Readonly<Record<OffsiteFileError['reason'], FileErrorKey>> = {
  'not-offsite': 'notOffsite',
  truncated: 'truncated',
  corrupt: 'corrupt',
  'newer-version': 'newerFormat',
};

// Recognised by name, as ipc-register.ts does: not by which module (or bundle copy) made them.
const named = <T>(e: unknown, name: string): e is T => e instanceof Error && e.name === name;

const errnoOf = (e: unknown): string | undefined =>
  (e as NodeJS.ErrnoException | null)?.code ?? undefined;
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function wordsOf(err: unknown): FileErrorWords | null {
  if (named<SaveError>(err, 'SaveError')) {
    const key = (err.code && SAVE_KEYS[err.code]) || 'saveFailed';
    return { key, params: { path: err.path, why: messageOf(err.cause) } };
  }
  if (!named<WorkshopFileError>(err, 'WorkshopFileError')) return null;
  const path = err.path;
  const cause = err.cause;
  const problems: readonly JsonProblem[] = err.problems ?? [];
  if (problems.length > 0 && err.reason !== 'would-overwrite')
    return {
      key: 'notValid',
      params: { path, count: problems.length },
      details: problems.map(formatProblem),
    };
  if (err.reason === 'would-overwrite') {
    // Refused after reading the file (its reason in parentheses), or before (stat failed).
    const read = err.message.lastIndexOf('\n(');
    if (read < 0 || !err.message.endsWith(')'))
      return { key: 'wouldOverwriteUnchecked', params: { path, why: messageOf(cause) } };
    const why = fileErrorWords(cause);
    return {
      key: 'wouldOverwrite',
      params: { path, why: err.message.slice(read + 2, -1) },
      ...(why && { cause: why }),
    };
  }
  if (named<Error & { found: number }>(cause, 'NewerSchemaError'))
    return { key: 'newerSchema', params: { path, found: cause.found, max: SCHEMA_VERSION } };
  if (named<OffsiteFileError>(cause, 'OffsiteFileError') && DAMAGED[cause.reason])
    return { key: DAMAGED[cause.reason], params: { path, detail: cause.message } };
  const errno = errnoOf(cause);
  if (errno !== undefined)
    return { key: READ_KEYS[errno] ?? 'readFailed', params: { path, why: messageOf(cause) } };
  return null;
}
