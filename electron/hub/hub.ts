import { Hocuspocus } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { readMeta, workshopIdentity } from '../../shared/model';
import type { HubHealth } from '../../shared/protocol/room';
import { Admission } from './admission';
import { authExtension } from './auth';
import { BroadcastBatching } from './broadcast';
import { advertiseRoom, type Stoppable } from './discovery';
import { defaultFileIO, type WorkshopFileIO } from './file-io';
import { createHttpHandler } from './http';
import { resolveLimits, type HubLimits } from './limits';
import { linkHost, type RoomLinks } from './links';
import { listenHttp } from './listen';
import { openWorkshop } from './open-workshop';
import { Persistence } from './persistence';
import { policyGuard } from './policy-guard';
import { RoomControl } from './room-control';
import { keptTokens, loadRemovedDevices, tokensFileFor } from './token-file';
import type { RoomTokens } from './tokens';
import { defaultWebRoot } from './web-root';

export interface HubOptions {
  /** Interface to listen on; default 0.0.0.0 (the whole LAN). */
  readonly host?: string;
  /** Port; 0 (default) picks a free one. */
  readonly port?: number;
  /** A workshop file (JSON or .offsite) to open; it is stored back to the same path. */
  readonly workshopPath?: string;
  /** Where a new workshop file `<room>.offsite` is created when no workshopPath; default cwd. */
  readonly dataDir?: string;
  /** The built web UI; default `out/web` of the checkout this module runs from. */
  readonly webRoot?: string;
  readonly maxMessageBytes?: number;
  readonly maxConnections?: number;
  readonly messagesPerSecond?: number;
  /** Any other limit (see HubLimits). */
  readonly limits?: Partial<HubLimits>;
  /** Advertise the room over mDNS/DNS-SD; default false (the desktop app and CLI turn it on). */
  readonly discovery?: boolean;
  /** Save debounce after the last edit (2000 ms) and the most a save may lag (10000 ms). */
  readonly saveDebounceMs?: number;
  readonly saveMaxDebounceMs?: number;
  /**
   * Updates applied in one event-loop turn always go out merged. Above 0, a busy room also
   * merges updates within a window growing with the load up to this many ms (broadcast.ts).
   * Default 0.
   */
  readonly broadcastWindowMs?: number;
  /** Reported by /health. */
  readonly version?: string;
  /**
   * Keep the tokens in `<workshop file>.tokens.json` so links survive a hub restart
   * (default true). The desktop app, which makes a new room file each time, turns it off.
   */
  readonly persistTokens?: boolean;
  readonly io?: WorkshopFileIO;
  readonly log?: (message: string) => void;
}

/** A running hub. */
export interface Hub {
  /** The participant join link `http://HOST:PORT/#/join/ROOM?t=TOKEN`. */
  readonly url: string;
  /** `ws://HOST:PORT/collab`. */
  readonly wsUrl: string;
  /** Every link to the room, with the current tokens (links.ts). */
  readonly links: RoomLinks;
  readonly room: string;
  readonly port: number;
  /** The host in the links: the listening host, or this machine's LAN address for 0.0.0.0. */
  readonly host: string;
  /** The workshop file the room is stored to. */
  readonly path: string;
  readonly tokens: RoomTokens;
  /** The room's document (the hub's copy). Write to it only with care: it is not guarded. */
  readonly document: Y.Doc;
  /**
   * Whether updates go out batched (broadcast.ts). False only if @hocuspocus/server changed
   * inside: then each update goes out on its own, and the hub has said so in its log.
   */
  readonly batching: boolean;
  /** Authenticated connections now. */
  connections(): number;
  /** New tokens for every role; old links stop working and their connections are closed. */
  rotateTokens(): RoomTokens;
  /** The device ids the facilitator removed (refused until the links rotate). */
  removedDevices(): readonly string[];
  /** Stores the document now if it changed. */
  flush(): Promise<void>;
  /** Stops accepting, closes every connection, stores the document. */
  close(): Promise<void>;
}

/**
 * Starts a room: loads (or creates) the workshop, then listens. One port serves the web UI
 * over HTTP and upgrades `/collab` to the Yjs sync WebSocket. The room is Hocuspocus with
 * one extension per concern, in the order they run; admission sits in front of it on the
 * raw upgrade. Rejects with HubStartError (nothing listening, the file untouched) if the
 * workshop cannot be opened.
 */
export async function startHub(options: HubOptions = {}): Promise<Hub> {
  const log = options.log ?? ((message: string) => console.error(`[hub] ${message}`));
  const io = options.io ?? defaultFileIO;
  const opened = await openWorkshop({
    workshopPath: options.workshopPath,
    dataDir: options.dataDir,
    io,
  });
  if (opened.notice) log(opened.notice);
  const room = opened.room;
  const tokensPath = options.persistTokens === false ? null : tokensFileFor(opened.path);
  const tokens = await keptTokens(tokensPath, log);

  const admission = new Admission({
    room,
    limits: resolveLimits(options),
    log,
    connect: (ws, request) => hocuspocus.handleConnection(ws, request),
  });
  const removedDevices = tokensPath ? await loadRemovedDevices(tokensPath) : [];
  const control = new RoomControl({ room, tokens, tokensPath, removedDevices, admission, log });
  const batching = new BroadcastBatching({ windowMs: options.broadcastWindowMs ?? 0, log });
  const persistence = new Persistence(opened, {
    io,
    debounceMs: options.saveDebounceMs ?? 2000,
    maxDebounceMs: options.saveMaxDebounceMs ?? 10_000,
    log,
  });
  const hocuspocus = new Hocuspocus({
    extensions: [
      batching,
      authExtension({
        room,
        tokens: () => control.tokens,
        removed: control,
        events: admission,
        // The hub's doc, loaded below before anyone can connect; no peer can change it.
        identity: (): string | null => workshopIdentity(document),
      }),
      policyGuard({ room, admission }),
      persistence,
      control,
    ],
  });
  // Loads the room now, and keeps it loaded for the hub's life.
  const direct = await hocuspocus.openDirectConnection(room, { role: 'facilitator' });
  const document = direct.document!;

  const health = (): HubHealth => ({
    ok: true,
    room,
    connections: admission.connections(),
    version: options.version ?? '0.0.0',
    time: Date.now(),
  });
  const webRoot = options.webRoot ?? defaultWebRoot();
  const http = await listenHttp({
    host: options.host ?? '0.0.0.0',
    port: options.port ?? 0,
    handler: createHttpHandler({ webRoot, health, log }),
    upgrade: admission.upgrade,
    log,
  });
  const host = linkHost(options.host ?? '0.0.0.0');
  control.listening(host, http.port);
  const discovery: Stoppable | null = options.discovery
    ? advertiseRoom({ name: readMeta(document).title || room, room, port: http.port }, log)
    : null;

  let closing: Promise<void> | null = null;
  return {
    get url() {
      return control.links.participant;
    },
    wsUrl: control.links.ws,
    get links() {
      return control.links;
    },
    room,
    port: http.port,
    host,
    path: opened.path,
    get tokens() {
      return control.tokens;
    },
    document,
    batching: batching.batching === true,
    connections: () => admission.connections(),
    rotateTokens: () => control.rotate(),
    removedDevices: () => control.removedDevices,
    flush: () => persistence.flush(),
    close() {
      closing ??= (async () => {
        await discovery?.stop();
        http.stop();
        admission.closeAll();
        http.dropConnections();
        await persistence.close();
        await control.flush();
        await direct.disconnect();
      })();
      return closing;
    },
  };
}
