import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { SYSTEM_ORIGIN } from '../../shared/model';
import type { NearbyRoomInfo, RoomInfo } from '../../shared/protocol/ipc';
import { writeFileAtomic } from '../storage/atomic-write';
import { serializeWorkshop } from '../storage/workshop-file';
import { browseRooms, type NearbyRoom, type Stoppable } from '../hub/discovery';
import { startHub, type Hub, type HubOptions } from '../hub/hub';

/** The desktop's room: at most one hub, started from the open workshop's state. */
export interface RoomHostService {
  open(update: Uint8Array, title: string): Promise<RoomInfo>;
  close(): Promise<void>;
  rotate(): Promise<RoomInfo>;
  nearby(): Promise<NearbyRoomInfo[]>;
  /** What the presentation window connects with, or null when no room is open. */
  presentation(): PresentationTarget | null;
}

/** The open room as the desktop's presentation window reaches it: the viewer's token, on loopback. */
export interface PresentationTarget {
  readonly room: string;
  readonly viewerToken: string;
  readonly localWsUrl: string;
}

export interface RoomHostDeps {
  /** Where room workshop files go: `userData/rooms`. */
  readonly roomsDir: string;
  /** The built web UI browsers get from the hub. */
  readonly webRoot: string;
  readonly version: string;
  readonly log: (message: string) => void;
  /** Listening host; 0.0.0.0 (the whole LAN) in the app, 127.0.0.1 in tests. */
  readonly host?: string;
  /** Advertise over mDNS (on in the app). */
  readonly discovery?: boolean;
  readonly startHub?: (options: HubOptions) => Promise<Hub>;
  readonly browse?: typeof browseRooms;
  /** How long nearby() listens for adverts. */
  readonly browseMs?: number;
}

function fileStem(title: string): string {
  const stem = title
    .replace(/[^\p{L}\p{N} _-]+/gu, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
  return stem || 'workshop';
}

function infoOf(hub: Hub): RoomInfo {
  const links = hub.links;
  return {
    url: links.participant,
    viewerUrl: links.viewer,
    wsUrl: links.ws,
    localWsUrl: links.localWs,
    room: hub.room,
    facilitatorToken: hub.tokens.facilitator,
    port: hub.port,
  };
}

/**
 * Runs the room hub in the main process. The workshop's state is written to its own file
 * under userData/rooms/ first (atomically), so the hub stores the room there and never
 * touches a file the user opened; the window's local copy and the hub's merge over sync.
 */
export function createRoomHost(deps: RoomHostDeps): RoomHostService {
  const start = deps.startHub ?? startHub;
  let hub: Hub | null = null;

  async function close(): Promise<void> {
    const open = hub;
    hub = null;
    await open?.close();
  }

  return {
    async open(update, title) {
      await close();
      const doc = new Y.Doc();
      try {
        Y.applyUpdate(doc, update, SYSTEM_ORIGIN);
      } catch (error) {
        doc.destroy();
        throw new Error(
          `openRoom: the workshop state is not a Yjs update (${(error as Error).message})`,
        );
      }
      await mkdir(deps.roomsDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const path = join(deps.roomsDir, `${fileStem(title)}-${stamp}.offsite`);
      await writeFileAtomic(path, serializeWorkshop(doc, 'offsite'));
      doc.destroy();
      hub = await start({
        host: deps.host ?? '0.0.0.0',
        port: 0,
        workshopPath: path,
        webRoot: deps.webRoot,
        discovery: deps.discovery ?? true,
        // A new room file each time: nothing to restart into, so no tokens file beside it.
        persistTokens: false,
        version: deps.version,
        log: deps.log,
      });
      deps.log(`room ${hub.room} open on port ${hub.port}, stored to ${path}`);
      return infoOf(hub);
    },
    close,
    async rotate() {
      if (!hub) throw new Error('rotateRoomTokens: no room is open');
      hub.rotateTokens();
      return infoOf(hub);
    },
    presentation() {
      return hub
        ? { room: hub.room, viewerToken: hub.tokens.viewer, localWsUrl: hub.links.localWs }
        : null;
    },
    nearby() {
      const browse = deps.browse ?? browseRooms;
      return new Promise<NearbyRoomInfo[]>((resolve) => {
        let seen: readonly NearbyRoom[] = [];
        const browser: Stoppable = browse((rooms) => (seen = rooms), deps.log);
        setTimeout(() => {
          void browser.stop().then(() =>
            resolve(
              seen.map((r) => ({
                name: r.name,
                room: r.room,
                host: r.addresses[0] ?? r.host,
                port: r.port,
              })),
            ),
          );
        }, deps.browseMs ?? 1500);
      });
    },
  };
}
