import { isRoomId, TOKEN_PATTERN } from '../../shared/protocol/room';

/** How this device reaches a room it joined: kept so a reload reopens the room. */
export interface RoomLink {
  readonly room: string;
  readonly token: string;
  /** `ws://HOST:PORT/collab`. */
  readonly wsUrl: string;
  /**
   * `http(s)://HOST:PORT` when the room is a workshop on an `offsite serve` server the user
   * connected to ("Connect to a server"): listed apart on the home screen, and asked for the
   * company workshop it aligns to. Absent for a laptop room.
   */
  readonly server?: string;
}

/** Joined rooms are workshops too (`#/w/room~<room>/<step>`), each with its own local copy. */
const PREFIX = 'room~';

export function roomWorkshopId(room: string): string {
  return `${PREFIX}${room}`;
}

/** The room of a joined room's workshop id, or null for a local workshop. */
export function roomOfWorkshopId(id: string): string | null {
  if (!id.startsWith(PREFIX)) return null;
  const room = id.slice(PREFIX.length);
  return isRoomId(room) ? room : null;
}

const key = (room: string) => `offsite.room.${room}`;

export function rememberRoomLink(link: RoomLink): void {
  try {
    localStorage.setItem(key(link.room), JSON.stringify(link));
  } catch {
    // Storage full or disabled: the room still works until the page is reloaded.
  }
}

export function recallRoomLink(room: string): RoomLink | null {
  let data: unknown;
  try {
    data = JSON.parse(localStorage.getItem(key(room)) ?? 'null');
  } catch {
    return null;
  }
  const link = data as Partial<RoomLink> | null;
  if (
    !link ||
    link.room !== room ||
    !isRoomId(room) ||
    typeof link.token !== 'string' ||
    !TOKEN_PATTERN.test(link.token) ||
    typeof link.wsUrl !== 'string' ||
    !/^wss?:\/\//.test(link.wsUrl)
  )
    return null;
  const server =
    typeof link.server === 'string' && /^https?:\/\/[^/?#\s]+$/.test(link.server)
      ? link.server
      : undefined;
  return { room, token: link.token, wsUrl: link.wsUrl, ...(server && { server }) };
}

/** `HOST:PORT` of a server's base URL, as the home screen names it. */
export function serverHost(server: string): string {
  try {
    return new URL(server).host;
  } catch {
    return server;
  }
}

/** The sync URL of the hub that served this page (a browser participant's case). */
export function sameOriginWsUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}
