import {
  readChangeStats,
  readDeletions,
  type ChangeStats,
  type Deletions,
} from '../model/history/changes';

/**
 * The facilitator's window on the hub's history of the workshop (electron/hub/history*.ts):
 * two HTTP endpoints on the hub's port, for the facilitator only (the `history` action of
 * the policy table). The token goes in an `Authorization: Bearer` header, never in the URL,
 * so it stays out of logs and history lists.
 *
 * - `GET /history` → `{ points: HistoryPointInfo[] }`, oldest first;
 * - `GET /history/state?at=ISO` → the whole Yjs state (application/octet-stream) of the
 *   point taken at or just before `at`; its time in the `X-Offsite-Point-At` header.
 *
 * 401 without a valid token, 403 for a role that may not read history, 404 for no point.
 * @public
 */
export const HISTORY_PATH = '/history';
export const HISTORY_STATE_PATH = '/history/state';
/** The response header naming the time (ISO 8601) of the point a state is of. */
export const POINT_AT_HEADER = 'X-Offsite-Point-At';

export type HistoryPointKind = 'edits' | 'before-delete' | 'opened';

export interface HistoryPointInfo {
  /** ISO 8601. */
  readonly at: string;
  /** In English: what every hub has always sent, and what an older viewer shows. */
  readonly summary: string;
  readonly kind: HistoryPointKind;
  /**
   * What changed since the point before, and what a `before-delete` point's update deletes:
   * optional additions, so a viewer says the summary again in its workshop's language
   * (summarizePoint); without them (an older hub), it shows `summary`.
   */
  readonly changes?: ChangeStats;
  readonly deleting?: Deletions;
}

const KINDS: readonly HistoryPointKind[] = ['edits', 'before-delete', 'opened'];

/** The list from a `GET /history` response body, validated; null if it is not one. */
export function parseHistoryList(body: unknown): HistoryPointInfo[] | null {
  const points = (body as { points?: unknown } | null)?.points;
  if (!Array.isArray(points)) return null;
  const out: HistoryPointInfo[] = [];
  for (const raw of points) {
    const p = raw as Partial<Record<keyof HistoryPointInfo, unknown>> | null;
    if (!p || typeof p.at !== 'string' || Number.isNaN(Date.parse(p.at))) return null;
    if (typeof p.summary !== 'string' || !KINDS.includes(p.kind as HistoryPointKind)) return null;
    const changes = p.changes === undefined ? null : readChangeStats(p.changes);
    const deleting = p.deleting === undefined ? null : readDeletions(p.deleting);
    // Counts that do not read are dropped, not the point: its English summary still shows.
    out.push({
      at: p.at,
      summary: p.summary.slice(0, 500),
      kind: p.kind as HistoryPointKind,
      ...(changes && { changes }),
      ...(changes && deleting && { deleting }),
    });
  }
  return out;
}
