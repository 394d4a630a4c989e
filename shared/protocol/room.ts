/**
 * The room protocol: how a client finds and joins a hub, what it may say there, and where
 * the facilitation state lives. The hub (electron/hub) and every client (renderer/sync,
 * renderer/features/room) build on these names; change them together or not at all.
 * @public
 */

/** The WebSocket path the hub upgrades to the Yjs sync protocol (Hocuspocus). */
export const COLLAB_PATH = '/collab';

/** The JSON health endpoint; its `time` lets a client compute its offset to the hub's clock. */
export const HEALTH_PATH = '/health';

/** What `GET /health` returns. */
export interface HubHealth {
  readonly ok: true;
  readonly room: string;
  readonly connections: number;
  readonly version: string;
  /** The hub's clock, milliseconds since the epoch, when the response was written. */
  readonly time: number;
}

/** mDNS/DNS-SD service type a hub advertises (`_offsite._tcp`); it never carries a token. */
export const DISCOVERY_SERVICE_TYPE = 'offsite';

/**
 * Room ids: one Yjs document per room, named by the room id. URL-safe, 4–64 characters,
 * so it can sit in a link path and a DNS-SD TXT record without escaping.
 */
export const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{4,64}$/;

/** True if `room` is a well-formed room id. */
export function isRoomId(room: string): boolean {
  return ROOM_ID_PATTERN.test(room);
}

/** Tokens are base64url (≥ 128 bits of randomness, 22+ characters). */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;

/** Who a connection is. The facilitator's token never appears in a join link. */
export type Role = 'facilitator' | 'participant' | 'viewer';
export const ROLES: readonly Role[] = ['facilitator', 'participant', 'viewer'];

/**
 * The join link shown as text and QR code: `http://HOST:PORT/#/join/ROOM?t=TOKEN`.
 * The token sits in the fragment, so a browser never sends it to the HTTP server or puts it
 * in a Referer header; the web UI reads it from `location.hash`.
 * @example buildJoinUrl({ host: '192.168.1.20', port: 4455, room: 'q1-offsite', token })
 */
export function buildJoinUrl(link: {
  host: string;
  port: number;
  room: string;
  token: string;
}): string {
  const host = link.host.includes(':') && !link.host.startsWith('[') ? `[${link.host}]` : link.host;
  return joinUrlAt(`http://${host}:${link.port}`, link.room, link.token);
}

/**
 * The join link at any base URL (`https://okr.example.com`, a server behind a proxy):
 * `BASE/#/join/ROOM?t=TOKEN`, with the token in the fragment like {@link buildJoinUrl}.
 */
export function joinUrlAt(base: string, room: string, token: string): string {
  return `${base.replace(/\/+$/, '')}/#/join/${encodeURIComponent(room)}?t=${encodeURIComponent(token)}`;
}

/**
 * The viewer's link opens the presentation view (a projector: no name asked, nothing
 * editable): `http://HOST:PORT/#/present/ROOM?t=TOKEN`, the join link's form on another path.
 */
export function buildPresentUrl(link: {
  host: string;
  port: number;
  room: string;
  token: string;
}): string {
  return buildJoinUrl(link).replace('/#/join/', '/#/present/');
}

/** A parsed join link: where to fetch the web UI and /health, where to sync, and as whom. */
export interface JoinLink {
  /** `http://HOST:PORT` with no trailing slash. */
  readonly httpBase: string;
  /** `ws://HOST:PORT/collab`. */
  readonly wsUrl: string;
  readonly room: string;
  readonly token: string;
  /** `present` for a viewer's link (the presentation view), `join` for everyone else's. */
  readonly view: 'join' | 'present';
}

/**
 * Parses a pasted join link. Tolerant of what copy and paste does to a link (surrounding
 * text and spaces, a line break inside it, a missing `http://`), strict about what it
 * returns: null unless host, port, room and token are all well-formed.
 */
