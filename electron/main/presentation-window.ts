import type { BrowserWindowConstructorOptions } from 'electron';
import type { PresentationTarget } from './room-host';
import { mainWindowOptions } from './window-options';

/** The presentation window's title. */
export const PRESENTATION_TITLE = 'Offsite — presentation';

/**
 * The presentation route of the app's own bundle for the hosted room, without the `#`
 * (what `loadFile`'s `hash` option takes): `present/ROOM?t=VIEWER_TOKEN&ws=ws://127.0.0.1:…`.
 * The renderer accepts a `ws` only on loopback (renderer/app/present-route.tsx).
 */
export function presentationHash(target: PresentationTarget): string {
  const query = new URLSearchParams({ t: target.viewerToken, ws: target.localWsUrl });
  return `present/${encodeURIComponent(target.room)}?${query.toString()}`;
}

/**
 * The presentation window: the main window's hardening (isolated, sandboxed, no Node, the
 * same navigation and new-window limits, installed on every webContents), and no preload
 * at all — it shows the room and calls nothing in the main process, so it gets no desktop
 * API. Sized for a 1080p projector; the user drags it there and makes it full screen (F11).
 */
export function presentationWindowOptions(iconPath?: string): BrowserWindowConstructorOptions {
  const base = mainWindowOptions({ preloadPath: '', iconPath });
  const { preload: _none, ...webPreferences } = base.webPreferences ?? {};
  return {
    ...base,
    title: PRESENTATION_TITLE,
    width: 1920,
    height: 1080,
    backgroundColor: '#f6f5f2',
    autoHideMenuBar: true,
    webPreferences: { ...webPreferences, spellcheck: false },
  };
}
