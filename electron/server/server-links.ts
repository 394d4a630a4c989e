import { COLLAB_PATH, joinUrlAt } from '../../shared/protocol/room';
import { linkHost, type RoomLinks } from '../hub/links';
import type { RoomTokens } from '../hub/tokens';

/**
 * The server's links: every workshop's join links and the admin page, built on one base
 * URL — `--public-url` (the address people reach through a proxy) or the scheme, host and
 * port the server listens on.
 */
export interface ServerLinks {
  /** `http(s)://HOST:PORT` with no trailing slash. */
  readonly base: string;
  /** The admin page, with the admin token in the fragment (never sent to the server). */
  admin(token: string): string;
  workshop(room: string, tokens: RoomTokens): RoomLinks;
}

/**
 * A public URL must be an origin (scheme, host, optional port): the web UI finds the sync
 * socket at `/collab` of the host that served it, so a path prefix would not reach it.
 */
export function parsePublicUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`--public-url must be a URL such as https://okr.example.com, got "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`--public-url must be http(s), got "${text}"`);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username)
    throw new Error(`--public-url must be an origin with no path, got "${text}"`);
  return url.origin;
}

function bracketed(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

export function serverLinks(options: {
  readonly listenHost: string;
  readonly port: number;
  readonly tls: boolean;
  readonly publicUrl?: string;
}): ServerLinks {
  const scheme = options.tls ? 'https' : 'http';
  const base =
    options.publicUrl ?? `${scheme}://${bracketed(linkHost(options.listenHost))}:${options.port}`;
  const wsBase = base.replace(/^http/, 'ws');
  const localWs = `${options.tls ? 'wss' : 'ws'}://127.0.0.1:${options.port}${COLLAB_PATH}`;
  return {
    base,
    admin: (token) => `${base}/#/admin?t=${encodeURIComponent(token)}`,
    workshop: (room, tokens) => ({
      participant: joinUrlAt(base, room, tokens.participant),
      // A projector's link opens the presentation view, as the laptop room's does.
      viewer: joinUrlAt(base, room, tokens.viewer).replace('/#/join/', '/#/present/'),
      facilitator: joinUrlAt(base, room, tokens.facilitator),
      ws: `${wsBase}${COLLAB_PATH}`,
      localWs,
    }),
  };
}
