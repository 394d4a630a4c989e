import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  HUB_CLOSE,
  parseLockedCloseReason,
  parseVoteAck,
  parseWelcome,
  type Role,
  type Step,
  type VoteAck,
  type VoteMessage,
} from '../../shared/protocol/room';

/**
 * Where the connection stands, as the status pill and the join page show it. `waiting`: the
 * hub refused this device's edits because they touch a step the facilitator has locked
 * (see `lockedSteps`); they stay on the device and merge on a later attempt, once unlocked.
 */
export type RoomPhase =
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'offline'
  | 'refused'
  | 'waiting';

export interface RoomStatus {
  readonly phase: RoomPhase;
  /** True once this session has synced with the hub at least once. */
  readonly everSynced: boolean;
  /** Local changes the hub has not acknowledged yet (the provider's count). */
  readonly unsynced: number;
  /** The role the hub gave this connection (its welcome), null before it answered. */
  readonly role: Role | null;
  /** How far the hub's clock is ahead of this device's: `hubNow ≈ Date.now() + offsetMs`. */
  readonly offsetMs: number;
  /** The participant and viewer links; the hub sends them to the facilitator only. */
  readonly links: { readonly join: string; readonly viewer: string } | null;
  /** The hub's answer to this device's last ballot. */
  readonly lastVoteAck: VoteAck | null;
  /**
   * The locked steps the hub named when it last refused this device's edits, in agenda
   * order; empty once the hub has taken them (or never refused any).
   */
  readonly lockedSteps: readonly Step[];
}

interface AwarenessChanges {
  readonly added: number[];
  readonly updated: number[];
  readonly removed: number[];
}

/**
 * The stock provider re-sends every awareness change it hears, peers' states included; the
 * hub closes a participant whose message carries the facilitator's state. This one sends
 * only this device's own state (the hub relays everyone else's), by overriding the
 * provider's public `awarenessUpdateHandler`, through which every change is sent.
 * test/integration/room-awareness.test.ts fails if that ever stops applying.
 */
class OwnAwarenessProvider extends HocuspocusProvider {
  override awarenessUpdateHandler(changes: AwarenessChanges, origin: unknown): void {
    const self = this.document.clientID;
    const own = (ids: number[]) => ids.filter((id) => id === self);
    const mine = {
      added: own(changes.added),
      updated: own(changes.updated),
      removed: own(changes.removed),
    };
    if (mine.added.length + mine.updated.length + mine.removed.length === 0) return;
    super.awarenessUpdateHandler(mine, origin);
  }
}

/** A workshop doc connected to a room hub (Hocuspocus), with its status as a small store. */
export interface RoomConnection {
  readonly room: string;
  readonly wsUrl: string;
  readonly awareness: Awareness;
  readonly status: StoreApi<RoomStatus>;
  /** The hub's clock now, as well as this device can tell. */
  hubNow(): number;
  /** Sends a ballot (replacing this voter's earlier one); the answer lands in `lastVoteAck`. */
  sendVote(vote: Omit<VoteMessage, 'type'>): void;
  /** Asks the hub for new links (facilitator only; the hub ignores anyone else). */
  rotateLinks(): void;
  /** Tries again now (after a refusal, or to cut a reconnect back-off short). */
  retry(): void;
  destroy(): void;
}

interface RoomConnectionOptions {
  readonly doc: Y.Doc;
  readonly wsUrl: string;
  readonly room: string;
  readonly token: string;
  /** Reconnect back-off; the defaults suit a LAN (quick, capped at 5 s). */
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
  /**
   * Back-off while the hub refuses this device's edits for a locked step: the first retry
   * after `lockedMinDelayMs` (2 s), doubling up to `lockedMaxDelayMs` (15 s). Each attempt
   * also brings the hub's changes in (the refusal comes after the hub's half of the sync).
   */
  readonly lockedMinDelayMs?: number;
  readonly lockedMaxDelayMs?: number;
  /** A WebSocket class where there is no global one (Node 20: `ws`). */
  readonly WebSocketPolyfill?: unknown;
}

const isOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/**
 * Connects `doc` to a room. The doc is the caller's (kept in IndexedDB by the caller), so
 * edits made while the hub is unreachable stay local and merge when the provider is back;
 * nothing here ever seeds or clears the doc. After each (re)connection the client says
 * hello and the hub answers its role and clock (WelcomeMessage), from which the timer's
 * clock offset is computed with the round trip halved.
 */
