/**
 * The Electron main process: lifecycle only. Security settings, IPC, menu and file
 * opening live in the small modules next to this one, each unit-tested.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, Menu, dialog, ipcMain, session, shell } from 'electron';
import {
  MENU_COMMAND_CHANNEL,
  OPEN_FILE_CHANNEL,
  OPEN_FILE_FAILED_CHANNEL,
  OPEN_FILE_READY_CHANNEL,
  type RecentFile,
} from '../../shared/protocol/ipc';
import type { AppOrigin } from './app-url';
import { isAppUrl } from './app-url';
import { installConnectGuard } from './connect-guard';
import { contentSecurityPolicy, installCsp } from './csp';
import { createDesktopServices, type DesktopServices } from './desktop-services';
import { isTrustedSender } from './ipc-sender';
import { registerIpcHandlers } from './ipc-register';
import { openFileFailure } from './file-error-words';
import { buildMenuTemplate } from './menu';
import { installNavigationGuard, isAllowedExternalUrl } from './navigation-guard';
import { createOpenFileRouter, workshopPathFromArgv } from './open-file';
import { installPermissionHandlers } from './permissions';
import { mainWindowOptions } from './window-options';
import { presentationHash, presentationWindowOptions } from './presentation-window';
import type { PresentationTarget } from './room-host';

const here = dirname(fileURLToPath(import.meta.url)); // out/main
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const origin: AppOrigin = { rendererDir: join(here, '../renderer'), devServerUrl };
const isOwnUrl = (url: string): boolean => isAppUrl(url, origin);

let mainWindow: BrowserWindow | null = null;
let presentationWindow: BrowserWindow | null = null;
let services: DesktopServices | null = null;

const openFiles = createOpenFileRouter({
  load: (path) => {
    if (!services) throw new Error('the app is not ready yet');
    services.grants.grant(path);
    return services.handlers.openWorkshopPath(path);
  },
  deliver: (file) => mainWindow?.webContents.send(OPEN_FILE_CHANNEL, file),
  fail: (path, err) => {
    // The window says it in the app's language; with no window, main's own (English) box.
    if (mainWindow && !mainWindow.isDestroyed())
      mainWindow.webContents.send(OPEN_FILE_FAILED_CHANNEL, openFileFailure(path, err));
    else
      dialog.showErrorBox(
        'Could not open workshop',
        `${path}\n\n${err instanceof Error ? err.message : String(err)}`,
      );
  },
});

function openFromOs(path: string): void {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
  void openFiles.open(path);
}

/** Rebuilds the menu; `recentFiles` when the caller already has the list (it changed). */
async function refreshMenu(recentFiles?: readonly RecentFile[]): Promise<void> {
  recentFiles ??= services ? await services.recent.list() : [];
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: app.getName(),
    isDev: !app.isPackaged,
    recentFiles,
    send: (cmd) =>
      (BrowserWindow.getFocusedWindow() ?? mainWindow)?.webContents.send(MENU_COMMAND_CHANNEL, cmd),
    openRecent: (path) => openFromOs(path),
    clearRecent: () => void services?.recent.clear(),
    showAbout: () => app.showAboutPanel(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(): void {
  const win = new BrowserWindow(
    mainWindowOptions({
      // Sandboxed preloads cannot be ES modules: electron-vite emits CommonJS as index.cjs.
      preloadPath: join(here, '../preload/index.cjs'),
      iconPath: app.isPackaged ? undefined : join(here, '../../assets/icon.png'),
    }),
  );
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.webContents.on('did-start-loading', () => openFiles.rendererGone());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
    openFiles.rendererGone();
  });
  // The window loads only its own bundle, never a page from a hub.
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(join(origin.rendererDir, 'index.html'));
}

/** "Present": one presentation window, on the app's own bundle (never a hub's page). */
function openPresentation(target: PresentationTarget): void {
  const hash = presentationHash(target);
  let win = presentationWindow;
  if (!win || win.isDestroyed()) {
    win = new BrowserWindow(
      presentationWindowOptions(app.isPackaged ? undefined : join(here, '../../assets/icon.png')),
    );
    presentationWindow = win;
    const shown = win;
    shown.once('ready-to-show', () => shown.show());
    shown.on('closed', () => {
      if (presentationWindow === shown) presentationWindow = null;
    });
  }
  if (devServerUrl) void win.loadURL(`${devServerUrl}#${hash}`);
  else void win.loadFile(join(origin.rendererDir, 'index.html'), { hash });
  win.focus();
}

// One instance: a second launch (e.g. double-clicking a .offsite file) hands its argv to us.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = workshopPathFromArgv(argv, workingDirectory);
    if (path) openFromOs(path);
    else mainWindow?.focus();
  });
  // macOS delivers double-clicked files with this event, possibly before `ready`.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOs(path);
  });
  app.on('web-contents-created', (_event, contents) => {
    installNavigationGuard(contents, {
      isAppUrl: isOwnUrl,
      openExternal: (url) => {
        if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      },
    });
  });
  let roomClosed = false;
  app.on('before-quit', (event) => {
    // Store the room's file before the process goes: wait for the hub, then quit again.
    if (roomClosed || !services) return;
    event.preventDefault();
    roomClosed = true;
    void services.rooms.close().finally(() => app.quit());
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    app.setAboutPanelOptions({ applicationName: 'Offsite', applicationVersion: app.getVersion() });
    installPermissionHandlers(session.defaultSession);
    installCsp(session.defaultSession, contentSecurityPolicy({ dev: devServerUrl !== undefined }));
    services = createDesktopServices({
      // The store passes the list it just wrote: no second read (and stat of every entry).
      onRecentChange: (files) => void refreshMenu(files),
      // The web build (vite.web.config.ts) next to out/main: what browsers in the room load.
      webRoot: join(here, '../web'),
      openPresentationWindow: openPresentation,
    });
    installConnectGuard(session.defaultSession, services.roomOrigins, {
      devServerUrl,
      log: (message) => console.warn(`offsite: ${message}`),
    });
    registerIpcHandlers(ipcMain, services.handlers, {
      isTrustedSender: (frame) => isTrustedSender(frame, isOwnUrl),
    });
    ipcMain.on(OPEN_FILE_READY_CHANNEL, (event) => {
      if (isTrustedSender(event.senderFrame, isOwnUrl)) void openFiles.rendererReady();
    });
    await refreshMenu();
    createWindow();
    const launchPath = workshopPathFromArgv(process.argv, process.cwd());
    if (launchPath) openFromOs(launchPath);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
}
