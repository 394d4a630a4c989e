import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createIpcHandlers,
  type IpcHandlerDeps,
  type IpcHandlers,
} from '../../electron/main/ipc-handlers';
import {
  registerIpcHandlers,
  toIpcError,
  type IpcMainLike,
} from '../../electron/main/ipc-register';
import { MAX_IPC_BYTES, safeFileName } from '../../electron/main/ipc-validate';
import { PathGrants } from '../../electron/main/path-grants';
import { saveWorkshopUpdate } from '../../electron/main/save-workshop-update';
import { writeFileAtomic } from '../../electron/storage/atomic-write';
import { readWorkshopFile } from '../../electron/storage/workshop-file';
import { openFileFailure } from '../../electron/main/file-error-words';
import { fixedT } from '../../shared/i18n';
import {
  sayFileError,
  withFileErrorWords,
  WordedFileError,
} from '../../shared/protocol/file-error';
import { initWorkshop, readWorkshop, updateMeta } from '../../shared/model';
import { createRecentFiles } from '../../electron/main/recent-files';
import { createDesktopApi, type IpcRendererLike } from '../../electron/preload/desktop-api-proxy';
import {
  DESKTOP_API_METHODS,
  MENU_COMMAND_CHANNEL,
  OPEN_FILE_CHANNEL,
  OPEN_FILE_FAILED_CHANNEL,
  OPEN_FILE_READY_CHANNEL,
  ipcChannel,
  unwrapIpcResult,
  type DesktopApi,
  type OpenedFile,
  type OpenFileFailure,
} from '../../shared/protocol/ipc';

const fixture = join(__dirname, '..', 'fixtures', 'acme-2027.json');

let dir: string;
let saved: Map<string, Uint8Array>;
let dialogAnswers: {
  open: string[];
  save: (string | undefined)[];
  /** Answers to "replace it?" (true: replace); the paths asked about go to `asked`. */
  overwrite: boolean[];
  asked: string[];
  /** The defaultPath of each save dialog shown. */
  shown: (string | undefined)[];
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'offsite-ipc-'));
  saved = new Map();
  dialogAnswers = { open: [], save: [], overwrite: [], asked: [], shown: [] };
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Handlers over real files in a temp dir with the real storage (atomic writes, .offsite
 * encoding, validation); only the native dialogs (no display here) are scripted.
 */
function handlers(overrides: Partial<IpcHandlerDeps> = {}): {
  h: IpcHandlers;
  deps: IpcHandlerDeps;
} {
  const deps: IpcHandlerDeps = {
    showOpenDialog: async () => {
      const path = dialogAnswers.open.shift();
      return path === undefined
        ? { canceled: true, filePaths: [] }
        : { canceled: false, filePaths: [path] };
    },
    showSaveDialog: async (options) => {
      dialogAnswers.shown.push(options.defaultPath);
      const path = dialogAnswers.save.shift();
      return path === undefined ? { canceled: true } : { canceled: false, filePath: path };
    },
    confirmOverwrite: async (path) => {
      dialogAnswers.asked.push(path);
      const answer = dialogAnswers.overwrite.shift();
      if (answer === undefined) throw new Error(`unexpected overwrite question for ${path}`);
      return answer;
    },
    readWorkshopFile,
    saveWorkshopUpdate: async (path, update) => {
      await saveWorkshopUpdate(path, update);
      saved.set(path, update);
    },
    writeFileAtomic: async (path, data) => {
      await writeFileAtomic(path, data);
      saved.set(path, data);
    },
    recent: createRecentFiles({ dir, writeFile: writeFileAtomic }),
    grants: new PathGrants(),
    setFullScreen: () => undefined,
    appInfo: () => ({
      name: 'Offsite',
      version: '0.1.0',
      platform: 'linux',
      electronVersion: '45.4.1',
    }),
    defaultDir: () => dir,
    ...overrides,
  };
  return { h: createIpcHandlers(deps), deps };
}

