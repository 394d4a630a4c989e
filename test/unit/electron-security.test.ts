import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl, type AppOrigin } from '../../electron/main/app-url';
import { contentSecurityPolicy, installCsp, withCspHeader } from '../../electron/main/csp';
import { isTrustedSender } from '../../electron/main/ipc-sender';
import {
  decideNavigation,
  decideWindowOpen,
  installNavigationGuard,
  isAllowedExternalUrl,
} from '../../electron/main/navigation-guard';
import { installPermissionHandlers, isPermissionAllowed } from '../../electron/main/permissions';
import { mainWindowOptions, WINDOW_TITLE } from '../../electron/main/window-options';

const rendererDir = join('/opt/offsite/out/renderer');
const packaged: AppOrigin = { rendererDir };
const dev: AppOrigin = { rendererDir, devServerUrl: 'http://localhost:5173' };
const ownPage = pathToFileURL(join(rendererDir, 'index.html')).href;

/** Parses a CSP header into directive → sources. */
function parseCsp(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name === undefined || name === '') continue;
    expect(out.has(name), `directive ${name} appears twice`).toBe(false);
    out.set(name, sources);
  }
  return out;
}

describe('window options', () => {
  const options = mainWindowOptions({ preloadPath: '/opt/offsite/out/preload/index.cjs' });
  const web = options.webPreferences ?? {};

  it('isolates and sandboxes the page with no Node', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews, insecure content and experiments off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.spellcheck).toBe(true);
  });

  it('loads the CommonJS preload (sandboxed preloads cannot be ES modules) and is titled Offsite', () => {
    expect(web.preload).toBe('/opt/offsite/out/preload/index.cjs');
    expect(options.title).toBe(WINDOW_TITLE);
    expect(WINDOW_TITLE).toBe('Offsite');
  });
});

