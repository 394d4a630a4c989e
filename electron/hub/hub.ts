import { Hocuspocus } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { readMeta, workshopIdentity } from '../../shared/model';
import type { HubHealth } from '../../shared/protocol/room';
import { Admission } from './admission';
import { authExtension } from './auth';
import { BroadcastBatching } from './broadcast';
import { GrowthGuard } from './growth';
import { advertiseRoom, isLoopbackHost, type Stoppable } from './discovery';
import { defaultFileIO, type WorkshopFileIO } from './file-io';
import { HubHistory, type HubHistoryOptions } from './history';
import { historyRoutes } from './history-http';
import { historyFileFor } from './history-store';
import { createHttpHandler } from './http';
import { resolveLimits, type HubLimits } from './limits';
import { linkHost, type RoomLinks } from './links';
import { listenHttp } from './listen';
import { openWorkshop, roomFileFor, type OpenedWorkshop } from './open-workshop';
import { Persistence } from './persistence';
import { policyGuard } from './policy-guard';
import { RoomControl } from './room-control';
import { ballotsFileFor } from './ballot-file';
import { keptTokens, loadRemovedDevices, tokensFileFor } from './token-file';
import type { RoomTokens } from './tokens';
import { defaultWebRoot } from './web-root';
import { lockWorkshop, type WorkshopLock } from './workshop-lock';
import { rememberLastRoom } from './last-room';

export interface HubOptions {
  /** Interface to listen on; default 0.0.0.0 (the whole LAN). */
  readonly host?: string;
  /**
   * Port; 0 picks a free one. Absent: the port the data folder's last room had, when the
   * room is resumed and the port is free (last-room.ts), else a free one.
   */
  readonly port?: number;
  /** A workshop file (JSON or .offsite) to open; it is stored back to the same path. */
  readonly workshopPath?: string;
  /**
   * When no workshopPath: the folder whose last room is resumed, or where a new workshop
   * file `<room>.offsite` is created; default cwd.
   */
  readonly dataDir?: string;
  /** The built web UI; default `out/web` of the checkout this module runs from. */
  readonly webRoot?: string;
  readonly maxMessageBytes?: number;
  readonly maxConnections?: number;
  readonly messagesPerSecond?: number;
  /** Any other limit (see HubLimits). */
  readonly limits?: Partial<HubLimits>;
  /**
   * Advertise the room over mDNS/DNS-SD; default false (the desktop app and CLI turn it
   * on). Never on a loopback host: nobody else could join, and multicast would still leave
   * the machine.
   */
  readonly discovery?: boolean;
  /** Save debounce after the last edit (2000 ms) and the most a save may lag (10000 ms). */
  readonly saveDebounceMs?: number;
  readonly saveMaxDebounceMs?: number;
  /**
   * How long close() may try to store the workshop before it writes the unsaved state to a
   * dump file and rejects with UnsavedWorkshopError naming it (final-save.ts); 10 000 ms.
   */
  readonly closeTimeoutMs?: number;
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
  /**
   * Keep the workshop's history beside its file (`<file>.offsite.history`: history.ts) and
   * serve it to the facilitator; on by default. `false` turns it off; an object tunes it.
   */
  readonly history?: boolean | HistorySettings;
  readonly io?: WorkshopFileIO;
  readonly log?: (message: string) => void;
}

export type HistorySettings = Partial<
  Pick<HubHistoryOptions, 'bounds' | 'intervalMs' | 'bulkDelete' | 'beforeDeleteGapMs' | 'now'>
>;

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
  /** Whether the workshop file was made now (a new room), not opened or resumed. */
  readonly created: boolean;
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
  /** The workshop's history; null when turned off (or its file could not be used). */
  readonly history: HubHistory | null;
  /** Authenticated connections now. */
  connections(): number;
  /** New tokens for every role; old links stop working and their connections are closed. */
  rotateTokens(): RoomTokens;
  /** The device ids the facilitator removed (refused until the links rotate). */
  removedDevices(): readonly string[];
  /** Stores the document now if it changed. */
  flush(): Promise<void>;
  /**
   * Stops accepting, closes every connection, stores the document and releases the
   * workshop's lock. Rejects with UnsavedWorkshopError (saying where the unsaved state was
   * dumped) if the document could not be stored within `closeTimeoutMs`.
   */
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
  // One hub per workshop file: the lock comes first, so a second hub touches nothing.
  let lock: WorkshopLock | null = options.workshopPath
    ? await lockWorkshop(roomFileFor(options.workshopPath), { log })
    : null;
  let opened: OpenedWorkshop;
  try {
    opened = await openWorkshop({
      workshopPath: options.workshopPath,
      dataDir: options.dataDir,
      io,
    });
    lock ??= await lockWorkshop(opened.path, { log });
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const heldLock = lock;
  try {
    return await startRoom(options, opened, heldLock, log, io);
  } catch (error) {
    await heldLock.release();
    throw error;
  }
}