describe('the contract', () => {
  it('lists each invokable method once and derives one channel per method', () => {
    expect(new Set(DESKTOP_API_METHODS).size).toBe(DESKTOP_API_METHODS.length);
    const channels = DESKTOP_API_METHODS.map(ipcChannel);
    expect(new Set(channels).size).toBe(channels.length);
    expect(ipcChannel('openWorkshopFile')).toBe('offsite:openWorkshopFile');
    expect(channels).not.toContain(MENU_COMMAND_CHANNEL);
    expect(channels).not.toContain(OPEN_FILE_CHANNEL);
    expect(channels).not.toContain(OPEN_FILE_READY_CHANNEL);
  });

  it('has a handler for exactly the contract methods', () => {
    expect(Object.keys(handlers().h).sort()).toEqual([...DESKTOP_API_METHODS].sort());
  });

  it('unwraps results and turns errors into Errors with the message', () => {
    expect(unwrapIpcResult('appInfo', { ok: true, value: 3 })).toBe(3);
    expect(() =>
      unwrapIpcResult('saveWorkshopFile', {
        ok: false,
        error: { code: 'save-error', message: 'disk full while saving /a.offsite' },
      }),
    ).toThrow('disk full while saving /a.offsite');
    expect(() => unwrapIpcResult('appInfo', undefined)).toThrow(/malformed answer/);
    expect(() => unwrapIpcResult('appInfo', { ok: 'yes' })).toThrow(/malformed answer/);
  });
});

/** Records what registration does, and lets a test call a channel as a given frame. */
function recordingIpcMain() {
  const registered = new Map<
    string,
    (
      event: { senderFrame: { url: string; parent: unknown } | null },
      ...args: unknown[]
    ) => Promise<unknown>
  >();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, listener);
    },
    removeHandler: (channel) => registered.delete(channel),
  };
  return { ipcMain, registered };
}

const OWN = 'file:///opt/offsite/out/renderer/index.html';
const trusted = (frame: { url: string } | null): boolean => frame?.url === OWN;

