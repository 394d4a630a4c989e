// The name, the device id and the voter id are the sync layer's (it connects with them, and
// the Drumbeat's confidence round votes with them too); re-exported here.
export { cleanName, rememberedName, rememberName, voterId } from '../../sync/identity';

/**
 * Presence colours: each dark enough for white initials (contrast ≥ 4.5:1) and distinct
 * from its neighbours; a client's colour follows from its Yjs client id, so everyone sees
 * the same colour for the same person.
 */
const PRESENCE_PALETTE = [
  '#1f5fbf',
  '#b3261e',
  '#2e6b30',
  '#6a1b9a',
  '#9a4400',
  '#00695c',
  '#ad1457',
  '#4527a0',
  '#37474f',
  '#735c00',
] as const;

export function colorForClient(clientId: number): string {
  return PRESENCE_PALETTE[Math.abs(clientId) % PRESENCE_PALETTE.length]!;
}

/**
 * Up to two initials: the first letters of the first and last words of the name. What is in
 * brackets is a note, not a name ("Fran (facilitator)" is "F", not "F("); punctuation and
 * emoji are never initials.
 */
export function initialsOf(name: string): string {
  const firstLetter = (word: string) => /[\p{L}\p{N}]/u.exec(word)?.[0] ?? '';
  const words = name
    .replace(/\([^)]*\)?|\[[^\]]*\]?|\{[^}]*\}?/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return firstLetter(name).toUpperCase() || '?';
  const first = firstLetter(words[0]!);
  const last = words.length > 1 ? firstLetter(words[words.length - 1]!) : '';
  return (first + last).toUpperCase();
}