export function connectRoom(options: RoomConnectionOptions): RoomConnection {
  const status = createStore<RoomStatus>(() => ({
    phase: 'connecting',
    everSynced: false,
    unsynced: 0,
    role: null,
    offsetMs: 0,
    links: null,
    lastVoteAck: null,
    lockedSteps: [],
  }));
  let refused = false;
  let closedOnce = false;
  let helloSentAt = 0;
  const lockedMin = options.lockedMinDelayMs ?? 2000;
  const lockedMax = Math.max(lockedMin, options.lockedMaxDelayMs ?? 15_000);
  let lockedDelay = lockedMin;
  let lockedTimer: ReturnType<typeof setTimeout> | null = null;
  let destroyed = false;

  const cancelLockedRetry = () => {
    if (lockedTimer !== null) clearTimeout(lockedTimer);
    lockedTimer = null;
  };

  /**
   * The hub refused this device's edits because they touch locked steps. The provider
   * would reconnect at once and be refused again, in a loop; instead stop it, keep
   * everything (the doc and its IndexedDB copy are never touched here), say so, and try
   * again with a doubling delay. The hub learns nothing new from a retry but the same
   * edits, so a slow cadence costs the user only the wait after an unlock.
   */
  const onLockedRefusal = (steps: Step[]) => {
    // Called from the socket's disconnect event, before it schedules its own reconnect.
    socket.shouldConnect = false;
    status.setState({ lockedSteps: steps });
    update();
    cancelLockedRetry();
    if (!destroyed) {
      const delay = lockedDelay;
      lockedDelay = Math.min(lockedMax, lockedDelay * 2);
      lockedTimer = setTimeout(() => {
        lockedTimer = null;
        if (!refused && !destroyed && isOnline()) void socket.connect();
      }, delay);
    }
  };

  const socket = new HocuspocusProviderWebsocket({
    url: options.wsUrl,
    delay: options.minDelayMs ?? 500,
    minDelay: options.minDelayMs ?? 500,
    maxDelay: options.maxDelayMs ?? 5000,
    factor: 1.6,
    // The hub answers within milliseconds on a LAN; a silent socket is a dead one.
    messageReconnectTimeout: 12_000,
    ...(options.WebSocketPolyfill !== undefined && {
      WebSocketPolyfill: options.WebSocketPolyfill,
    }),
    onDisconnect: ({ event }) => {
      const steps =
        event?.code === HUB_CLOSE.forbidden ? parseLockedCloseReason(event.reason) : null;
      if (steps) onLockedRefusal(steps);
    },
  });

  const update = () => {
    const connected = socket.status === 'connected' && provider.isSynced;
    const unsynced = provider.unsyncedChanges;
    // The hub acknowledged everything this device sent: the edits it refused are in.
    if (connected && unsynced === 0 && status.getState().lockedSteps.length > 0) {
      lockedDelay = lockedMin;
      status.setState({ lockedSteps: [] });
    }
    let phase: RoomPhase;
    if (refused) phase = 'refused';
    else if (!isOnline()) phase = 'offline';
    else if (status.getState().lockedSteps.length > 0) phase = 'waiting';
    else if (connected) phase = 'connected';
    else if (!status.getState().everSynced && !closedOnce) phase = 'connecting';
    else phase = unsynced > 0 ? 'offline' : 'reconnecting';
    const prev = status.getState();
    if (prev.phase !== phase || prev.unsynced !== unsynced) status.setState({ phase, unsynced });
  };

  const provider = new OwnAwarenessProvider({
    websocketProvider: socket,
    name: options.room,
    document: options.doc,
    token: options.token,
    onAuthenticated: () => {
      refused = false;
      helloSentAt = Date.now();
      provider.sendStateless(JSON.stringify({ type: 'offsite.hello' }));
      update();
    },
    onAuthenticationFailed: () => {
      refused = true;
      // Retrying a refused token only gets this address blocked by the hub.
      socket.disconnect();
      update();
    },
    onSynced: () => {
      status.setState({ everSynced: true });
      update();
    },
    onStatus: update,
    onClose: () => {
      closedOnce = true;
      update();
    },
    onUnsyncedChanges: update,
    onStateless: ({ payload }) => {
      const welcome = parseWelcome(payload);
      if (welcome) {
        const receivedAt = Date.now();
        const sentAt = helloSentAt || receivedAt;
        // NTP's midpoint: the hub wrote its time about halfway through the round trip.
        const offsetMs = welcome.time - (sentAt + receivedAt) / 2;
        status.setState({ role: welcome.role, offsetMs, links: welcome.links ?? null });
        return;
      }
      const ack = parseVoteAck(payload);
      if (ack) status.setState({ lastVoteAck: ack });
    },
  });
  const awareness = provider.awareness!;
  provider.attach();

  // A browser that knows it is offline says so at once; the socket may linger half-open
  // (Chromium keeps an established WebSocket through network emulation), so drop it and
  // reconnect when the network is back.
  const onOffline = () => {
    socket.disconnect();
    update();
  };
  const onOnline = () => {
    cancelLockedRetry();
    if (!refused) void socket.connect();
    update();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
  }

  return {
    room: options.room,
    wsUrl: options.wsUrl,
    awareness,
    status,
    hubNow: () => Date.now() + status.getState().offsetMs,
    sendVote(vote) {
      const message: VoteMessage = { type: 'offsite.vote', ...vote };
      provider.sendStateless(JSON.stringify(message));
    },
    rotateLinks() {
      provider.sendStateless(JSON.stringify({ type: 'offsite.rotate' }));
    },
    retry() {
      refused = false;
      cancelLockedRetry();
      update();
      socket.disconnect();
      void socket.connect();
    },
    destroy() {
      destroyed = true;
      cancelLockedRetry();
      if (typeof window !== 'undefined') {
        window.removeEventListener('offline', onOffline);
        window.removeEventListener('online', onOnline);
      }
      provider.destroy();
      socket.destroy();
    },
  };
}
