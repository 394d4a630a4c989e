import type { BrowserWindowConstructorOptions } from 'electron';

/** The window title, also what the smoke test looks for. */
export const WINDOW_TITLE = 'Offsite';

/**
 * Options of the main window. The webPreferences are the Electron security checklist:
 * the page runs isolated and sandboxed with no Node, and sees only what the preload
 * exposes through the context bridge.
 */
export function mainWindowOptions(options: {
  preloadPath: string;
  iconPath?: string | undefined;
}): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#f7f5f0',
    ...(options.iconPath !== undefined ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      // Middle-click would otherwise open links in new windows outside the navigation guard.
      disableBlinkFeatures: 'Auxclick',
    },
  };
}
