/**
 * The names of the people who were in a room, remembered per workshop on this device only
 * (localStorage), for "Who took part" in Review & export. Presence is not kept in the
 * shared document: this is what this device saw while it was in the room.
 */

const key = (workshopId: string) => `offsite:seen:${workshopId}`;

/** Enough for any room; the oldest names go first beyond it. */
const MAX_NAMES = 200;

/** The names seen in this workshop's room, in the order first seen ([] if none or storage is off). */
export function peopleSeen(workshopId: string): string[] {
  try {
    const data: unknown = JSON.parse(localStorage.getItem(key(workshopId)) ?? '[]');
    return Array.isArray(data)
      ? data.filter((x): x is string => typeof x === 'string' && x.trim() !== '')
      : [];
  } catch {
    return [];
  }
}

/** Adds the names not seen before; returns true if any was new. */
export function notePeopleSeen(workshopId: string, names: readonly string[]): boolean {
  const seen = peopleSeen(workshopId);
  const fresh = names.map((n) => n.trim()).filter((n) => n !== '' && !seen.includes(n));
  if (fresh.length === 0) return false;
  const next = [...seen, ...new Set(fresh)].slice(-MAX_NAMES);
  try {
    localStorage.setItem(key(workshopId), JSON.stringify(next));
  } catch {
    // Private mode or quota: the names can still be typed by hand.
  }
  return true;
}
