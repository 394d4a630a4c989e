/**
 * The admin API of `offsite serve`: what the facilitator's admin page (renderer/features/
 * admin) asks the server over HTTP, with `Authorization: Bearer <admin token>` — never a
 * token in a URL, which servers and proxies log. Requests and answers are JSON, except an
 * import (the file's bytes) and an export (a `.offsite` file).
 * @public
 */

/** Every admin path starts here. */
export const ADMIN_API = '/api/admin';

/**
 * The admin page link: `BASE/#/admin?t=TOKEN` — the token in the fragment, which browsers
 * never send to a server.
 */
export const ADMIN_ROUTE = 'admin';

/** `GET ADMIN_API/workshops` (list), `POST` (create, body {@link CreateWorkshopRequest}). */
export const WORKSHOPS_PATH = `${ADMIN_API}/workshops`;
/** `POST` with the bytes of a `.offsite` or interchange JSON file as the body. */
export const IMPORT_PATH = `${ADMIN_API}/workshops/import`;
/**
 * `POST WORKSHOPS_PATH/<id>/archive` (body {@link ArchiveRequest}), `GET …/<id>/export`,
 * `POST …/<id>/parent` (body {@link ParentRequest}).
 */
export const workshopPath = (id: string, action: 'archive' | 'export' | 'parent'): string =>
  `${WORKSHOPS_PATH}/${encodeURIComponent(id)}/${action}`;

/** Largest JSON request body, and largest workshop file an import takes. */
export const ADMIN_LIMITS = { jsonBytes: 16 * 1024, importBytes: 32 * 1024 * 1024 } as const;
/** Longest workshop title a create takes. */
export const MAX_TITLE_LENGTH = 200;

/** One workshop in the admin list, with the links to hand out. */
export interface AdminWorkshop {
  readonly id: string;
  readonly title: string;
  readonly archived: boolean;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  readonly updatedAt: number;
  /**
   * The workshop this one aligns to (a team's to the company's): its token holders read
   * that workshop's objective titles (shared/protocol/aligned.ts). Null: none.
   */
  readonly parent: string | null;
  /** Join links: `participant` and `viewer` to share, `facilitator` to keep. */
  readonly links: {
    readonly participant: string;
    readonly viewer: string;
    readonly facilitator: string;
  };
}

export interface WorkshopList {
  readonly workshops: readonly AdminWorkshop[];
}

export interface CreateWorkshopRequest {
  readonly title: string;
}

/** Aligns a workshop to another on the server, or (null) to none. */
export interface ParentRequest {
  readonly parent: string | null;
}

export interface ArchiveRequest {
  readonly archived: boolean;
}

/** The answer to a create or an import: `added` false when the workshop was there already. */
export interface WorkshopAdded {
  readonly workshop: AdminWorkshop;
  readonly added: boolean;
}

/** Every error answer: a sentence for a person. */
export interface AdminError {
  readonly error: string;
}

function isAdminWorkshop(value: unknown): value is AdminWorkshop {
  const w = value as Partial<AdminWorkshop> | null;
  return (
    !!w &&
    typeof w.id === 'string' &&
    typeof w.title === 'string' &&
    typeof w.archived === 'boolean' &&
    typeof w.createdAt === 'number' &&
    typeof w.updatedAt === 'number' &&
    (w.parent === null || typeof w.parent === 'string') &&
    !!w.links &&
    typeof w.links.participant === 'string' &&
    typeof w.links.viewer === 'string' &&
    typeof w.links.facilitator === 'string'
  );
}

/** A workshop list from a server's JSON, validated; null if it is not one. */
export function parseWorkshopList(data: unknown): WorkshopList | null {
  const list = (data as { workshops?: unknown } | null)?.workshops;
  if (!Array.isArray(list) || !list.every(isAdminWorkshop)) return null;
  return { workshops: list };
}

/** An added-workshop answer from a server's JSON, validated; null if it is not one. */
export function parseWorkshopAdded(data: unknown): WorkshopAdded | null {
  const m = data as Partial<WorkshopAdded> | null;
  return m && isAdminWorkshop(m.workshop) && typeof m.added === 'boolean'
    ? { workshop: m.workshop, added: m.added }
    : null;
}
