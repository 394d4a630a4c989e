import type { Session } from 'electron';

/**
 * Where the desktop window may connect: the rooms the user joined or hosts, nothing else
 * (issue 15, item 12). A CSP cannot say this: the window's policy is fixed when its page
 * loads (a `<meta>` on file://, where Electron sees no response headers), while rooms are
 * joined later, at addresses known only then. So the CSP names only schemes (csp.ts), and
 * the main process checks every request of the window's session against this list before
 * it leaves the machine — in the browser process, where a page cannot reach. The list grows by the hosted room (main knows its port) and by
 * `allowRoomConnection`, the typed IPC call the renderer makes before it connects to a room
 * the user joined by link: a page can ask, never bypass.
 */
export class RoomOrigins {
  private readonly keys: string[] = [];

  constructor(private readonly max = 100) {}

  /** Allows the room at `origin` (checked by roomOriginKey); the oldest goes past `max`. */
  allow(origin: string): void {
    const key = roomOriginKey(origin);
    if (key === null) throw new Error(`not a room origin: ${origin}`);
    const at = this.keys.indexOf(key);
    if (at >= 0) this.keys.splice(at, 1);
    this.keys.push(key);
    if (this.keys.length > this.max) this.keys.shift();
  }

  /**
   * True if `url` goes to an allowed room: its WebSocket (sync) or plain HTTP on the same
   * host and port (the history endpoints), secure only if the room is.
   */
  allows(url: string): boolean {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (!(parsed.protocol in SECURE)) return false;
    return this.keys.includes(keyOf(parsed));
  }
}

const SECURE: Readonly<Record<string, boolean>> = {
  'ws:': false,
  'wss:': true,
  'http:': false,
  'https:': true,
};

/** `ws://host[:port]` (or wss) for a parsed room URL: ws and http are one room's, wss and https another's. */
function keyOf(url: URL): string {
  return `${SECURE[url.protocol] ? 'wss' : 'ws'}://${url.host}`;
}

/**
 * A room's origin as the allow-list keeps it (`ws://HOST:PORT`, or `wss://` for a secure
 * one), or null unless `origin` is exactly an origin: an http(s) or ws(s) URL with a host,
 * an optional port, no credentials, no path, no query, no fragment.
 */
export function roomOriginKey(origin: string): string | null {
  if (origin.length > 300 || !/^[a-z]+:\/\/[^/?#@\\\s]+\/?$/i.test(origin)) return null;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  if (!(url.protocol in SECURE) || url.hostname === '') return null;
  return keyOf(url);
}

/** What the guard needs to know of a request (Electron's OnBeforeRequestListenerDetails). */
export interface RequestDetails {
  readonly url: string;
  /** Absent for the browser's own requests (a spell-check dictionary), never for a page's. */
  readonly webContentsId?: number;
}

/**
 * Whether a request may go: anything not on the network (file:, data:, blob:, devtools:), the
 * browser's own requests, the dev server the window loads from in development, and an
 * allowed room's WebSocket and HTTP. Every other http(s) or ws(s) request of a page is refused.
 */
export function mayConnect(
  details: RequestDetails,
  rooms: RoomOrigins,
  devServerUrl?: string,
): boolean {
  let url: URL;
  try {
    url = new URL(details.url);
  } catch {
    return false;
  }
  if (!(url.protocol in SECURE) || details.webContentsId === undefined) return true;
  if (devServerUrl !== undefined) {
    const dev = new URL(devServerUrl);
    if (url.host === dev.host && url.hostname !== '') return true;
  }
  return rooms.allows(details.url);
}

/** Installs the guard on the window's session: a refused request is cancelled and logged. */
export function installConnectGuard(
  session: Pick<Session, 'webRequest'>,
  rooms: RoomOrigins,
  options: { devServerUrl?: string; log: (message: string) => void },
): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = mayConnect(details, rooms, options.devServerUrl);
    if (!allowed) options.log(`refused a connection to ${details.url}: not a room of this app`);
    callback({ cancel: !allowed });
  });
}
