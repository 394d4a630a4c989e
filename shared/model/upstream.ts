import type { Objective } from './types';

/**
 * An objective's parent in another workshop on the same server: a team workshop aligned to
 * the company workshop's objective. The title is a copy, kept up to date by the devices
 * that can read the other workshop (the server's aligned view), so every peer, every
 * export and an offline device show it without access to that workshop.
 * @public
 */
export interface UpstreamParent {
  /** The other workshop's id (its room on the server). */
  readonly workshop: string;
  /** The objective's id in that workshop. */
  readonly objective: string;
  /** Its title as last read. */
  readonly title: string;
}

/** The objective's parent in another workshop, or null (none, incomplete, or a local parent). */
export function upstreamOf(objective: Objective): UpstreamParent | null {
  if (objective.parentId !== null) return null;
  const { upstreamWorkshop: workshop, upstreamObjective: id } = objective;
  if (!workshop || !id) return null;
  return { workshop, objective: id, title: objective.upstreamTitle ?? '' };
}
