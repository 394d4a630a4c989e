import { describe, expect, it } from 'vitest';
import { createIpcHandlers, type IpcHandlerDeps } from '../../electron/main/ipc-handlers';
import {
  PRESENTATION_TITLE,
  presentationHash,
  presentationWindowOptions,
} from '../../electron/main/presentation-window';
import type { PresentationTarget, RoomHostService } from '../../electron/main/room-host';
import { mainWindowOptions } from '../../electron/main/window-options';
import { parseHash } from '../../renderer/ui/routes';

const target: PresentationTarget = {
  room: 'q1-room',
  viewerToken: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv',
  localWsUrl: 'ws://127.0.0.1:4455/collab',
};

/** Handlers wired to a room host with (or without) an open room; other deps are unused here. */
function handlers(open: PresentationTarget | null) {
  const opened: PresentationTarget[] = [];
  const rooms = { presentation: () => open } as Partial<RoomHostService> as RoomHostService;
  const deps = {
    rooms,
    openPresentationWindow: (t: PresentationTarget) => opened.push(t),
  } as Partial<IpcHandlerDeps> as IpcHandlerDeps;
  return { h: createIpcHandlers(deps), opened };
}

describe('the presentation window ("Present" on the desktop)', () => {
  it('keeps every hardening of the main window, and gets no preload (no desktop API)', () => {
    const main = mainWindowOptions({ preloadPath: '/opt/offsite/out/preload/index.cjs' });
    const options = presentationWindowOptions();
    const web = options.webPreferences ?? {};
    expect(web.preload).toBeUndefined();
    for (const key of [
      'contextIsolation',
      'sandbox',
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'webSecurity',
      'allowRunningInsecureContent',
      'webviewTag',
      'experimentalFeatures',
      'navigateOnDragDrop',
      'disableBlinkFeatures',
    ] as const) {
      expect(web[key], key).toBe(main.webPreferences?.[key]);
    }
    expect(options.title).toBe(PRESENTATION_TITLE);
    expect(options.show).toBe(false);
  });

  it('loads the presentation route of the app’s own bundle, with the viewer’s token on loopback', () => {
    const hash = presentationHash(target);
    expect(parseHash(`#${hash}`)).toEqual({
      name: 'present',
      room: 'q1-room',
      token: target.viewerToken,
      ws: 'ws://127.0.0.1:4455/collab',
    });
  });

  it('opens on the hosted room only, taking nothing from the page', async () => {
    const { h, opened } = handlers(target);
    await h.openPresentationWindow();
    expect(opened).toEqual([target]);
    await expect(h.openPresentationWindow('ws://evil.example/collab')).rejects.toThrow(/argument/);
    expect(opened).toHaveLength(1);
  });

  it('refuses when no room is open', async () => {
    const { h, opened } = handlers(null);
    await expect(h.openPresentationWindow()).rejects.toThrow(/no room is open/);
    expect(opened).toEqual([]);
  });
});
