import type { WorkshopEntry } from './workshop-registry';

/** One cycle of a company's chain, as far as this device knows it. */
export interface ChainLink {
  /** The workshop's id; a local workshop with this id opens it. */
  readonly id: string;
  readonly title: string;
  readonly cycle: string;
  /** The workshop is on this device (it can be opened). */
  readonly local: boolean;
}

/**
 * The chain of cycles a workshop belongs to, oldest first: walking back through
 * `previousCycleId` and forward through the workshops that name it as theirs, among the
 * local workshops `entries`. `self` is the workshop asked about (it may be a room's copy,
 * listed under another local id); `previous` is what it says it follows, shown even when
 * that workshop is not on this device. A loop of links (two files that claim each other)
 * stops the walk instead of going round.
 */
export function chainOf(
  entries: readonly WorkshopEntry[],
  self: { readonly id: string; readonly title: string; readonly cycle: string },
  previous: { readonly id: string; readonly title: string; readonly cycle: string } | null,
): ChainLink[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const seen = new Set([self.id]);
  const back: ChainLink[] = [];
  let prev = previous;
  while (prev && !seen.has(prev.id)) {
    seen.add(prev.id);
    const local = byId.get(prev.id);
    back.unshift({
      id: prev.id,
      title: local?.title ?? prev.title,
      cycle: local?.cycle ?? prev.cycle,
      local: local !== undefined,
    });
    const before = local?.previousCycleId;
    prev = before ? (byId.get(before) ?? { id: before, title: '', cycle: '' }) : null;
  }
  const forward: ChainLink[] = [];
  let at = self.id;
  for (;;) {
    // The most recently edited successor, if a cycle was (wrongly) started twice.
    const next = entries
      .filter((e) => e.previousCycleId === at && !seen.has(e.id))
      .sort((a, b) => b.updatedAt - a.updatedAt)[0];
    if (!next) break;
    seen.add(next.id);
    forward.push({ id: next.id, title: next.title, cycle: next.cycle, local: true });
    at = next.id;
  }
  return [
    ...back,
    { id: self.id, title: self.title, cycle: self.cycle, local: byId.has(self.id) },
    ...forward,
  ];
}
