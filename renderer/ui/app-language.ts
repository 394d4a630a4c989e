import { useSyncExternalStore } from 'react';
import { UI_LANGUAGES, type UiLanguage } from '../../shared/i18n/languages';
import { browserLanguage } from './i18n';

const KEY = 'offsite.language';

function stored(): UiLanguage | null {
  try {
    const value = localStorage.getItem(KEY);
    return (UI_LANGUAGES as readonly string[]).includes(value ?? '') ? (value as UiLanguage) : null;
  } catch {
    return null;
  }
}

let current: UiLanguage | null = null;
const listeners = new Set<() => void>();

/**
 * The app's language outside a workshop (home, join, admin): the one picked on the home
 * screen and remembered on this device, else the browser's. A workshop speaks its own
 * (meta.language) whatever this says; new workshops made from home start in it.
 */
export function homeLanguage(): UiLanguage {
  return (current ??= stored() ?? browserLanguage());
}

/** Picks the language outside workshops and remembers it (storage off: for this page's life). */
export function setHomeLanguage(language: UiLanguage): void {
  current = language;
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Storage disabled: the browser's language again next time.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of the app picked a language: follow it.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== KEY) return;
    current = null;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The language outside workshops, re-rendering when it is picked again. */
export function useHomeLanguage(): UiLanguage {
  return useSyncExternalStore(subscribe, homeLanguage);
}
