import { createServer, type IncomingMessage, type RequestListener } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/** The hub's one HTTP port, listening. */
export interface Listening {
  readonly port: number;
  /** Stops accepting new connections. */
  stop(): void;
  /** Drops every connection still open (after the sync sockets were closed properly). */
  dropConnections(): void;
}

/**
 * Listens on `host`:`port` (0: a free one) with `handler` for HTTP and `upgrade` for the sync
 * WebSocket. Rejects if the port cannot be had (in use, no such address), listening on nothing.
 */
export async function listenHttp(options: {
  readonly host: string;
  readonly port: number;
  readonly handler: RequestListener;
  readonly upgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  readonly log: (message: string) => void;
  /** PEM certificate and key: serve https/wss instead of http/ws. */
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer };
}): Promise<Listening> {
  const server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, options.handler)
    : createServer(options.handler);
  // A client that never finishes its request headers (or body) must not hold a socket.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.on('upgrade', options.upgrade);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => options.log(`http server: ${error.message}`));
  return {
    port: (server.address() as AddressInfo).port,
    stop: () => server.close(),
    dropConnections: () => server.closeAllConnections(),
  };
}