describe('registration', () => {
  it('registers exactly one channel per contract method', () => {
    const { ipcMain, registered } = recordingIpcMain();
    const channels = registerIpcHandlers(ipcMain, handlers().h, {
      isTrustedSender: trusted,
      log: () => undefined,
    });
    expect([...registered.keys()].sort()).toEqual(DESKTOP_API_METHODS.map(ipcChannel).sort());
    expect(channels.sort()).toEqual([...registered.keys()].sort());
  });

  it('refuses calls from a foreign or missing frame without running the handler', async () => {
    const { ipcMain, registered } = recordingIpcMain();
    let ran = false;
    const h = { ...handlers().h, appInfo: async () => ((ran = true), handlers().deps.appInfo()) };
    const logs: string[] = [];
    registerIpcHandlers(ipcMain, h, { isTrustedSender: trusted, log: (m) => logs.push(m) });
    const call = registered.get(ipcChannel('appInfo'));
    expect(await call?.({ senderFrame: { url: 'http://evil.example/', parent: null } })).toEqual({
      ok: false,
      error: { code: 'forbidden-sender', message: 'appInfo: not allowed from this page' },
    });
    expect(await call?.({ senderFrame: null })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(ran).toBe(false);
    expect(logs[0]).toContain('http://evil.example/');
    expect(await call?.({ senderFrame: { url: OWN, parent: null } })).toMatchObject({
      ok: true,
      value: { name: 'Offsite' },
    });
    expect(ran).toBe(true);
  });

  it('maps storage and validation errors to codes, and hides nothing but stacks', () => {
    const named = (name: string, message: string) => Object.assign(new Error(message), { name });
    expect(toIpcError(named('SaveError', 'disk full while saving /a.offsite'))).toEqual({
      code: 'save-error',
      message: 'disk full while saving /a.offsite',
    });
    expect(toIpcError(named('WorkshopFileError', '/a.offsite: checksum mismatch'))).toMatchObject({
      code: 'file-error',
    });
    expect(toIpcError(named('OffsiteFileError', 'truncated'))).toMatchObject({
      code: 'file-error',
    });
    expect(toIpcError(new TypeError('boom'))).toEqual({
      code: 'internal',
      message: 'Unexpected error in the desktop shell: boom',
    });
    expect(toIpcError('weird')).toMatchObject({ code: 'internal' });
  });
});

describe('argument validation', () => {
  const bytes = new Uint8Array([1, 2, 3]);
  const invalid: [keyof IpcHandlers, unknown[], RegExp][] = [
    ['openWorkshopFile', ['extra'], /expected 0 arguments, got 1/],
    ['openWorkshopPath', [], /expected 1 argument, got 0/],
    ['openWorkshopPath', [42], /path must be a non-empty string, got number/],
    ['openWorkshopPath', [''], /path must be a non-empty string/],
    ['openWorkshopPath', ['relative/a.offsite'], /must be an absolute path/],
    ['openWorkshopPath', ['/tmp/a\0.offsite'], /NUL byte/],
    ['openWorkshopPath', [`/${'a'.repeat(5000)}`], /longer than 4096/],
    [
      'saveWorkshopFile',
      ['/tmp/a.offsite', 'not bytes'],
      /update must be a Uint8Array, got a string/,
    ],
    [
      'saveWorkshopFile',
      ['/tmp/a.offsite', [1, 2, 3]],
      /update must be a Uint8Array, got an array/,
    ],
    ['saveWorkshopFile', ['/tmp/a.offsite'], /expected 2 arguments, got 1/],
    ['saveWorkshopFileAs', [{}, bytes], /suggestedName must be a string, got object/],
    ['saveWorkshopFileAs', ['x'.repeat(300), bytes], /longer than 255/],
    ['exportFile', ['docx', 'okrs', bytes], /kind must be one of pdf, md, csv, json, got "docx"/],
    ['exportFile', ['pdf', 'okrs', null], /bytes must be a Uint8Array, got null/],
    ['setFullScreen', ['yes'], /on must be true or false/],
    ['recentFiles', [1], /expected 0 arguments/],
  ];
  for (const [method, args, message] of invalid) {
    it(`${method}(${args.map((a) => (typeof a === 'string' ? JSON.stringify(a.slice(0, 20)) : String(a))).join(', ')}) is refused`, async () => {
      const { h } = handlers();
      const handler = h[method] as (...a: unknown[]) => Promise<unknown>;
      await expect(handler(...args)).rejects.toMatchObject({ name: 'IpcArgumentError', message });
    });
  }

  it('refuses byte payloads over the limit without copying them', async () => {
    const { h } = handlers();
    // A view whose byteLength is over the limit; the handler must reject it on size alone.
    const huge = new Uint8Array(new ArrayBuffer(MAX_IPC_BYTES + 1));
    await expect(h.exportFile('pdf', 'okrs', huge)).rejects.toThrow(/more than the limit/);
    expect(saved.size).toBe(0);
  });

  it('makes suggested names safe file names with the right extension', () => {
    expect(safeFileName('Acme 2027 / Q1: plan?', 'offsite')).toBe('Acme 2027 Q1 plan.offsite');
    expect(safeFileName('../../etc/passwd', 'pdf')).toBe('etc passwd.pdf');
    expect(safeFileName('   ', 'csv', 'okrs')).toBe('okrs.csv');
    expect(safeFileName('okrs.PDF', 'pdf')).toBe('okrs.PDF');
  });
});

function workshopState(title: string): { doc: Y.Doc; update: Uint8Array } {
  const doc = new Y.Doc();
  initWorkshop(doc, { title, cycle: '2027' });
  return { doc, update: Y.encodeStateAsUpdate(doc) };
}

function titleOf(file: OpenedFile): string {
  if (file.kind !== 'offsite') throw new Error(`expected an .offsite file, got ${file.kind}`);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, file.update);
  return readWorkshop(doc).meta.title;
}

