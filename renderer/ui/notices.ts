import { createStore, useStore } from 'zustand';
import { i18n } from '../../shared/i18n';
import { sayFileError, WordedFileError } from '../../shared/protocol/file-error';

/** An error to show in the app's error dialog: a heading naming what failed, and every detail. */
interface ErrorNotice {
  readonly title: string;
  readonly message: string;
  /** `path: message` lines, each shown as one list item. */
  readonly details: readonly string[];
}

const notices = createStore<{ error: ErrorNotice | null }>()(() => ({ error: null }));

export function showError(title: string, message: string, details: readonly string[] = []): void {
  notices.setState({ error: { title, message, details } });
}

export function dismissError(): void {
  notices.setState({ error: null });
}

export function useErrorNotice(): ErrorNotice | null {
  return useStore(notices, (s) => s.error);
}

/**
 * A thrown value as one readable sentence: a desktop file error in the app's language (its
 * words), any other error's message as it is.
 */
export function messageOf(error: unknown): string {
  if (error instanceof WordedFileError) return sayFileError(i18n.t, error.words);
  return error instanceof Error ? error.message : String(error);
}