export function parseJoinLink(text: string): JoinLink | null {
  if (typeof text !== 'string' || text.length > 4096) return null;
  const compact = text.replace(/\s+/g, '');
  const match =
    /(?:(https?):\/\/)?([^/#?\s]+)\/?#\/(join|present)\/([^?#/]+)\?(?:[^#]*&)?t=([^&#]+)/.exec(
      compact,
    );
  if (!match) return null;
  const scheme = match[1] ?? 'http';
  const authority = match[2]!;
  const view = match[3] === 'present' ? 'present' : 'join';
  let room: string;
  let token: string;
  try {
    room = decodeURIComponent(match[4]!);
    token = decodeURIComponent(match[5]!);
  } catch {
    return null;
  }
  if (!isRoomId(room) || !TOKEN_PATTERN.test(token)) return null;
  let url: URL;
  try {
    url = new URL(`${scheme}://${authority}`);
  } catch {
    return null;
  }
  if (url.username || url.password || !url.hostname) return null;
  const port = url.port || (scheme === 'https' ? '443' : '80');
  const httpBase = `${scheme}://${url.hostname}:${port}`;
  const wsUrl = `${scheme === 'https' ? 'wss' : 'ws'}://${url.hostname}:${port}${COLLAB_PATH}`;
  return { httpBase, wsUrl, room, token, view };
}

/** The workshop steps, in agenda order. */
export type Step = 'onepager' | 'alignment' | 'okrs' | 'review' | 'drumbeat';
export const STEPS: readonly Step[] = ['onepager', 'alignment', 'okrs', 'review', 'drumbeat'];

export function isStep(value: unknown): value is Step {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}

/**
 * Which parts of the workshop doc each step owns: locking a step makes these read-only for
 * everyone but the facilitator, and the hub enforces it. `roots` are top-level Y types;
 * `metaKeys` are keys of the top-level `meta` map (the rest of `meta`, such as `updatedAt`
 * that every edit stamps, belongs to no step). `review` owns nothing: it reads the others.
 * The end-of-cycle review (grades, the objectives' and the cycle's retrospectives) is part
 * of the Drumbeat, with the check-ins it grades: locking the Drumbeat freezes both. So is
 * the weekly meeting (its lines and the health metrics' ratings), and the cycle's dates and
 * check-in weekday, which the Drumbeat's cycle settings edit: a locked Drumbeat cannot have
 * its weeks moved under it. The cycle's name stays the one-pager's (the header edits it);
 * a rename there carries the dates along only while the Drumbeat is writable
 * (shared/cycle-name.ts, renameCycle).
 */
export const STEP_OWNS: Readonly<
  Record<Step, { readonly roots: readonly string[]; readonly metaKeys: readonly string[] }>
> = {
  onepager: {
    roots: ['onePager', 'focusAreas', 'notDoing', 'metrics'],
    metaKeys: ['title', 'cycle'],
  },
  alignment: { roots: ['projects'], metaKeys: [] },
  okrs: { roots: ['objectives', 'keyResults', 'dismissals'], metaKeys: [] },
  review: { roots: [], metaKeys: [] },
  drumbeat: {
    roots: ['checkIns', 'weeklyItems', 'healthRatings', 'grades', 'retrospectives', 'cycleRetro'],
    metaKeys: ['cycleStart', 'cycleEnd', 'checkInWeekday'],
  },
};

/** The top-level Y.Map holding facilitation state; only the facilitator (and the hub) write it. */
export const ROOM_MAP = 'room';

/** Keys of the `room` map. */
export const ROOM_KEYS = {
  locks: 'locks',
  follow: 'follow',
  timer: 'timer',
  voting: 'voting',
  /** Earlier vote rounds (VoteRound by vote id), the last VOTE_HISTORY_MAX kept. */
  voteHistory: 'voteHistory',
  focus: 'focus',
  spotlight: 'spotlight',
  /** The weekly meeting the facilitator has open on the Drumbeat (MeetingStageState). */
  meeting: 'meeting',
} as const;

/**
 * The weekly Drumbeat meeting the facilitator has open (its team and week, the week being
 * its check-in day): the projector shows that meeting's four-square while the facilitator
 * is on the Drumbeat, and followers open it. Null when the facilitator is on another view.
 */
export interface MeetingStageState {
  readonly team: string;
  /** `YYYY-MM-DD`. */
  readonly week: string;
}

/** The longest team name the meeting stage carries (a weekly item's team is as long). */
export const MEETING_STAGE_TEAM_LENGTH = 500;

/**
 * Follow mode: participants' screens follow the facilitator's step while `on`. `step` is
 * the facilitator's step whether or not follow mode is on: the projector always shows it.
 */
export interface FollowState {
  readonly on: boolean;
  readonly step: Step;
}

/** The kinds of record the facilitator can focus or spotlight. */
export type RecordRefType = 'projects' | 'objectives' | 'keyResults' | 'focusAreas' | 'onePager';
export const RECORD_REF_TYPES: readonly RecordRefType[] = [
  'projects',
  'objectives',
  'keyResults',
  'focusAreas',
  'onePager',
];

/**
 * One record on screen: a card, an objective, a key result, a focus area, or a one-pager
 * field (`onePager` with the field's name as `id`: purpose, vision, customers, notDoing,
 * metrics). Screens mark such an element with `data-record-type` and `data-record-id`.
 */
export interface RecordRef {
  readonly type: RecordRefType;
  readonly id: string;
}

/** Record ids in a RecordRef: what every record id and one-pager field name looks like. */
export const RECORD_REF_ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * The item the facilitator spotlights: followers and the projector are brought to it (on
 * `step`, where the facilitator pressed "Spotlight") and it stays highlighted until cleared.
 */
export interface SpotlightState extends RecordRef {
  readonly step: Step;
}

/**
 * The step timer. While running, the truth is `endsAt` on the hub's clock; while paused,
 * `remainingMs`. Each client shows `timerRemainingMs(timer, Date.now(), offset)`.
 */
export interface TimerState {
  readonly step: Step;
  readonly running: boolean;
  /** Hub-clock milliseconds when the timer reaches zero (meaningful while running). */
  readonly endsAt: number;
  /** Remaining time when paused; the full duration before the first start. */
  readonly remainingMs: number;
}

export type VoteTarget = 'projects' | 'objectives';

/** Limits of a vote as written to the doc (the question's length, the items it is on). */
export const VOTE_LIMITS = { questionLength: 200, items: 1000, voters: 500 } as const;

/**
 * A dot vote. Ballots never enter the shared doc: a participant sends them to the hub as a
 * stateless message (`VoteMessage`), the hub counts them, and writes `results` only when
 * the facilitator sets `revealed` — so no client, however hacked, sees who voted what, or
 * any count before the reveal. `ballots` is how many people have voted so far and
 * `voters` their display names (who voted, never for what: the hub publishes nothing else).
 */
export interface VotingState {
  readonly id: string;
  readonly target: VoteTarget;
  /** What the room is asked, as the facilitator wrote it; '' when none. */
  readonly question: string;
  /** Dots per person. */
  readonly dots: number;
  readonly open: boolean;
  readonly revealed: boolean;
  readonly ballots: number;
  /**
   * The display names of those who have voted, sorted; never what they voted for. '' for one
   * who gave no name: each screen words it ("Someone") in its own language. (Hubs before
   * 2026-11 wrote the English "Someone" there.)
   */
  readonly voters: readonly string[];
  /**
   * The items on the ballot (ids of `target`), fixed when the vote opened; null for a vote
   * opened without a list (any item of `target` may then get dots).
   */
  readonly items: readonly string[] | null;
  /** itemId → dots, filled by the hub on reveal (0 for an item on the ballot nobody chose). */
  readonly results: Readonly<Record<string, number>>;
}

/** How many earlier vote rounds the room map keeps. */
export const VOTE_HISTORY_MAX = 10;

/** An earlier round, as kept when the facilitator clears a revealed vote or opens the next. */
export interface VoteRound {
  readonly id: string;
  readonly target: VoteTarget;
  readonly question: string;
  /** When the round was put away (ms since the epoch). */
  readonly at: number;
  readonly ballots: number;
  /** Every item on the ballot with its dots and its title then, most dots first. */
  readonly rows: readonly { readonly id: string; readonly title: string; readonly dots: number }[];
}

/** The facilitation state as read (validated) from the doc. */
export interface RoomState {
  /** Locked steps. */
  readonly locks: readonly Step[];
  readonly follow: FollowState | null;
  readonly timer: TimerState | null;
  readonly voting: VotingState | null;
  /** The record the facilitator's cursor is in (on the facilitator's step), or null. */
  readonly focus: RecordRef | null;
  readonly spotlight: SpotlightState | null;
  /** The weekly meeting the facilitator has open on the Drumbeat, or null. */
  readonly meeting: MeetingStageState | null;
}

/**
 * What each client publishes through Yjs awareness. A projector (role `viewer`) publishes
 * only `{ role: 'viewer', step }`, with no `user`: it is no person, and presence lists skip it.
 */
export interface AwarenessState {
  readonly user: { readonly name: string; readonly color: string };
  readonly role: Role;
  readonly step: Step;
  /** The record being edited, e.g. `{ type: 'projects', id }`, or null. */
  readonly editing: { readonly type: string; readonly id: string } | null;
}

/** Limits the hub applies to an awareness state (bytes of its JSON, name length). */
export const AWARENESS_LIMITS = { stateBytes: 4096, nameLength: 80 } as const;

/**
 * A participant's ballot, sent as a Hocuspocus stateless message (JSON string). It replaces
 * the sender's earlier ballot for that vote; `voter` is a random id the client keeps
 * (localStorage) so a reconnect does not count twice. At most `dots` item ids, repeats
 * allowed (two dots on one card); none withdraws the ballot. `name` is the voter's display
 * name, which the hub publishes in `VotingState.voters` (never beside the items).
 */
export interface VoteMessage {
  readonly type: 'offsite.vote';
  readonly votingId: string;
  readonly voter: string;
  readonly name?: string;
  readonly items: readonly string[];
}

/** A stateless message the hub sends back about a ballot. */
export interface VoteAck {
  readonly type: 'offsite.vote-ack';
  readonly votingId: string;
  readonly accepted: boolean;
  readonly reason?: string;
}

/**
 * Close codes the hub uses (4000–4999 are application codes in the WebSocket spec).
 * `tooLarge`: the connection's update would take a field past its limit, the workshop past
 * its size limit, or the connection past its growth budget; the reason says which, and
 * nothing of the update was applied. A client that gets it keeps its edits and tries
 * again later, slowly (the same update would be refused again at once).
 */
export const HUB_CLOSE = {
  malformed: 4400,
  /** The facilitator removed this device from the room (reason `removed`). */
  removed: 4401,
  forbidden: 4403,
  tooManyMessages: 4429,
  authTimeout: 4408,
  tooLarge: 4413,
} as const;

/**
 * The `permission-denied` reason (then the 4403 close reason) for a device whose copy is
 * another workshop with this room's id: the right token, the wrong workshop. The device
 * keeps its copy apart and joins afresh (renderer/sync/room-copy.ts).
 */
export const OTHER_WORKSHOP_REASON = 'other-workshop';

/**
 * The reason a removed device is given: as the close reason of its connection, and as the
 * `permission-denied` reason when it tries again with the same link.
 */
export const REMOVED_REASON = 'removed';

/**
 * The 4403 close reason of every non-facilitator connection when the facilitator rotates
 * the links: the link this device has is dead, as if refused at authentication.
 */
export const ROTATED_REASON = 'tokens rotated';

/** The start of a 4403 close reason that names the locked steps an update touched. */
export const LOCKED_REASON_PREFIX = 'locked: ';

/**
 * The close reason the hub gives a participant whose update touches locked steps, e.g.
 * `locked: alignment` or `locked: onepager,alignment` (well under the 123 bytes a
 * WebSocket close reason may hold). The client keeps those edits on the device and tries
 * again later: they merge once the facilitator unlocks.
 */
export function lockedCloseReason(steps: readonly Step[]): string {
  return `${LOCKED_REASON_PREFIX}${steps.join(',')}`;
}

/**
 * The locked steps named by a close reason from {@link lockedCloseReason}, in agenda order;
 * null if the reason is not one (any other refusal, or a garbled step name).
 */
export function parseLockedCloseReason(reason: unknown): Step[] | null {
  if (typeof reason !== 'string' || !reason.startsWith(LOCKED_REASON_PREFIX)) return null;
  const names = reason.slice(LOCKED_REASON_PREFIX.length).split(',');
  if (names.length === 0 || !names.every(isStep)) return null;
  return STEPS.filter((step) => names.includes(step));
}

/**
 * A client's hello (stateless message): the hub answers with a {@link WelcomeMessage}
 * naming the connection's role and the hub clock. The client sends one after each
 * (re)connection; the hub stays the enforcer whatever a client believes its role is.
 */
export interface HelloMessage {
  readonly type: 'offsite.hello';
}

/**
 * The facilitator asks for new tokens (old links stop working); the hub answers with a
 * fresh {@link WelcomeMessage}. Ignored from anyone else.
 */
export interface RotateMessage {
  readonly type: 'offsite.rotate';
}

/**
 * The facilitator removes the person whose awareness client id is `clientId`: the hub
 * closes that device's connections (HUB_CLOSE.removed) and refuses its device id until the
 * links rotate. Answered with a {@link RemoveAck}; refused from anyone else.
 */
export interface RemoveMessage {
  readonly type: 'offsite.remove';
  readonly clientId: number;
}

/** The hub's answer to a {@link RemoveMessage}. */
export interface RemoveAck {
  readonly type: 'offsite.remove-ack';
  readonly clientId: number;
  readonly accepted: boolean;
  /**
   * True when the device sent a device id, so its reconnects are refused; false when only
   * its connection could be closed (rotating the links is then the way to keep it out).
   */
  readonly keptOut: boolean;
  readonly reason?: string;
}

/** The links a welcome may carry: the facilitator gets both, a participant the join link only. */
export interface WelcomeLinks {
  readonly join: string;
  readonly viewer?: string;
}

/** The hub's answer to a hello or a rotate. */
export interface WelcomeMessage {
  readonly type: 'offsite.welcome';
  readonly role: Role;
  /** The hub's clock (ms since the epoch) when the answer was written. */
  readonly time: number;
  /**
   * The room's links, as the policy lets this role see them: the participant (join) link
   * for who may show it to a late arrival, the viewer link for the facilitator alone.
   */
  readonly links?: WelcomeLinks;
}

/**
 * The query parameter of the sync WebSocket URL carrying the client's device id: a random
 * id the client keeps (localStorage), by which the hub keeps a removed device out.
 */
export const DEVICE_PARAM = 'device';

/** A device id: what the client may send and the hub keeps (no personal data in it). */
export const DEVICE_ID_PATTERN = /^[A-Za-z0-9-]{8,100}$/;

/**
 * The sync URL parameter with the identity of the workshop copy a device brings
 * (`/collab?workshop=…`, shared/model/identity.ts); absent when it has none yet. The hub
 * refuses the copy of another workshop at authentication, before any of it is applied.
 */
export const WORKSHOP_PARAM = 'workshop';

/** The value of a JSON text, or undefined (which JSON never yields) if it is not JSON. */
function jsonOf(payload: string): unknown {
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    return undefined;
  }
}