describe('file handlers over real files', () => {
  it('save as → save → open by path → recent files', async () => {
    const { h } = handlers();
    const target = join(dir, 'Acme 2027');
    dialogAnswers.save.push(target);
    const { doc, update } = workshopState('Acme 2027');
    const path = await h.saveWorkshopFileAs('Acme 2027', update);
    expect(path).toBe(`${target}.offsite`);
    if (path === null) throw new Error('unreachable');
    expect(titleOf(await h.openWorkshopPath(path))).toBe('Acme 2027');
    updateMeta(doc, { title: 'Acme 2027, revised' });
    await h.saveWorkshopFile(path, Y.encodeStateAsUpdate(doc));
    expect(titleOf(await h.openWorkshopPath(path))).toBe('Acme 2027, revised');
    expect((await h.recentFiles()).map((f) => f.path)).toEqual([path]);
  });

  it('refuses a state that is not a Yjs update and leaves the saved file intact', async () => {
    const { h } = handlers();
    dialogAnswers.save.push(join(dir, 'w.offsite'));
    const path = (await h.saveWorkshopFileAs('w', workshopState('Kept').update)) ?? '';
    const before = await readFile(path);
    await expect(
      h.saveWorkshopFile(path, new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x01])),
    ).rejects.toMatchObject({
      name: 'IpcArgumentError',
      message: /not a valid Yjs update/,
    });
    expect(await readFile(path)).toEqual(before);
  });

  it('cancelled dialogs resolve null and write nothing', async () => {
    const { h } = handlers();
    expect(await h.openWorkshopFile()).toBeNull();
    expect(await h.saveWorkshopFileAs('x', new Uint8Array())).toBeNull();
    expect(await h.exportFile('md', 'x', new Uint8Array())).toBeNull();
    expect(await h.importJsonFile()).toBeNull();
    expect(saved.size).toBe(0);
  });

  it('refuses to read or overwrite a path the user never chose', async () => {
    const { h } = handlers();
    const secret = join(dir, 'other.offsite');
    await writeFile(secret, 'OFFSITE\nsecret');
    await expect(h.openWorkshopPath(secret)).rejects.toMatchObject({ name: 'NotAllowedError' });
    await expect(h.saveWorkshopFile(secret, workshopState('x').update)).rejects.toMatchObject({
      name: 'NotAllowedError',
    });
    expect(await readFile(secret, 'utf8')).toBe('OFFSITE\nsecret');
    await expect(h.saveWorkshopFile(join(dir, 'notes.txt'), new Uint8Array([0]))).rejects.toThrow(
      /not a \.offsite file/,
    );
  });

  it('opens the sample JSON chosen in the dialog, then allows it by path', async () => {
    const { h } = handlers();
    dialogAnswers.open.push(fixture);
    expect(await h.openWorkshopFile()).toMatchObject({
      path: fixture,
      kind: 'json',
      data: { format: 'offsite.workshop' },
    });
    await expect(h.openWorkshopPath(fixture)).resolves.toMatchObject({ kind: 'json' });
  });

  it('reports a corrupt .offsite file with a readable file error', async () => {
    const { h } = handlers();
    const broken = join(dir, 'broken.offsite');
    await writeFile(broken, 'OFFSITE\ngarbage');
    dialogAnswers.open.push(broken);
    await expect(h.openWorkshopFile()).rejects.toMatchObject({
      name: 'WorkshopFileError',
      message: /broken\.offsite/,
    });
  });

  it('import JSON answers the data, or every problem of a bad file with its path', async () => {
    const { h } = handlers();
    dialogAnswers.open.push(fixture);
    expect(await h.importJsonFile()).toMatchObject({
      ok: true,
      path: fixture,
      data: { version: 1 },
    });

    const sample = JSON.parse(await readFile(fixture, 'utf8'));
    sample.objectives[0].keyResults[0].target = 'lots';
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify(sample));
    dialogAnswers.open.push(bad);
    const answer = await h.importJsonFile();
    expect(answer).toMatchObject({
      ok: false,
      path: bad,
      message: expect.stringContaining('bad.json'),
    });
    expect(answer?.ok === false && answer.problems).toContainEqual({
      path: 'objectives[0].keyResults[0].target',
      message: expect.stringMatching(/number/),
    });

    dialogAnswers.save.push(join(dir, 'w.offsite'));
    const offsite = (await h.saveWorkshopFileAs('w', workshopState('x').update)) ?? '';
    dialogAnswers.open.push(offsite);
    expect(await h.importJsonFile()).toMatchObject({
      ok: false,
      message: /not JSON/,
      problems: [],
    });
  });

  it('export writes the bytes to the chosen path with the kind’s extension', async () => {
    const { h } = handlers();
    dialogAnswers.save.push(join(dir, 'okrs'));
    const path = await h.exportFile('csv', 'okrs', new TextEncoder().encode('a,b\n'));
    expect(path).toBe(join(dir, 'okrs.csv'));
    expect(await readFile(join(dir, 'okrs.csv'), 'utf8')).toBe('a,b\n');
  });

  it('issue 15 item 12: asks before replacing a file the added extension lands on', async () => {
    const { h } = handlers();
    const report = join(dir, 'report.pdf');
    await writeFile(report, 'the old report');
    // "report" → report.pdf, which exists: asked; "Choose another name" → the dialog again,
    // starting at report.pdf; the user then cancels. Nothing is written.
    dialogAnswers.save.push(join(dir, 'report'));
    dialogAnswers.overwrite.push(false);
    expect(await h.exportFile('pdf', 'report', new Uint8Array([1]))).toBeNull();
    expect(dialogAnswers.asked).toEqual([report]);
    expect(dialogAnswers.shown).toEqual([join(dir, 'report.pdf'), report]);
    expect(await readFile(report, 'utf8')).toBe('the old report');
    // Asked again and told to replace: written.
    dialogAnswers.save.push(join(dir, 'report'));
    dialogAnswers.overwrite.push(true);
    expect(await h.exportFile('pdf', 'report', new Uint8Array([1, 2]))).toBe(report);
    expect([...(await readFile(report))]).toEqual([1, 2]);
    expect(dialogAnswers.asked).toEqual([report, report]);
  });

  it('issue 15 item 12: no second question when the dialog itself saw the full name, or nothing is there', async () => {
    const { h } = handlers();
    const existing = join(dir, 'okrs.md');
    await writeFile(existing, 'old');
    // The dialog returned the name with its extension: it asked already (showOverwriteConfirmation).
    dialogAnswers.save.push(existing);
    expect(await h.exportFile('md', 'okrs', new TextEncoder().encode('new'))).toBe(existing);
    // The extension was added but no file has that name: nothing to confirm.
    dialogAnswers.save.push(join(dir, 'fresh'));
    expect(await h.exportFile('md', 'okrs', new TextEncoder().encode('x'))).toBe(
      join(dir, 'fresh.md'),
    );
    expect(dialogAnswers.asked).toEqual([]);
  });

  it('issue 15 item 12: Save As… asks too before replacing a workshop file', async () => {
    const { h } = handlers();
    const target = join(dir, 'q2.offsite');
    await writeFile(target, 'not to be lost');
    dialogAnswers.save.push(join(dir, 'q2'));
    dialogAnswers.overwrite.push(false);
    const doc = new Y.Doc();
    initWorkshop(doc);
    expect(await h.saveWorkshopFileAs('q2', Y.encodeStateAsUpdate(doc))).toBeNull();
    expect(dialogAnswers.asked).toEqual([target]);
    expect(await readFile(target, 'utf8')).toBe('not to be lost');
  });
});

