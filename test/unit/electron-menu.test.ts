import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from '../../electron/main/menu';
import type { MenuCommand } from '../../shared/protocol/ipc';

function build(overrides: Partial<MenuOptions> = {}) {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  let cleared = 0;
  let about = 0;
  const template = buildMenuTemplate({
    platform: 'linux',
    appName: 'Offsite',
    isDev: false,
    recentFiles: [],
    send: (c) => sent.push(c),
    openRecent: (p) => opened.push(p),
    clearRecent: () => (cleared += 1),
    showAbout: () => (about += 1),
    ...overrides,
  });
  return { template, sent, opened, cleared: () => cleared, about: () => about };
}

function submenu(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((i) => i.label === label);
  if (!found)
    throw new Error(`no item ${label} in ${items.map((i) => i.label ?? i.role).join(', ')}`);
  return found;
}

const click = (i: MenuItemConstructorOptions): void => (i.click as unknown as () => void)();

describe('application menu', () => {
  it('has File, Edit, View, Help (no app menu) off macOS', () => {
    expect(build().template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('File sends New, Open…, Save As…, Import JSON…, Export… to the renderer with accelerators', () => {
    const b = build();
    const file = submenu(b.template, 'File');
    const expected: [string, MenuCommand, string][] = [
      ['New Workshop', 'new', 'CmdOrCtrl+N'],
      ['Open…', 'open', 'CmdOrCtrl+O'],
      ['Save As…', 'save-as', 'CmdOrCtrl+Shift+S'],
      ['Import JSON…', 'import-json', 'CmdOrCtrl+I'],
      ['Export…', 'export', 'CmdOrCtrl+E'],
    ];
    for (const [label, cmd, accelerator] of expected) {
      const i = item(file, label);
      expect(i.accelerator, label).toBe(accelerator);
      click(i);
      expect(b.sent.at(-1)).toBe(cmd);
    }
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('Edit › Undo/Redo go to the renderer (Yjs undo), clipboard items keep native roles', () => {
    const b = build();
    const edit = submenu(b.template, 'Edit');
    const undo = item(edit, 'Undo');
    const redo = item(edit, 'Redo');
    expect(undo.accelerator).toBe('CmdOrCtrl+Z');
    expect(redo.accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(undo.role).toBeUndefined();
    expect(redo.role).toBeUndefined();
    click(undo);
    click(redo);
    expect(b.sent).toEqual(['undo', 'redo']);
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('View has Full Screen (togglefullscreen) and zoom, dev tools only in development', () => {
    const view = submenu(build().template, 'View');
    const full = item(view, 'Full Screen');
    expect(full.role).toBe('togglefullscreen');
    expect(full.accelerator).toBe('F11');
    expect(view.map((i) => i.role)).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']),
    );
    expect(view.map((i) => i.role)).not.toContain('toggleDevTools');
    expect(submenu(build({ isDev: true }).template, 'View').map((i) => i.role)).toContain(
      'toggleDevTools',
    );
  });

  it('Help › About calls the about panel', () => {
    const b = build();
    click(item(submenu(b.template, 'Help'), 'About Offsite'));
    expect(b.about()).toBe(1);
  });

  it('on macOS adds the app menu with Quit, and File has no Quit', () => {
    const b = build({ platform: 'darwin' });
    expect(b.template.map((m) => m.label)).toEqual(['Offsite', 'File', 'Edit', 'View', 'Help']);
    expect(submenu(b.template, 'Offsite').map((i) => i.role)).toContain('quit');
    expect(submenu(b.template, 'File').map((i) => i.role)).not.toContain('quit');
    expect(item(submenu(b.template, 'View'), 'Full Screen').accelerator).toBe('Ctrl+Cmd+F');
  });

  it('Open Recent lists recent files and clears them', () => {
    const b = build({
      recentFiles: [
        { path: '/w/a.offsite', name: 'a.offsite', openedAt: '2027-01-02T00:00:00.000Z' },
        { path: '/w/b.offsite', name: 'b.offsite', openedAt: '2027-01-01T00:00:00.000Z' },
      ],
    });
    const recent = item(submenu(b.template, 'File'), 'Open Recent')
      .submenu as MenuItemConstructorOptions[];
    expect(recent.map((i) => i.label)).toEqual([
      'a.offsite',
      'b.offsite',
      undefined,
      'Clear Recent',
    ]);
    click(item(recent, 'b.offsite'));
    click(item(recent, 'Clear Recent'));
    expect(b.opened).toEqual(['/w/b.offsite']);
    expect(b.cleared()).toBe(1);
    const empty = item(submenu(build().template, 'File'), 'Open Recent')
      .submenu as MenuItemConstructorOptions[];
    expect(empty).toEqual([{ label: 'No recent workshops', enabled: false }]);
  });
});
