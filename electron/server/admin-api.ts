import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as Y from 'yjs';
import {
  ADMIN_API,
  ADMIN_LIMITS,
  IMPORT_PATH,
  MAX_TITLE_LENGTH,
  WORKSHOPS_PATH,
  type AdminWorkshop,
} from '../../shared/protocol/admin';
import { isRoomId } from '../../shared/protocol/room';
import { FailedAuthTracker } from '../hub/limits';
import { tokensEqual } from '../hub/tokens';
import { WorkshopFileError } from '../storage/workshop-file';
import { API_HEADERS, json, jsonError } from './json-response';
import { BodyTooLarge, readBody, readJsonObject } from './request-body';
import type { ServerLinks } from './server-links';
import type { WorkshopRecord, WorkshopStore } from './store/workshop-store';
import { createWorkshop, exportWorkshop, importWorkshopBytes } from './workshops';

export interface AdminApiOptions {
  readonly token: string;
  readonly store: WorkshopStore;
  readonly links: () => ServerLinks;
  /** This process's live copy of a workshop, if it has it open (exports include it). */
  readonly liveDocument: (id: string) => Y.Doc | null;
  /** Closes this process's connections to a workshop just archived. */
  readonly archived: (id: string) => void;
  readonly addressOf: (req: IncomingMessage) => string;
  readonly log: (message: string) => void;
  /** Failed admin logins per address per minute before 429 (default 20). */
  readonly maxFailedAuthPerMinute?: number;
}

const error = jsonError;

/** A file name for a workshop's export: its title, safe in any file system. */
export function exportFileName(record: WorkshopRecord): string {
  const slug = record.title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
  return `${slug || 'workshop'}-${record.id}.offsite`;
}

/**
 * Why `id` cannot align to `parent`, or null if it can: the parent must be another workshop
 * on this server, and the chain of parents above it must not come back to `id` (a cycle
 * would make every workshop in it read every other).
 */
async function alignmentRefusal(
  store: WorkshopStore,
  id: string,
  parent: string,
): Promise<string | null> {
  if (parent === id) return 'a workshop cannot align to itself';
  let at: string | null = parent;
  for (let depth = 0; at !== null; depth++) {
    const record: WorkshopRecord | null = isRoomId(at) ? await store.get(at) : null;
    if (!record) return `no workshop ${at.slice(0, 64)}`;
    if (depth > 16) return 'the chain of aligned workshops is too long';
    at = record.parent;
    if (at === id) return `${parent} already aligns (through its parents) to ${id}`;
  }
  return null;
}

/**
 * The admin API (shared/protocol/admin.ts): list, create, import, archive and export
 * workshops, for whoever holds the admin token. The token comes in the Authorization
 * header only; failed attempts are counted per address like the rooms' (429 past the
 * limit); every body has a size limit, and every answer is JSON with nosniff/no-store.
 */