/** A room control message (hello, rotate, remove) from its JSON text, or null if it is not one. */
export function parseRoomControl(
  payload: string,
): HelloMessage | RotateMessage | RemoveMessage | null {
  if (typeof payload !== 'string' || payload.length > 256) return null;
  const data = jsonOf(payload) as { type?: unknown; clientId?: unknown } | null;
  const type = data?.type;
  if (type === 'offsite.hello' || type === 'offsite.rotate') return { type };
  if (type === 'offsite.remove' && Number.isSafeInteger(data?.clientId))
    return { type, clientId: data!.clientId as number };
  return null;
}

/** A removal acknowledgement from its JSON text, or null. */
export function parseRemoveAck(payload: string): RemoveAck | null {
  const m = jsonOf(payload) as Partial<RemoveAck> | null | undefined;
  if (!m || m.type !== 'offsite.remove-ack' || !Number.isSafeInteger(m.clientId)) return null;
  if (typeof m.accepted !== 'boolean' || typeof m.keptOut !== 'boolean') return null;
  return {
    type: 'offsite.remove-ack',
    clientId: m.clientId!,
    accepted: m.accepted,
    keptOut: m.keptOut,
    ...(typeof m.reason === 'string' && { reason: m.reason.slice(0, 200) }),
  };
}

