import type { Session } from 'electron';

/**
 * The Content-Security-Policy of the desktop window, one directive per entry so tests can
 * check each. The window talks to room hubs (WebSocket sync, and HTTP for the room's
 * history) at addresses known only at run time, after the page and its policy loaded, so
 * connect-src names schemes, not hosts; which hosts is decided per request by the main
 * process, which lets a request through only to a room the user joined or hosts
 * (connect-guard.ts), where the page cannot change the rule. It never *loads a page* from a
 * hub (the navigation guard sees to that).
 */
export function cspDirectives(options: { dev: boolean }): Record<string, readonly string[]> {
  return {
    'default-src': ["'self'"],
    // Vite's dev server injects an inline module script (the React refresh preamble); the
    // built bundle has no inline script, so production keeps script-src strict.
    // 'wasm-unsafe-eval' lets the PDF export compile @react-pdf's layout engine (yoga is
    // WebAssembly only); it allows WebAssembly compilation, never JavaScript eval.
    'script-src': options.dev
      ? ["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"]
      : ["'self'", "'wasm-unsafe-eval'"],
    // data: because yoga fetches its embedded WebAssembly from a data: URL first (a data:
    // URL carries its content inline: nothing can be sent anywhere through it).
    'connect-src': ["'self'", 'data:', 'ws:', 'wss:', 'http:', 'https:'],
    'img-src': ["'self'", 'data:', 'blob:'],
    'style-src': ["'self'", "'unsafe-inline'"],
    'font-src': ["'self'", 'data:'],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'frame-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'none'"],
  };
}

/** The policy as a header value. */
export function contentSecurityPolicy(options: { dev: boolean }): string {
  return Object.entries(cspDirectives(options))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Response headers with our policy replacing any the server sent (whatever its case), so a
 * dev server or proxy cannot loosen it.
 */
export function withCspHeader(
  headers: Record<string, string[] | string> | undefined,
  csp: string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [csp];
  return out;
}

/**
 * Sets the policy on every response of the session. Electron's webRequest sees http(s)
 * responses (the dev server); pages loaded from file:// carry the same policy in the
 * renderer's `<meta http-equiv="Content-Security-Policy">`.
 */
export function installCsp(session: Pick<Session, 'webRequest'>, csp: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders, csp) });
  });
}
