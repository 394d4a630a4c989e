import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { isRoomId } from '../../shared/protocol/room';

/**
 * The client's address behind a trusted reverse proxy: the last X-Forwarded-For entry (the
 * address the proxy itself saw; earlier entries are whatever the client claimed). Without
 * it, every client behind the proxy would share the proxy's address, and one client's
 * failed logins would lock everyone out.
 */
export function forwardedAddress(req: IncomingMessage): string {
  const header = req.headers['x-forwarded-for'];
  const value = Array.isArray(header) ? header[header.length - 1] : header;
  const last = value?.split(',').pop()?.trim();
  return last || req.socket.remoteAddress || 'unknown';
}

/**
 * Which documents a socket may speak of on a server: workshop ids, at most `perSocket`
 * different ones per socket. Hocuspocus queues messages for a document until that
 * document's authentication ends, so the number of documents is what bounds the queue.
 */
export function workshopDocuments(perSocket = 4): (name: string, ws: WebSocket) => boolean {
  const named = new WeakMap<WebSocket, Set<string>>();
  return (name, ws) => {
    if (!isRoomId(name)) return false;
    let names = named.get(ws);
    if (!names) named.set(ws, (names = new Set()));
    if (names.has(name)) return true;
    if (names.size >= perSocket) return false;
    names.add(name);
    return true;
  };
}