/** A welcome from its JSON text, validated, or null. */
export function parseWelcome(payload: string): WelcomeMessage | null {
  const data = jsonOf(payload);
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.type !== 'offsite.welcome') return null;
  if (!(ROLES as readonly unknown[]).includes(m.role)) return null;
  if (typeof m.time !== 'number' || !Number.isFinite(m.time)) return null;
  const links = m.links as { join?: unknown; viewer?: unknown } | undefined;
  const valid: WelcomeLinks | undefined =
    links && typeof links.join === 'string'
      ? {
          join: links.join,
          ...(typeof links.viewer === 'string' && { viewer: links.viewer }),
        }
      : undefined;
  return { type: 'offsite.welcome', role: m.role as Role, time: m.time, links: valid };
}

/** A vote acknowledgement from its JSON text, or null. */
export function parseVoteAck(payload: string): VoteAck | null {
  const m = jsonOf(payload) as Partial<VoteAck> | null | undefined;
  if (!m || m.type !== 'offsite.vote-ack' || typeof m.votingId !== 'string') return null;
  if (typeof m.accepted !== 'boolean') return null;
  return {
    type: 'offsite.vote-ack',
    votingId: m.votingId,
    accepted: m.accepted,
    ...(typeof m.reason === 'string' && { reason: m.reason.slice(0, 200) }),
  };
}

/**
 * A ballot from its JSON text, validated (at most 16 KiB; item ids of at most 100
 * characters; a voter id of 8 to 100; a name of at most AWARENESS_LIMITS.nameLength), or
 * null if it is not one.
 */
export function parseVote(payload: string): VoteMessage | null {
  if (payload.length > 16_384) return null;
  const data = jsonOf(payload);
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.type !== 'offsite.vote' || typeof m.votingId !== 'string' || typeof m.voter !== 'string')
    return null;
  if (!Array.isArray(m.items) || !m.items.every((x) => typeof x === 'string' && x.length <= 100))
    return null;
  if (m.voter.length < 8 || m.voter.length > 100) return null;
  if (m.name !== undefined && typeof m.name !== 'string') return null;
  const name =
    typeof m.name === 'string'
      ? m.name.replace(/\s+/g, ' ').trim().slice(0, AWARENESS_LIMITS.nameLength)
      : '';
  return {
    type: 'offsite.vote',
    votingId: m.votingId,
    voter: m.voter,
    ...(name && { name }),
    items: m.items as string[],
  };
}
