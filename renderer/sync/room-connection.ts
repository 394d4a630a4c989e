import type { ConfidenceMessage } from '../../shared/protocol/confidence';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { metaMap, workshopIdentity } from '../../shared/model';
import {
  DEVICE_PARAM,
  HUB_CLOSE,
  OTHER_WORKSHOP_REASON,
  parseLockedCloseReason,
  parseRemoveAck,
  parseVoteAck,
  parseWelcome,
  REMOVED_REASON,
  ROTATED_REASON,
  WORKSHOP_PARAM,
  type RemoveAck,
  type Role,
  type Step,
  type VoteAck,
  type VoteMessage,
  type WelcomeLinks,
} from '../../shared/protocol/room';
import { initialRoomStatus } from './room-status';

/**
 * Where the connection stands, as the status pill and the join page show it. `waiting`: the
 * hub refused this device's edits because they touch a step the facilitator has locked
 * (see `lockedSteps`); they stay on the device and merge on a later attempt, once unlocked.
 * `refused`: the link is wrong or was rotated. `removed`: the facilitator removed this
 * device. `edit-refused`: the hub refused something this device sent for good (`refusal`
 * says what); sending it again would be refused again, so the connection stays down.
 * `other-workshop`: this device's copy is another workshop that has the room's id (an old
 * cycle, a workshop rebuilt from JSON): the hub took none of it and sent none of the room;
 * the copy must be kept apart before joining (room-copy.ts).
 */
export type RoomPhase =
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'offline'
  | 'refused'
  | 'removed'
  | 'edit-refused'
  | 'other-workshop'
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
  /**
   * The room's links as the hub lets this role see them: the join link for the facilitator
   * and participants, the viewer link for the facilitator only.
   */
  readonly links: WelcomeLinks | null;
  /** The hub's answer to this device's last ballot. */
  readonly lastVoteAck: VoteAck | null;
  /** The hub's answer to this device's last removal of a participant (facilitator). */
  readonly lastRemoveAck: RemoveAck | null;
  /** Why the hub refused what this device sent, in the hub's words (phase `edit-refused`). */
  readonly refusal: string | null;
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
  /**
   * Sends this person's confidences in a private confidence round (replacing their earlier
   * ones); the answer lands in `lastVoteAck`, its `votingId` the round's id.
   */
  sendConfidence(ballot: Omit<ConfidenceMessage, 'type'>): void;
  /** Asks the hub for new links (facilitator only; the hub ignores anyone else). */
  rotateLinks(): void;
  /**
   * Asks the hub to remove the person whose awareness client id is `clientId` (facilitator
   * only); the answer lands in `lastRemoveAck`.
   */
  removeParticipant(clientId: number): void;
  /** Tries again now (after a refusal, or to cut a reconnect back-off short). */
  retry(): void;
  /**
   * A GET from the hub's HTTP endpoints (`path` such as `/history`) with this connection's
   * token in an `Authorization: Bearer` header, never in the URL.
   */
  fetchHub(path: string): Promise<Response>;
  destroy(): void;
}

/** `http://HOST:PORT` of a hub from its `ws://HOST:PORT/collab` (https for wss). */
export function hubHttpBase(wsUrl: string): string {
  const url = new URL(wsUrl);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  return url.origin;
}

