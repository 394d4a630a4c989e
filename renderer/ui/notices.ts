import { createStore, useStore } from 'zustand';

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

/** A thrown value as one readable sentence. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
