import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../../shared/protocol/ipc';

/** What the menu does when clicked, and what it shows. */
export interface MenuOptions {
  readonly platform: string;
  readonly appName: string;
  /** Adds the developer tools toggle. */
  readonly isDev: boolean;
  readonly recentFiles: readonly RecentFile[];
  /** Sends a command to the focused window's renderer. */
  send(command: MenuCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
  showAbout(): void;
}

/**
 * The application menu as a template (a pure function of its options, so tests read it).
 * File and Edit › Undo/Redo send commands to the renderer: the renderer owns the workshop
 * state, and undo belongs to the Yjs UndoManager, not to the webContents. Cut, Copy, Paste
 * and Select All keep their native roles so text fields behave as everywhere else.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const command = (
    label: string,
    cmd: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    id: cmd,
    ...(accelerator !== undefined ? { accelerator } : {}),
    click: () => options.send(cmd),
  });

  const recent: MenuItemConstructorOptions[] =
    options.recentFiles.length === 0
      ? [{ label: 'No recent workshops', enabled: false }]
      : [
          ...options.recentFiles.map(
            (f): MenuItemConstructorOptions => ({
              label: f.name,
              toolTip: f.path,
              click: () => options.openRecent(f.path),
            }),
          ),
          { type: 'separator' },
          { label: 'Clear Recent', click: () => options.clearRecent() },
        ];

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: options.appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [
        command('New Workshop', 'new', 'CmdOrCtrl+N'),
        command('Open…', 'open', 'CmdOrCtrl+O'),
        { label: 'Open Recent', id: 'open-recent', submenu: recent },
        { type: 'separator' },
        command('Save As…', 'save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        command('Import JSON…', 'import-json', 'CmdOrCtrl+I'),
        command('Export…', 'export', 'CmdOrCtrl+E'),
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    {
      label: 'Edit',
      submenu: [
        command('Undo', 'undo', 'CmdOrCtrl+Z'),
        command('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        {
          label: 'Full Screen',
          id: 'full-screen',
          role: 'togglefullscreen',
          accelerator: mac ? 'Ctrl+Cmd+F' : 'F11',
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        ...(options.isDev
          ? [
              { type: 'separator' } as const,
              { role: 'reload' } as const,
              { role: 'toggleDevTools' } as const,
            ]
          : []),
      ],
    },
    {
      label: 'Help',
      role: 'help',
      submenu: [
        { label: `About ${options.appName}`, id: 'about', click: () => options.showAbout() },
      ],
    },
  ];
}