describe('preload proxy ↔ main registration (loopback)', () => {
  /** The preload's ipcRenderer wired straight to the registered main handlers, as one frame. */
  function loopback(frameUrl: string, h: IpcHandlers) {
    const { ipcMain, registered } = recordingIpcMain();
    registerIpcHandlers(ipcMain, h, { isTrustedSender: trusted, log: () => undefined });
    const listeners = new Map<string, Set<(e: unknown, ...a: unknown[]) => void>>();
    const sent: string[] = [];
    const ipc: IpcRendererLike = {
      invoke: async (channel, ...args) => {
        const handler = registered.get(channel);
        if (!handler) throw new Error(`No handler registered for '${channel}'`);
        // Structured clone, as Electron does between processes.
        return structuredClone(
          await handler({ senderFrame: { url: frameUrl, parent: null } }, ...structuredClone(args)),
        );
      },
      on: (channel, l) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l)),
      removeListener: (channel, l) => listeners.get(channel)?.delete(l),
      send: (channel) => sent.push(channel),
    };
    const emit = (channel: string, payload: unknown) =>
      listeners.get(channel)?.forEach((l) => l({ sender: 'ipc-event' }, payload));
    return { api: createDesktopApi(ipc), emit, sent, listeners };
  }

  it('exposes exactly the contract: the methods plus the three subscriptions', () => {
    const { api } = loopback(OWN, handlers().h);
    const expected: (keyof DesktopApi)[] = [
      ...DESKTOP_API_METHODS,
      'onMenuCommand',
      'onOpenFile',
      'onOpenFileFailed',
    ];
    expect(Object.keys(api).sort()).toEqual(expected.sort());
    for (const key of Object.keys(api))
      expect(typeof (api as unknown as Record<string, unknown>)[key]).toBe('function');
  });

  it('round-trips values and rejects with the readable message', async () => {
    const { api } = loopback(OWN, handlers().h);
    expect(await api.appInfo()).toEqual({
      name: 'Offsite',
      version: '0.1.0',
      platform: 'linux',
      electronVersion: '45.4.1',
    });
    await expect(api.openWorkshopPath('relative.offsite')).rejects.toThrow(
      'openWorkshopPath: path must be an absolute path, got "relative.offsite"',
    );
    const foreign = loopback('http://evil.example/', handlers().h);
    await expect(foreign.api.appInfo()).rejects.toThrow('appInfo: not allowed from this page');
  });

  it('carries a file error’s words to the page, for the window to say in its language', async () => {
    const { h } = handlers();
    const broken = join(dir, 'broken.offsite');
    await writeFile(broken, 'OFFSITE\ngarbage');
    dialogAnswers.open.push(broken);
    const { api } = loopback(OWN, h);
    // What the page gets: an Error whose message alone crossed the context bridge.
    const rejected = await api.openWorkshopFile().then(
      () => null,
      (error: unknown) => new Error((error as Error).message),
    );
    const error = withFileErrorWords(rejected);
    expect(error).toBeInstanceOf(WordedFileError);
    const { message, words } = error as WordedFileError;
    expect(message).toMatch(/^cannot open .*broken\.offsite: /);
    expect(sayFileError(fixedT('en'), words)).toBe(message);
    expect(sayFileError(fixedT('de'), words)).toBe(
      `${broken} kann nicht geöffnet werden: Die Datei ist unvollständig (the file is truncated (15 of at least 16 bytes))`,
    );
    // Not a file error: no words, the message as it was.
    await expect(api.openWorkshopPath('relative.offsite')).rejects.toThrow(
      /^openWorkshopPath: path must be an absolute path, got "relative\.offsite"$/,
    );
  });

  it('delivers only valid events, without the IPC event object, and unsubscribes', () => {
    const { api, emit, sent, listeners } = loopback(OWN, handlers().h);
    const commands: unknown[] = [];
    const files: unknown[] = [];
    const offMenu = api.onMenuCommand((cmd) => commands.push(cmd));
    const offFile = api.onOpenFile((file) => files.push(file));
    expect(sent).toEqual([OPEN_FILE_READY_CHANNEL]);
    emit(MENU_COMMAND_CHANNEL, 'undo');
    emit(MENU_COMMAND_CHANNEL, 'rm -rf');
    emit(OPEN_FILE_CHANNEL, { path: '/a.offsite', kind: 'offsite', update: new Uint8Array([1]) });
    emit(OPEN_FILE_CHANNEL, { path: '/a.offsite', kind: 'offsite', update: 'nope' });
    expect(commands).toEqual(['undo']);
    expect(files).toEqual([{ path: '/a.offsite', kind: 'offsite', update: new Uint8Array([1]) }]);
    offMenu();
    offFile();
    expect(listeners.get(MENU_COMMAND_CHANNEL)?.size).toBe(0);
    expect(listeners.get(OPEN_FILE_CHANNEL)?.size).toBe(0);
    emit(MENU_COMMAND_CHANNEL, 'redo');
    expect(commands).toEqual(['undo']);
  });

  it('tells the window about a file from the OS that could not be read, with its words', async () => {
    const { api, emit, listeners } = loopback(OWN, handlers().h);
    const failures: OpenFileFailure[] = [];
    const off = api.onOpenFileFailed((failure) => failures.push(failure));
    const missing = join(dir, 'gone.offsite');
    const error = await readWorkshopFile(missing).catch((e: unknown) => e);
    emit(OPEN_FILE_FAILED_CHANNEL, openFileFailure(missing, error));
    emit(OPEN_FILE_FAILED_CHANNEL, { path: missing, message: 42 });
    emit(OPEN_FILE_FAILED_CHANNEL, { path: missing, message: 'x', words: { key: 'rm -rf' } });
    expect(failures).toEqual([
      {
        path: missing,
        message: `cannot read ${missing}: no such file`,
        words: { key: 'readMissing', params: { path: missing, why: expect.any(String) } },
      },
    ]);
    expect(sayFileError(fixedT('it'), failures[0]!.words!)).toBe(
      `Impossibile leggere ${missing}: il file non esiste`,
    );
    off();
    expect(listeners.get(OPEN_FILE_FAILED_CHANNEL)?.size).toBe(0);
  });
});
