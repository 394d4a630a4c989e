import { networkInterfaces } from 'node:os';
import { buildJoinUrl, buildPresentUrl, COLLAB_PATH } from '../../shared/protocol/room';
import type { RoomTokens } from './tokens';

/**
 * Every link to a room is built here, on top of shared/protocol's URL format: the join links
 * of each role (the same form, a different token), and the sync WebSocket. The hub, the CLI
 * and the desktop's room host all take theirs from one RoomLinks.
 */
export interface RoomLinks {
  /** `http://HOST:PORT/#/join/ROOM?t=PARTICIPANT_TOKEN`: shown as text and QR code. */
  readonly participant: string;
  /**
   * `http://HOST:PORT/#/present/ROOM?t=VIEWER_TOKEN`: a projector's link, which opens the
   * presentation view (read-only, no name asked).
   */
  readonly viewer: string;
  /** The same with the facilitator's token: for whoever runs the room, never shown to the room. */
  readonly facilitator: string;
  /** `ws://HOST:PORT/collab`. */
  readonly ws: string;
  /** `ws://127.0.0.1:PORT/collab`: the hub's own machine, whatever the LAN does. */
  readonly localWs: string;
}

/** Where a room listens, as its links name it. */
export interface RoomAddress {
  readonly host: string;
  readonly port: number;
  readonly room: string;
}

/** The first non-internal IPv4 address of this machine, or 127.0.0.1. */
export function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) {
      if (info.family === 'IPv4' && !info.internal) return info.address;
    }
  }
  return '127.0.0.1';
}

/** The host links name: the listening host, or this machine's LAN address for a wildcard. */
export function linkHost(listenHost: string): string {
  return listenHost === '0.0.0.0' || listenHost === '::' ? lanAddress() : listenHost;
}

function wsUrl(host: string, port: number): string {
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `ws://${bracketed}:${port}${COLLAB_PATH}`;
}

export function roomLinks(address: RoomAddress, tokens: RoomTokens): RoomLinks {
  const join = (token: string) => buildJoinUrl({ ...address, token });
  return {
    participant: join(tokens.participant),
    viewer: buildPresentUrl({ ...address, token: tokens.viewer }),
    facilitator: join(tokens.facilitator),
    ws: wsUrl(address.host, address.port),
    localWs: wsUrl('127.0.0.1', address.port),
  };
}
