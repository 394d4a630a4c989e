/**
 * Across workshops on one `offsite serve` server: a workshop the admin aligned to another
 * (a team's to the company's) may read that workshop's objectives — ids and titles, nothing
 * else, never a write. `GET /api/workshops/<id>/aligned` with `Authorization: Bearer <any
 * token of workshop id>` answers {@link AlignedAnswer}. The app adds its device id
 * (`?device=`, DEVICE_PARAM, as on the sync connection): a device the facilitator removed
 * from workshop id is answered 403, like its sync connection, until the links rotate.
 * @public
 */
import { DEVICE_PARAM } from './room';

/** The member API's prefix (the admin API is `/api/admin`). */
export const MEMBER_API = '/api/workshops';

export const alignedPath = (workshop: string, device?: string): string =>
  `${MEMBER_API}/${encodeURIComponent(workshop)}/aligned${
    device ? `?${new URLSearchParams({ [DEVICE_PARAM]: device }).toString()}` : ''
  }`;

/** The 403 answer's `error` to a device the facilitator removed. */
export const REMOVED_DEVICE_ERROR = 'this device was removed from the room';

/** The most objectives an answer lists (a workshop holds 1–5; a hostile doc may hold more). */
export const MAX_ALIGNED_OBJECTIVES = 200;

export interface AlignedObjective {
  readonly id: string;
  readonly title: string;
  /** null = company level, as in the workshop. */
  readonly team: string | null;
}

/** The workshop this one aligns to, as its token holders may see it. */
export interface AlignedWorkshop {
  readonly workshop: string;
  readonly title: string;
  readonly objectives: readonly AlignedObjective[];
}

export interface AlignedAnswer {
  /** Null when the admin aligned this workshop to none (or that one is archived). */
  readonly parent: AlignedWorkshop | null;
}

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;

/** The answer as the client takes it: null when it is not one (a laptop hub, a proxy page). */
export function parseAlignedAnswer(value: unknown): AlignedAnswer | null {
  const v = value as { parent?: unknown } | null;
  if (typeof v !== 'object' || v === null || !('parent' in v)) return null;
  if (v.parent === null) return { parent: null };
  const p = v.parent as Partial<Record<keyof AlignedWorkshop, unknown>>;
  if (typeof p !== 'object' || p === null) return null;
  if (!isText(p.workshop, 100) || !isText(p.title, 500) || !Array.isArray(p.objectives))
    return null;
  const objectives: AlignedObjective[] = [];
  for (const raw of p.objectives.slice(0, MAX_ALIGNED_OBJECTIVES)) {
    const o = raw as Partial<Record<keyof AlignedObjective, unknown>>;
    if (typeof o !== 'object' || o === null || !isText(o.id, 100) || !isText(o.title, 500))
      continue;
    objectives.push({ id: o.id, title: o.title, team: isText(o.team, 500) ? o.team : null });
  }
  return { parent: { workshop: p.workshop, title: p.title, objectives } };
}
