/**
 * The cover's participant list, remembered per workshop on this device only (localStorage):
 * who was in the room is not part of the shared document.
 */

const key = (workshopId: string) => `offsite:participants:${workshopId}`;

/** The participants field as last typed for this workshop, or '' (also when storage is off). */
export function loadParticipants(workshopId: string): string {
  try {
    return localStorage.getItem(key(workshopId)) ?? '';
  } catch {
    return '';
  }
}

/** Remembers the field; an unavailable or full storage only means it is not remembered. */
export function saveParticipants(workshopId: string, text: string): void {
  try {
    if (text.trim() === '') localStorage.removeItem(key(workshopId));
    else localStorage.setItem(key(workshopId), text);
  } catch {
    // Private mode or quota: the export itself still uses what is typed.
  }
}

/** `Ana Müller, Ben Smith,, ` → `['Ana Müller', 'Ben Smith']`. */
export function parseParticipants(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
