/** This device's own ballot of a vote, kept locally so a reload shows (and resends) it. */
const key = (votingId: string) => `offsite.ballot.${votingId}`;

export function loadBallot(votingId: string): string[] {
  try {
    const data: unknown = JSON.parse(localStorage.getItem(key(votingId)) ?? '[]');
    return Array.isArray(data) ? data.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function saveBallot(votingId: string, items: readonly string[]): void {
  try {
    localStorage.setItem(key(votingId), JSON.stringify(items));
  } catch {
    // The ballot still went to the hub; only a reload would forget it.
  }
}
