import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as Y from 'yjs';
import { readWorkshop } from '../../shared/model';
import {
  MAX_ALIGNED_OBJECTIVES,
  MEMBER_API,
  REMOVED_DEVICE_ERROR,
  type AlignedAnswer,
  type AlignedObjective,
} from '../../shared/protocol/aligned';
import { isRoomId } from '../../shared/protocol/room';
import { deviceOf, type RemovedDevices } from '../hub/auth';
import { FailedAuthTracker } from '../hub/limits';
import { roleForToken } from '../hub/tokens';
import { json, jsonError } from './json-response';
import type { WorkshopRecord, WorkshopStore } from './store/workshop-store';
import { readWorkshopDoc } from './workshop-doc';

export interface AlignedApiOptions {
  readonly store: WorkshopStore;
  /** This process's live copy of a workshop, if it has it open (fresher than the store). */
  readonly liveDocument: (id: string) => Y.Doc | null;
  /** The devices the facilitator removed from a workshop, as its sync connections see them. */
  readonly removed: (record: WorkshopRecord) => RemovedDevices;
  readonly addressOf: (req: IncomingMessage) => string;
  readonly log: (message: string) => void;
  /** Failed attempts per address per minute before 429 (default 20, as the rooms'). */
  readonly maxFailedAuthPerMinute?: number;
}

/** A workshop's title and objectives, ids and titles only, in its order. */
function alignedView(doc: Y.Doc): { title: string; objectives: AlignedObjective[] } {
  const workshop = readWorkshop(doc);
  return {
    title: workshop.meta.title,
    objectives: workshop.objectives
      .slice(0, MAX_ALIGNED_OBJECTIVES)
      .map((o) => ({ id: o.id, title: o.title, team: o.team })),
  };
}

/**
 * Cross-workshop reading, where it plugs into the server's auth (workshop-auth.ts says
 * where): `GET /api/workshops/<B>/aligned` with any token of workshop B (viewer included)
 * answers the workshop the admin aligned B to — its id, title, and its objectives' ids and
 * titles — and nothing else of it: not its key results, one-pager or links, and no write,
 * since it is not a sync connection. A team member can pick the company's objective as a
 * parent and see its title change, without a token of the company workshop.
 */
export function createAlignedApi(options: AlignedApiOptions) {
  const failed = new FailedAuthTracker(options.maxFailedAuthPerMinute ?? 20);

  const parentOf = async (id: string): Promise<AlignedAnswer> => {
    const record = await options.store.get(id);
    const parentId = record?.parent ?? null;
    const parent = parentId ? await options.store.get(parentId) : null;
    if (!parent || parent.archived) return { parent: null };
    const read = (doc: Y.Doc): AlignedAnswer => {
      const view = alignedView(doc);
      return { parent: { workshop: parent.id, ...view, title: view.title || parent.title } };
    };
    return (
      (await readWorkshopDoc(parent.id, options.store, options.liveDocument, read)) ?? {
        parent: null,
      }
    );
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, id: string) => {
    const address = options.addressOf(req);
    if (failed.blocked(address, Date.now()))
      return jsonError(res, 429, 'too many failed attempts; wait a minute');
    const match = /^Bearer (\S{1,512})$/.exec(req.headers.authorization ?? '');
    const record = isRoomId(id) ? await options.store.get(id) : null;
    const role = record && match ? roleForToken(record.tokens, match[1]!) : null;
    // Any of the workshop's own tokens; a wrong one counts as a failed login.
    if (!record || record.archived || role === null) {
      failed.record(address, Date.now());
      res.setHeader('WWW-Authenticate', 'Bearer');
      return jsonError(res, 401, 'the token is missing or is not this workshop’s');
    }
    // The same rule as the sync connection (hub/auth.ts): a right token from a device the
    // facilitator removed is refused, no guess (not counted), the facilitator never.
    const device = deviceOf(new URL(req.url ?? '/', 'http://x').searchParams);
    if (device !== null && role !== 'facilitator' && options.removed(record).isRemoved(device))
      return jsonError(res, 403, REMOVED_DEVICE_ERROR);
    return json(res, 200, await parentOf(record.id));
  };

  /** Handles a request under MEMBER_API; false if the path is not this API's. */
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path !== MEMBER_API && !path.startsWith(`${MEMBER_API}/`)) return false;
    const match = /^\/api\/workshops\/([^/]+)\/aligned$/.exec(path);
    req.resume();
    if (!match) jsonError(res, 404, 'no such request');
    else if (req.method !== 'GET') jsonError(res, 405, 'method not allowed');
    else {
      let id: string;
      try {
        id = decodeURIComponent(match[1]!);
      } catch {
        id = '';
      }
      handle(req, res, id).catch((e: unknown) => {
        options.log(`aligned: ${path} failed: ${(e as Error).message}`);
        if (!res.headersSent) jsonError(res, 500, 'internal error');
        else res.destroy();
      });
    }
    return true;
  };
}