export function createAdminApi(options: AdminApiOptions) {
  const failed = new FailedAuthTracker(options.maxFailedAuthPerMinute ?? 20);

  const view = (record: WorkshopRecord): AdminWorkshop => {
    const links = options.links().workshop(record.id, record.tokens);
    return {
      id: record.id,
      title: record.title,
      archived: record.archived,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      parent: record.parent,
      links: {
        participant: links.participant,
        viewer: links.viewer,
        facilitator: links.facilitator,
      },
    };
  };

  const authorised = (req: IncomingMessage, res: ServerResponse): boolean => {
    const address = options.addressOf(req);
    if (failed.blocked(address, Date.now())) {
      error(res, 429, 'too many failed attempts; wait a minute');
      return false;
    }
    const match = /^Bearer (\S{1,512})$/.exec(req.headers.authorization ?? '');
    if (match && tokensEqual(match[1]!, options.token)) return true;
    failed.record(address, Date.now());
    options.log(`admin: refused a request from ${address} (no or wrong admin token)`);
    res.setHeader('WWW-Authenticate', 'Bearer');
    error(res, 401, 'the admin token is missing or wrong');
    return false;
  };

  const route = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    const method = req.method ?? 'GET';
    const { store } = options;
    if (path === WORKSHOPS_PATH && method === 'GET') {
      return json(res, 200, { workshops: (await store.list()).map(view) });
    }
    if (path === WORKSHOPS_PATH && method === 'POST') {
      const body = await readJsonObject(req, ADMIN_LIMITS.jsonBytes);
      const title = typeof body?.title === 'string' ? body.title.trim() : '';
      if (!title || title.length > MAX_TITLE_LENGTH)
        return error(res, 400, `give a title of 1 to ${MAX_TITLE_LENGTH} characters`);
      const added = await createWorkshop(store, title);
      options.log(`admin: created workshop ${added.id}`);
      return json(res, 201, { workshop: view((await store.get(added.id))!), added: true });
    }
    if (path === IMPORT_PATH && method === 'POST') {
      const bytes = await readBody(req, ADMIN_LIMITS.importBytes);
      const name = 'the uploaded file';
      const added = await importWorkshopBytes(store, name, new Uint8Array(bytes));
      options.log(`admin: import ${added.added ? 'added' : 'found existing'} workshop ${added.id}`);
      const record = (await store.get(added.id))!;
      return json(res, added.added ? 201 : 200, { workshop: view(record), added: added.added });
    }
    const action = /^\/api\/admin\/workshops\/([^/]+)\/(archive|export|parent)$/.exec(path);
    if (action) {
      const id = decodeURIComponent(action[1]!);
      const record = isRoomId(id) ? await store.get(id) : null;
      if (!record) return error(res, 404, `no workshop ${id.slice(0, 64)}`);
      if (action[2] === 'archive' && method === 'POST') {
        const body = await readJsonObject(req, ADMIN_LIMITS.jsonBytes);
        if (typeof body?.archived !== 'boolean')
          return error(res, 400, 'give {"archived": true|false}');
        await store.setArchived(id, body.archived);
        if (body.archived) options.archived(id);
        options.log(`admin: workshop ${id} ${body.archived ? 'archived' : 'restored'}`);
        return json(res, 200, { workshop: view((await store.get(id))!) });
      }
      if (action[2] === 'parent' && method === 'POST') {
        const body = await readJsonObject(req, ADMIN_LIMITS.jsonBytes);
        const parent = body?.parent;
        if (parent !== null && typeof parent !== 'string')
          return error(res, 400, 'give {"parent": "<workshop id>"|null}');
        const refusal = parent === null ? null : await alignmentRefusal(store, id, parent);
        if (refusal) return error(res, 400, refusal);
        await store.setParent(id, parent);
        options.log(`admin: workshop ${id} aligned to ${parent ?? 'none'}`);
        return json(res, 200, { workshop: view((await store.get(id))!) });
      }
      if (action[2] === 'export' && method === 'GET') {
        const bytes = await exportWorkshop(store, record, options.liveDocument(id));
        res.writeHead(200, {
          ...API_HEADERS,
          'Content-Type': 'application/octet-stream',
          'Content-Length': bytes.byteLength,
          'Content-Disposition': `attachment; filename="${exportFileName(record)}"`,
        });
        return void res.end(Buffer.from(bytes));
      }
      return error(res, 405, 'method not allowed');
    }
    if (path === WORKSHOPS_PATH || path === IMPORT_PATH)
      return error(res, 405, 'method not allowed');
    return error(res, 404, 'no such admin request');
  };

  /** Handles a request under ADMIN_API; false if the path is not the admin API's. */
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path !== ADMIN_API && !path.startsWith(`${ADMIN_API}/`)) return false;
    if (!authorised(req, res)) {
      req.resume();
      return true;
    }
    route(req, res, path).catch((e: unknown) => {
      if (e instanceof BodyTooLarge) {
        error(res, 413, e.message);
        res.once('finish', () => req.destroy());
      } else if (e instanceof WorkshopFileError) {
        error(res, 400, e.message);
      } else {
        options.log(`admin: ${req.method} ${path} failed: ${(e as Error).message}`);
        if (!res.headersSent) error(res, 500, 'internal error');
        else res.destroy();
      }
    });
    return true;
  };
}
