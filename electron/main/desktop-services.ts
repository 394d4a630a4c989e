import { basename, dirname, join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { writeFileAtomic } from '../storage/atomic-write';
import { readWorkshopFile } from '../storage/workshop-file';
import type { AppInfo, RecentFile } from '../../shared/protocol/ipc';
import { RoomOrigins } from './connect-guard';
import { createIpcHandlers, type IpcHandlers } from './ipc-handlers';
import { PathGrants } from './path-grants';
import { createRecentFiles, type RecentFilesStore } from './recent-files';
import { createRoomHost, type PresentationTarget, type RoomHostService } from './room-host';
import { saveWorkshopUpdate } from './save-workshop-update';

/** The Electron and storage wiring of the IPC handlers: the one place they meet. */
export interface DesktopServices {
  readonly handlers: IpcHandlers;
  readonly recent: RecentFilesStore;
  readonly grants: PathGrants;
  readonly rooms: RoomHostService;
  /** The rooms the window may connect to: index.ts installs the guard on them. */
  readonly roomOrigins: RoomOrigins;
}

function parentWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

export function createDesktopServices(options: {
  onRecentChange: (files: readonly RecentFile[]) => void;
  /** The built web UI the room hub serves to browsers (out/web). */
  webRoot: string;
  /** Opens the presentation window (index.ts owns the windows). */
  openPresentationWindow: (target: PresentationTarget) => void;
}): DesktopServices {
  const rooms = createRoomHost({
    roomsDir: join(app.getPath('userData'), 'rooms'),
    webRoot: options.webRoot,
    version: app.getVersion(),
    log: (message) => console.error(`[hub] ${message}`),
  });
  const grants = new PathGrants();
  const roomOrigins = new RoomOrigins();
  const recent = createRecentFiles({
    dir: app.getPath('userData'),
    writeFile: writeFileAtomic,
    onChange: options.onRecentChange,
  });
  const handlers = createIpcHandlers({
    showOpenDialog: (options) => {
      const win = parentWindow();
      return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (options) => {
      const win = parentWindow();
      return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
    },
    confirmOverwrite: async (path) => {
      const options = {
        type: 'warning' as const,
        buttons: ['Replace', 'Choose another name'],
        defaultId: 1,
        cancelId: 1,
        message: `“${basename(path)}” already exists. Replace it?`,
        detail: `The file in ${dirname(path)} will be overwritten.`,
      };
      const win = parentWindow();
      const { response } = win
        ? await dialog.showMessageBox(win, options)
        : await dialog.showMessageBox(options);
      return response === 0;
    },
    readWorkshopFile,
    saveWorkshopUpdate,
    writeFileAtomic,
    recent,
    grants,
    setFullScreen: (on) => parentWindow()?.setFullScreen(on),
    appInfo: (): AppInfo => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      electronVersion: process.versions.electron ?? '',
    }),
    defaultDir: () => app.getPath('documents'),
    rooms,
    openPresentationWindow: options.openPresentationWindow,
    roomOrigins,
  });
  return { handlers, recent, grants, rooms, roomOrigins };
}
