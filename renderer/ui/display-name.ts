/**
 * The display name this device uses: the name a person joined a room with (the room's
 * join page remembers it under this same key, renderer/features/room/identity.ts), or the
 * name the desktop user gave when recording a check-in. It names who typed a team's
 * check-in in; it is never a score of that person.
 */
const NAME_KEY = 'offsite.displayName';

export function displayName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Remembers the name for next time (one line, trimmed); storage off: asked again next time. */
export function rememberDisplayName(name: string): void {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, 80);
  if (clean === '') return;
  try {
    localStorage.setItem(NAME_KEY, clean);
  } catch {
    // Storage disabled: the field starts empty next time.
  }
}