async function startRoom(
  options: HubOptions,
  opened: OpenedWorkshop,
  lock: WorkshopLock,
  log: (message: string) => void,
  io: WorkshopFileIO,
): Promise<Hub> {
  if (opened.notice) log(opened.notice);
  const room = opened.room;
  const tokensPath = options.persistTokens === false ? null : tokensFileFor(opened.path);
  const tokens = await keptTokens(tokensPath, log);
  const history = await openHistory(options.history, opened.path, room, log);

  const limits = resolveLimits(options);
  const growth = new GrowthGuard(limits);
  const admission = new Admission({
    room,
    limits,
    log,
    connect: (ws, request) => hocuspocus.handleConnection(ws, request),
    headroom: (address) => growth.headroom(address),
  });
  const removedDevices = tokensPath ? await loadRemovedDevices(tokensPath) : [];
  // Ballots of a running round are kept beside the workshop as the tokens are (not in the
  // desktop app's rooms, made anew each time).
  const ballotsPath = tokensPath ? ballotsFileFor(opened.path) : null;
  const control = new RoomControl({
    room,
    tokens,
    tokensPath,
    ballotsPath,
    removedDevices,
    admission,
    log,
  });
  const batching = new BroadcastBatching({ windowMs: options.broadcastWindowMs ?? 0, log });
  const persistence = new Persistence(opened, {
    io,
    debounceMs: options.saveDebounceMs ?? 2000,
    maxDebounceMs: options.saveMaxDebounceMs ?? 10_000,
    closeTimeoutMs: options.closeTimeoutMs,
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
      policyGuard({ room, admission, growth, checkFields: limits.fieldLimits }),
      growth,
      persistence,
      // After the policy guard: it sees only updates the guard let through, before they apply.
      ...(history ? [history] : []),
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
  const listening = {
    host: options.host ?? '0.0.0.0',
    handler: createHttpHandler({
      webRoot,
      health,
      routes: history
        ? [
            historyRoutes({
              history,
              tokens: () => control.tokens,
              maxFailedPerMinute: limits.maxFailedAuthPerMinute,
              log,
            }),
          ]
        : [],
      log,
    }),
    upgrade: admission.upgrade,
    log,
  };
  // A resumed room asks for its old port, so the links people kept still work; taken, any.
  const lastPort = opened.dataDir?.lastPort ?? 0;
  const port = options.port ?? lastPort;
  const http = await listenHttp({ ...listening, port }).catch((error: NodeJS.ErrnoException) => {
    if (options.port !== undefined || port === 0 || error.code !== 'EADDRINUSE') throw error;
    log(`port ${port}, the last room's, is taken: listening on another (the links change)`);
    return listenHttp({ ...listening, port: 0 });
  });
  if (opened.dataDir)
    await rememberLastRoom(opened.dataDir.dir, { room, port: http.port }).catch((error: Error) =>
      log(`cannot note the room in ${opened.dataDir!.dir} for next time: ${error.message}`),
    );
  const host = linkHost(options.host ?? '0.0.0.0');
  control.listening(host, http.port);
  const loopback = isLoopbackHost(options.host ?? '0.0.0.0');
  if (options.discovery && loopback)
    log('not advertising the room on the network: it listens on a loopback address');
  const discovery: Stoppable | null =
    options.discovery && !loopback
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
    created: opened.created,
    host,
    path: opened.path,
    get tokens() {
      return control.tokens;
    },
    document,
    batching: batching.batching === true,
    history,
    connections: () => admission.connections(),
    rotateTokens: () => control.rotate(),
    removedDevices: () => control.removedDevices,
    flush: () => persistence.flush(),
    close() {
      closing ??= (async () => {
        // The workshop first; whatever happens to it, the rest still closes and the lock
        // is released (an UnsavedWorkshopError is passed on, naming the dump).
        let unsaved: unknown = null;
        try {
          await discovery?.stop();
          http.stop();
          admission.closeAll();
          http.dropConnections();
          await persistence.close();
        } catch (error) {
          unsaved = error;
        }
        const logged = (what: string) => (error: unknown) =>
          log(`closing: ${what} failed: ${(error as Error).message}`);
        await history?.close().catch(logged('storing the history'));
        await control.flush().catch(logged('storing the room'));
        await direct.disconnect();
        await lock.release();
        if (unsaved) throw unsaved;
      })();
      return closing;
    },
  };
}

/** The history kept beside the workshop file, unless turned off; never a reason not to start. */
async function openHistory(
  setting: boolean | HistorySettings | undefined,
  workshopPath: string,
  room: string,
  log: (message: string) => void,
): Promise<HubHistory | null> {
  if (setting === false) return null;
  const path = historyFileFor(workshopPath);
  try {
    return await HubHistory.open({ ...(setting === true ? {} : setting), path, room, log });
  } catch (error) {
    log(`no history this time: ${path} cannot be used (${(error as Error).message})`);
    return null;
  }
}