interface RoomConnectionOptions {
  readonly doc: Y.Doc;
  readonly wsUrl: string;
  readonly room: string;
  readonly token: string;
  /**
   * This device's id (identity.ts keeps it), sent in the sync URL so the hub can keep a
   * device the facilitator removed out of the room.
   */
  readonly deviceId?: string;
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
  const status = createStore<RoomStatus>(() => initialRoomStatus('connecting'));
  let refused = false;
  /** Why the connection stays down for good: a removal, a refused message, another workshop. */
  let final: 'removed' | 'edit-refused' | 'other-workshop' | null = null;
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
    status.setState({ lockedSteps: steps });
    update();
    retrySlowly();
  };

  /**
   * Stops the provider's own quick reconnect and tries again after a doubling delay: the
   * same edits would be refused again at once. Also for a 4413 (a field over its limit,
   * the workshop at its size limit, or this device adding too fast): the edits stay here.
   */
  const retrySlowly = () => {
    // Called from the socket's disconnect event, before it schedules its own reconnect.
    socket.shouldConnect = false;
    cancelLockedRetry();
    if (!destroyed) {
      const delay = lockedDelay;
      lockedDelay = Math.min(lockedMax, lockedDelay * 2);
      lockedTimer = setTimeout(() => {
        lockedTimer = null;
        if (!refused && !final && !destroyed && isOnline()) void socket.connect();
      }, delay);
    }
  };

  /**
   * A refusal no retry can change: stop the socket (the edits stay on the device and in its
   * IndexedDB copy) and say why, instead of reconnecting to be refused again, forever.
   */
  const stopFor = (
    why: 'refused' | 'removed' | 'edit-refused' | 'other-workshop',
    reason: string | null,
  ) => {
    socket.shouldConnect = false;
    cancelLockedRetry();
    if (why === 'refused') refused = true;
    else final = why;
    if (why === 'edit-refused') status.setState({ refusal: reason });
    update();
  };

  const onClosed = (code: number | undefined, reason: unknown) => {
    if (code === HUB_CLOSE.removed) return stopFor('removed', null);
    // Over a limit (a field, the workshop's size, this device's growth budget): the edits
    // stay here and go again later, slowly; the budget refills, a cap may be raised.
    if (code === HUB_CLOSE.tooLarge) return retrySlowly();
    if (code !== HUB_CLOSE.forbidden) return;
    const steps = parseLockedCloseReason(reason);
    if (steps) return onLockedRefusal(steps);
    // A failed authentication is handled where it is reported (onAuthenticationFailed).
    if (reason === 'permission-denied') return;
    if (reason === ROTATED_REASON) return stopFor('refused', null);
    if (reason === OTHER_WORKSHOP_REASON) return stopFor('other-workshop', null);
    stopFor('edit-refused', typeof reason === 'string' && reason ? reason : 'refused');
  };

  /**
   * The sync URL names this device and the workshop its copy is (WORKSHOP_PARAM), read
   * again whenever the copy's identity changes: a first join brings none and learns the
   * room's; every later connection, to whatever hub answers on this address, says which
   * workshop it would merge in, and the hub refuses another one before taking any of it.
   */
  const syncUrl = () => {
    const params = new URLSearchParams();
    if (options.deviceId) params.set(DEVICE_PARAM, options.deviceId);
    const identity = workshopIdentity(options.doc);
    if (identity !== null) params.set(WORKSHOP_PARAM, identity);
    const query = params.toString();
    return query ? `${options.wsUrl}?${query}` : options.wsUrl;
  };
  const socket = new HocuspocusProviderWebsocket({
    url: syncUrl(),
    delay: options.minDelayMs ?? 500,
    minDelay: options.minDelayMs ?? 500,
    maxDelay: options.maxDelayMs ?? 5000,
    factor: 1.6,
    // The hub answers within milliseconds on a LAN; a silent socket is a dead one.
    messageReconnectTimeout: 12_000,
    ...(options.WebSocketPolyfill !== undefined && {
      WebSocketPolyfill: options.WebSocketPolyfill,
    }),
    onDisconnect: ({ event }) => onClosed(event?.code, event?.reason),
  });

  const update = () => {
    const connected = socket.status === 'connected' && provider.isSynced;
    const unsynced = provider.unsyncedChanges;
    // The hub acknowledged everything this device sent: the edits it refused are in.
    if (connected && unsynced === 0) {
      lockedDelay = lockedMin;
      if (status.getState().lockedSteps.length > 0) status.setState({ lockedSteps: [] });
    }
    let phase: RoomPhase;
    if (final) phase = final;
    else if (refused) phase = 'refused';
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
    onAuthenticationFailed: ({ reason }) => {
      // Retrying a refused token only gets this address blocked by the hub.
      socket.disconnect();
      if (reason === OTHER_WORKSHOP_REASON) stopFor('other-workshop', null);
      else stopFor(reason === REMOVED_REASON ? 'removed' : 'refused', null);
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
      const removal = parseRemoveAck(payload);
      if (removal) status.setState({ lastRemoveAck: removal });
    },
  });
  const awareness = provider.awareness!;
  provider.attach();

  // setConfiguration is the socket's public way to change its URL; the next attempt uses it.
  const meta = metaMap(options.doc);
  const followIdentity = () => {
    const url = syncUrl();
    if (url !== socket.configuration.url) socket.setConfiguration({ url });
  };
  meta.observe(followIdentity);

  // A browser that knows it is offline says so at once; the socket may linger half-open
  // (Chromium keeps an established WebSocket through network emulation), so drop it and
  // reconnect when the network is back.
  const onOffline = () => {
    socket.disconnect();
    update();
  };
  const onOnline = () => {
    cancelLockedRetry();
    if (!refused && !final) void socket.connect();
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
    sendConfidence(ballot) {
      const message: ConfidenceMessage = { type: 'offsite.confidence', ...ballot };
      provider.sendStateless(JSON.stringify(message));
    },
    rotateLinks() {
      provider.sendStateless(JSON.stringify({ type: 'offsite.rotate' }));
    },
    fetchHub(path) {
      return fetch(`${hubHttpBase(options.wsUrl)}${path}`, {
        headers: { Authorization: `Bearer ${options.token}` },
        cache: 'no-store',
        credentials: 'omit',
      });
    },
    removeParticipant(clientId) {
      provider.sendStateless(JSON.stringify({ type: 'offsite.remove', clientId }));
    },
    retry() {
      refused = false;
      final = null;
      status.setState({ refusal: null });
      cancelLockedRetry();
      update();
      socket.disconnect();
      void socket.connect();
    },
    destroy() {
      destroyed = true;
      meta.unobserve(followIdentity);
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
