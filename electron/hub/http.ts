import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, isAbsolute, join, normalize, sep } from 'node:path';
import { HEALTH_PATH, type HubHealth } from '../../shared/protocol/room';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

/**
 * A request's Host header as a CSP host-source (`name:port`, lower case), or null when it is
 * not one: only letters, digits, hyphens and dots, an optional port — nothing that could end
 * the directive or add a source. An IPv6 literal has no CSP host-source form: null too.
 */
export function cspHostOf(host: string | undefined): string | null {
  if (host === undefined || host.length > 260) return null;
  const match =
    /^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)(?::(\d{1,5}))?$/i.exec(
      host,
    );
  if (!match) return null;
  const port = match[2] === undefined ? null : Number(match[2]);
  if (port !== null && (port < 1 || port > 65535)) return null;
  return `${match[1]!.toLowerCase()}${port === null ? '' : `:${port}`}`;
}

/**
 * The web UI may load only its own files and talk only to this hub: HTTP (`'self'`) and the
 * sync WebSocket on the same host and port, named exactly (`ws://HOST:PORT`, and `wss://`
 * behind a TLS proxy) from the request's Host header — the address the browser used, so
 * the page's own origin. `'self'` alone covers WebSockets to the same host and port in
 * Chromium (test/e2e/web-csp.test.ts), not in every browser a participant may bring, hence
 * the explicit sources; with no usable Host header the policy falls back to `'self'`.
 * Nothing else: an injected script cannot send the workshop anywhere (issue 15, item 12).
 */
export function contentSecurityPolicy(host?: string): string {
  const own = cspHostOf(host);
  return [
    "default-src 'self'",
    // PDF export in a browser tab: yoga (@react-pdf's layout engine) is WebAssembly, which
    // 'wasm-unsafe-eval' lets compile (no JavaScript eval), loaded from an inline data: URL.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    own ? `connect-src 'self' data: ws://${own} wss://${own}` : "connect-src 'self' data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The web UI's offline cache (renderer/public/sw.js, registered by browser participants). */
export const SERVICE_WORKER_PATH = '/sw.js';

function securityHeaders(req: IncomingMessage): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': contentSecurityPolicy(req.headers.host),
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    // No Cross-Origin-Opener-Policy: the room is plain http on the LAN, where browsers ignore
    // it and log an error in every participant's console; the app opens no other windows.
  };
}

/** Writes a whole response with the security headers, uncached. */
export function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  type = 'text/plain; charset=utf-8',
  extra = {},
): void {
  res.writeHead(status, {
    ...securityHeaders(res.req),
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * Maps a request path to a file inside `root`, or null if it must not be served: anything
 * that decodes badly, holds NUL or a backslash, climbs with `..`, or is absolute after
 * decoding. The caller still checks the real path (symlinks) stays inside the root.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..')) return null;
  const relative = normalize(segments.filter((s) => s !== '' && s !== '.').join(sep));
  if (isAbsolute(relative) || relative.startsWith('..')) return null;
  return join(root, relative);
}

export interface HttpOptions {
  /** The built web UI (out/web); may not exist, then only /health answers. */
  readonly webRoot: string;
  readonly health: () => HubHealth;
  /**
   * Endpoints besides the web UI (the history: history-http.ts): each answers its own
   * paths, any method, and returns false for a path that is not one of its own.
   */
  readonly routes?: readonly HttpRoute[];
  readonly log: (message: string) => void;
}

export type HttpRoute = (
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  query: string,
) => boolean;

/** The hub's HTTP handler: GET/HEAD only, the web UI's files, /health, and `routes`. */
export function createHttpHandler(
  options: HttpOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  let realRoot: Promise<string | null> | null = null;
  const root = () => (realRoot ??= realpath(options.webRoot).catch(() => null));

  const serveFile = async (
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<void> => {
    const base = await root();
    if (!base) return send(res, 404, 'Not found');
    const spaRoot = pathname === '/' || pathname === '/index.html';
    const candidate = resolveStaticPath(base, spaRoot ? '/index.html' : pathname);
    if (!candidate) return send(res, 404, 'Not found');
    let real: string;
    try {
      real = await realpath(candidate);
    } catch {
      return send(res, 404, 'Not found');
    }
    if (real !== base && !real.startsWith(base + sep)) return send(res, 404, 'Not found');
    const info = await stat(real).catch(() => null);
    if (!info || !info.isFile()) return send(res, 404, 'Not found');
    const ext = extname(real).toLowerCase();
    // The offline cache's service worker: revalidated on every check, so a new build's
    // worker is picked up (its name has no hash, it must never be taken as immutable).
    const serviceWorker = pathname === SERVICE_WORKER_PATH;
    // Built assets carry a content hash in their name and never change; index.html does.
    const cache =
      ext === '.html' || serviceWorker
        ? 'no-cache'
        : /[.-][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(real)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache';
    res.writeHead(200, {
      ...securityHeaders(req),
      'Content-Type': MIME[ext] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': cache,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(real)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  return (req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/') && url.length <= 2048) {
      const [pathname = '/', query = ''] = url.split('#')[0]!.split('?');
      if (options.routes?.some((route) => route(req, res, pathname, query))) return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'Method not allowed', undefined, { Allow: 'GET, HEAD' });
    }
    const raw = req.url ?? '/';
    if (!raw.startsWith('/') || raw.length > 2048) return send(res, 400, 'Bad request');
    const pathname = raw.split('?')[0]!.split('#')[0]!;
    if (pathname === HEALTH_PATH) {
      return send(res, 200, JSON.stringify(options.health()), 'application/json; charset=utf-8');
    }
    serveFile(req, res, pathname).catch((error: unknown) => {
      options.log(`http: ${pathname}: ${(error as Error).message}`);
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.destroy();
    });
  };
}