describe('content security policy', () => {
  const prod = parseCsp(contentSecurityPolicy({ dev: false }));

  it('allows only our own scripts, with no inline or eval in production', () => {
    expect(prod.get('default-src')).toEqual(["'self'"]);
    // 'wasm-unsafe-eval' compiles WebAssembly only (the PDF layout engine), never JS eval.
    expect(prod.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    for (const sources of prod.values()) expect(sources).not.toContain("'unsafe-eval'");
  });

  it('lets the window reach hubs over WebSocket and HTTP, and nothing else loosened', () => {
    // Which hubs: main decides per request (connect-guard.ts, electron-connect-guard.test.ts).
    expect(prod.get('connect-src')).toEqual(["'self'", 'data:', 'ws:', 'wss:', 'http:', 'https:']);
    expect(prod.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(prod.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(prod.get('font-src')).toEqual(["'self'", 'data:']);
  });

  it('issue 15 item 12: the page’s own <meta> policy (file://) connects no wider than the header', () => {
    const html = readFileSync(join(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(parseCsp(meta).get('connect-src')).toEqual(prod.get('connect-src'));
  });

  it('forbids plugins, base rewriting, framing and form posts', () => {
    expect(prod.get('object-src')).toEqual(["'none'"]);
    expect(prod.get('base-uri')).toEqual(["'none'"]);
    expect(prod.get('frame-ancestors')).toEqual(["'none'"]);
    expect(prod.get('frame-src')).toEqual(["'none'"]);
    expect(prod.get('form-action')).toEqual(["'none'"]);
  });

  it('relaxes only script-src inline in development (the Vite refresh preamble)', () => {
    const devCsp = parseCsp(contentSecurityPolicy({ dev: true }));
    expect(devCsp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"]);
    for (const [name, sources] of devCsp) {
      if (name !== 'script-src') expect(sources, name).toEqual(prod.get(name));
    }
  });

  it('replaces any policy the server sent, whatever the header case', () => {
    const headers = withCspHeader(
      { 'content-security-policy': ['default-src *'], 'Content-Type': 'text/html' },
      "default-src 'self'",
    );
    expect(headers['Content-Security-Policy']).toEqual(["default-src 'self'"]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('is installed on every response of the session', () => {
    let listener:
      | ((
          details: { responseHeaders?: Record<string, string[]> },
          cb: (r: unknown) => void,
        ) => void)
      | undefined;
    const session = { webRequest: { onHeadersReceived: (l: typeof listener) => (listener = l) } };
    installCsp(session as never, "default-src 'none'");
    expect(listener).toBeDefined();
    let answer: unknown;
    listener?.(
      { responseHeaders: { 'Content-Security-Policy': ['default-src *'] } },
      (r) => (answer = r),
    );
    expect(answer).toEqual({
      responseHeaders: { 'Content-Security-Policy': ["default-src 'none'"] },
    });
  });
});

describe('app URL (own bundle)', () => {
  it('accepts pages inside the built renderer, with hash routes', () => {
    expect(isAppUrl(ownPage, packaged)).toBe(true);
    expect(isAppUrl(`${ownPage}#/workshop/abc`, packaged)).toBe(true);
    expect(isAppUrl(pathToFileURL(join(rendererDir, 'assets/index-1.js')).href, packaged)).toBe(
      true,
    );
  });

  it('rejects other files, escapes and the folder itself', () => {
    expect(isAppUrl('file:///etc/passwd', packaged)).toBe(false);
    expect(isAppUrl('file:///opt/offsite/out/renderer/../main/index.js', packaged)).toBe(false);
    expect(isAppUrl('file:///opt/offsite/out/renderer-evil/index.html', packaged)).toBe(false);
    expect(isAppUrl(pathToFileURL(rendererDir).href, packaged)).toBe(false);
    expect(isAppUrl('file://evil-host/opt/offsite/out/renderer/index.html', packaged)).toBe(false);
  });

  it('accepts the dev server origin only in development', () => {
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/', packaged)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://192.168.1.20:4321/', dev)).toBe(false);
  });

  it('rejects malformed and script URLs', () => {
    for (const url of [
      '',
      'not a url',
      'javascript:alert(1)',
      'data:text/html,hi',
      'about:blank',
    ]) {
      expect(isAppUrl(url, dev), url).toBe(false);
    }
  });
});

describe('openExternal allow-list', () => {
  it('allows https links with a host', () => {
    expect(
      isAllowedExternalUrl('https://www.whatmatters.com/faqs/okr-meaning-definition-example'),
    ).toBe(true);
    expect(isAllowedExternalUrl('https://example.org')).toBe(true);
  });

  it('rejects every other scheme, credentials and malformed input', () => {
    const refused: unknown[] = [
      'http://example.org',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ms-msdt:/id PCWDiagnostic',
      'smb://attacker/share',
      'vscode://extension/install',
      'offsite://open',
      'https://user:pass@example.org/',
      'https://',
      'https:example',
      '//example.org',
      'not a url',
      '',
      `https://example.org/${'a'.repeat(3000)}`,
      undefined,
      null,
      42,
    ];
    for (const url of refused) expect(isAllowedExternalUrl(url), String(url)).toBe(false);
  });
});

describe('navigation guard', () => {
  const own = (url: string): boolean => isAppUrl(url, packaged);

  it('decides: own bundle allowed, https to the OS browser, the rest denied', () => {
    expect(decideNavigation(`${ownPage}#/home`, own)).toBe('allow');
    expect(decideNavigation('https://example.org', own)).toBe('open-external');
    expect(decideNavigation('http://192.168.1.20:4321/#/join/room?t=x', own)).toBe('deny');
    expect(decideNavigation('file:///etc/passwd', own)).toBe('deny');
    expect(decideWindowOpen('https://example.org')).toBe('open-external');
    expect(decideWindowOpen(ownPage)).toBe('deny');
    expect(decideWindowOpen('javascript:alert(1)')).toBe('deny');
  });

  type Listener = (event: { preventDefault(): void; url?: string }, url?: string) => void;
  function fakeContents() {
    const listeners = new Map<string, Listener>();
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, l: Listener) => listeners.set(name, l),
      setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    };
    const opened: string[] = [];
    installNavigationGuard(contents as never, {
      isAppUrl: own,
      openExternal: (u) => opened.push(u),
    });
    const fire = (name: string, url: string): boolean => {
      let prevented = false;
      const listener = listeners.get(name);
      if (!listener) throw new Error(`no ${name} listener installed`);
      listener({ preventDefault: () => (prevented = true), url }, url);
      return prevented;
    };
    return { fire, opened, open: (url: string) => openHandler?.({ url }), listeners };
  }

  it('installs will-navigate, will-frame-navigate, will-redirect, will-attach-webview and a window-open handler', () => {
    const c = fakeContents();
    expect([...c.listeners.keys()].sort()).toEqual(
      ['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect'].sort(),
    );
    expect(c.open('https://example.org')).toEqual({ action: 'deny' });
  });

  it('blocks navigation away from the bundle and hands https links to the OS', () => {
    const c = fakeContents();
    expect(c.fire('will-navigate', `${ownPage}#/x`)).toBe(false);
    expect(c.fire('will-navigate', 'http://evil.example/')).toBe(true);
    expect(c.fire('will-navigate', 'https://example.org/guide')).toBe(true);
    expect(c.fire('will-redirect', 'https://example.org/')).toBe(true);
    expect(c.fire('will-frame-navigate', 'http://evil.example/')).toBe(true);
    expect(c.fire('will-attach-webview', ownPage)).toBe(true);
    expect(c.opened).toEqual(['https://example.org/guide']);
  });

  it('denies every window.open, opening only https links externally', () => {
    const c = fakeContents();
    expect(c.open('http://evil.example/')).toEqual({ action: 'deny' });
    expect(c.open(ownPage)).toEqual({ action: 'deny' });
    expect(c.open('https://example.org/a')).toEqual({ action: 'deny' });
    expect(c.opened).toEqual(['https://example.org/a']);
  });
});

describe('permissions', () => {
  it('allows only sanitized clipboard writes', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'hid',
      'serial',
      'usb',
      'midiSysex',
      'display-capture',
      'unknown',
    ]) {
      expect(isPermissionAllowed(p), p).toBe(false);
    }
  });

  it('installs request, check and device handlers that deny', () => {
    let request: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: ((wc: unknown, p: string) => boolean) | undefined;
    let device: (() => boolean) | undefined;
    installPermissionHandlers({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      setDevicePermissionHandler: (h: typeof device) => (device = h),
    } as never);
    const answers: boolean[] = [];
    request?.(null, 'media', (ok) => answers.push(ok));
    request?.(null, 'clipboard-sanitized-write', (ok) => answers.push(ok));
    expect(answers).toEqual([false, true]);
    expect(check?.(null, 'geolocation')).toBe(false);
    expect(check?.(null, 'clipboard-sanitized-write')).toBe(true);
    expect(device?.()).toBe(false);
  });
});

describe('IPC sender check', () => {
  const own = (url: string): boolean => isAppUrl(url, dev);

  it('accepts the top frame of our own bundle (file:// or the dev server)', () => {
    expect(isTrustedSender({ url: ownPage, parent: null }, own)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5173/#/home', parent: null }, own)).toBe(true);
  });

  it('rejects other origins, other files, subframes and missing frames', () => {
    expect(isTrustedSender({ url: 'http://evil.example/', parent: null }, own)).toBe(false);
    expect(isTrustedSender({ url: 'http://192.168.1.20:4321/', parent: null }, own)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', parent: null }, own)).toBe(false);
    expect(isTrustedSender({ url: ownPage, parent: { url: ownPage } }, own)).toBe(false);
    expect(isTrustedSender(null, own)).toBe(false);
    expect(isTrustedSender(undefined, own)).toBe(false);
  });
});
