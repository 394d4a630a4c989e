import type { IncomingMessage, ServerResponse } from 'node:http';
import { mayDo } from '../../shared/protocol/policy';
import {
  HISTORY_PATH,
  HISTORY_STATE_PATH,
  POINT_AT_HEADER,
  type HistoryPointInfo,
} from '../../shared/protocol/history';
import { send } from './http';
import { FailedAuthTracker } from './limits';
import { roleForToken, type RoomTokens } from './tokens';

export interface HistoryRoutesOptions {
  readonly history: {
    list(): HistoryPointInfo[];
    stateAt(at: number): { at: number; state: Uint8Array } | null;
  };
  /** The current tokens (they rotate). */
  readonly tokens: () => RoomTokens;
  /** Failed attempts per address per minute before that address gets 429. */
  readonly maxFailedPerMinute: number;
  readonly log: (message: string) => void;
}

/**
 * Any origin may ask, as the desktop app's window (a file:// page) must: the answer needs
 * the facilitator's token in a header, which a page learns only from the facilitator, and
 * no cookie or other ambient credential is ever accepted.
 */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization',
  'Access-Control-Allow-Methods': 'GET',
  'Access-Control-Expose-Headers': POINT_AT_HEADER,
  'Access-Control-Max-Age': '600',
};

const JSON_TYPE = 'application/json; charset=utf-8';

function bearer(req: IncomingMessage): string | null {
  const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(req.headers.authorization ?? '');
  return match ? match[1]! : null;
}

/** `at` of the query: an ISO time or ms since the epoch; no `at` means the newest point. */
function pointTime(query: string): number | null {
  const raw = new URLSearchParams(query).get('at');
  if (raw === null || raw === '') return Number.POSITIVE_INFINITY;
  const time = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  return Number.isFinite(time) ? time : null;
}

/**
 * The history endpoints (shared/protocol/history.ts) as an HTTP route: returns false for
 * any other path. Only a token whose role may do `history` (the facilitator) is answered;
 * wrong tokens count per address like failed joins, and 20 a minute earn a 429.
 */
export function historyRoutes(
  options: HistoryRoutesOptions,
): (req: IncomingMessage, res: ServerResponse, pathname: string, query: string) => boolean {
  const failures = new FailedAuthTracker(options.maxFailedPerMinute);
  return (req, res, pathname, query) => {
    if (pathname !== HISTORY_PATH && pathname !== HISTORY_STATE_PATH) return false;
    const reply = (
      status: number,
      body: string | Uint8Array,
      type?: string,
      extra: Record<string, string> = {},
    ): true => {
      send(res, status, body, type, { ...CORS, ...extra });
      return true;
    };
    if (req.method === 'OPTIONS') return reply(204, '');
    if (req.method !== 'GET') return reply(405, 'Method not allowed', undefined, { Allow: 'GET' });
    const address = req.socket.remoteAddress ?? 'unknown';
    const now = Date.now();
    if (failures.blocked(address, now)) return reply(429, 'Too many requests');
    const role = roleForToken(options.tokens(), bearer(req));
    if (!role) {
      failures.record(address, now);
      options.log(`history: refused a request from ${address} without a valid token`);
      return reply(401, 'A valid token is needed', undefined, {
        'WWW-Authenticate': 'Bearer realm="offsite-history"',
      });
    }
    if (!mayDo(role, 'history')) {
      options.log(`history: refused a request from ${address} (${role})`);
      return reply(403, 'Only the facilitator may read the history');
    }
    if (pathname === HISTORY_PATH)
      return reply(200, JSON.stringify({ points: options.history.list() }), JSON_TYPE);
    const at = pointTime(query);
    if (at === null) return reply(400, 'at must be an ISO 8601 time');
    const point = options.history.stateAt(at);
    if (!point) return reply(404, 'No point at or before that time');
    return reply(200, point.state, 'application/octet-stream', {
      [POINT_AT_HEADER]: new Date(point.at).toISOString(),
    });
  };
}
