import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fileErrorWords } from '../../electron/main/file-error-words';
import { toSaveError, writeFileAtomic } from '../../electron/storage/atomic-write';
import { readWorkshopFile, saveWorkshopDoc } from '../../electron/storage/workshop-file';
import { fixedT, i18n } from '../../shared/i18n';
import {
  decodeOffsiteFile,
  encodeOffsiteFile,
  initWorkshop,
  encodeOffsiteParts,
  SCHEMA_VERSION,
} from '../../shared/model';
import {
  attachFileErrorWords,
  detachFileErrorWords,
  sayFileError,
  withFileErrorWords,
  WordedFileError,
  type FileErrorKey,
} from '../../shared/protocol/file-error';
import { createDesktopPlatform } from '../../renderer/platform/desktop';
import { messageOf } from '../../renderer/ui/notices';
import type { DesktopApi } from '../../shared/protocol/ipc';

/**
 * The desktop's file errors in the app's language (issue 13 §4): the main process sends a
 * key and its values beside its English message; the window says it in German or Italian
 * with the file's path, and in English exactly what main always said. Made here with real
 * files and the real storage code, each way a workshop file fails to open or save.
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'offsite-file-errors-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await i18n.changeLanguage('en');
});

const failure = (run: () => Promise<unknown>) =>
  run().then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as Error,
  );

async function offsiteFile(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

function validOffsite(): Uint8Array {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: 'Acme', cycle: '2027' });
  return encodeOffsiteFile(doc);
}

/** Every way a file fails, as storage throws it: [expected key, the error]. */
async function failures(): Promise<[FileErrorKey, Error][]> {
  const damaged = validOffsite();
  damaged[damaged.length - 1] = damaged.at(-1)! ^ 0xff;
  const current = decodeOffsiteFile(validOffsite());
  const newer = encodeOffsiteParts(
    { ...current.header, schemaVersion: SCHEMA_VERSION + 1 },
    current.update,
  );
  const badJson = JSON.parse(
    await readFile(join(__dirname, '..', 'fixtures', 'acme-2027.json'), 'utf8'),
  ) as { objectives: { keyResults: { target: unknown }[] }[] };
  badJson.objectives[0]!.keyResults[0]!.target = 'lots';
  const read = (path: string) => failure(() => readWorkshopFile(path));
  const doc = new Y.Doc();
  initWorkshop(doc, { title: 'Acme', cycle: '2027' });
  const unreadable = await offsiteFile('unreadable.offsite', 'OFFSITE\ngarbage');
  await mkdir(join(dir, 'a-folder.offsite'), { recursive: true });
  return [
    ['readMissing', await read(join(dir, 'missing.offsite'))],
    ['readFolder', await read(join(dir, 'a-folder.offsite'))],
    ['truncated', await read(await offsiteFile('empty.offsite', ''))],
    ['notOffsite', await read(await offsiteFile('photo.offsite', new Uint8Array([0xff, 0xd8])))],
    ['corrupt', await read(await offsiteFile('damaged.offsite', damaged))],
    ['newerSchema', await read(await offsiteFile('newer.offsite', newer))],
    ['notValid', await read(await offsiteFile('bad.json', JSON.stringify(badJson)))],
    ['wouldOverwrite', await failure(() => saveWorkshopDoc(unreadable, doc))],
    ['noFolder', await failure(() => saveWorkshopDoc(join(dir, 'nowhere', 'w.offsite'), doc))],
    ['saveIsFolder', await failure(() => writeFileAtomic(join(dir, 'a-folder.offsite'), 'x'))],
    ['diskFull', toSaveError(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }), '/w.offsite')],
    ['saveFailed', toSaveError(new Error('the disk said no'), '/w.offsite')],
  ];
}

describe('a file error the main process sends', () => {
  it('has words that say, in English, main’s message word for word', async () => {
    const seen: string[] = [];
    for (const [key, error] of await failures()) {
      const words = fileErrorWords(error);
      expect(words?.key, `${key}: ${error.message}`).toBe(key);
      expect(sayFileError(fixedT('en'), words!)).toBe(error.message);
      seen.push(key);
    }
    expect(seen).toHaveLength(12);
  });

  it('says it in German and Italian with the path, and no English sentence', async () => {
    for (const [key, error] of await failures()) {
      const words = fileErrorWords(error)!;
      const english = sayFileError(fixedT('en'), words);
      for (const language of ['de', 'it'] as const) {
        const text = sayFileError(fixedT(language), words);
        expect(text, `${key} in ${language}`).toContain(String(words.params.path ?? ''));
        expect(text).not.toBe(english);
        expect(text).not.toMatch(/\b(cannot|could not|refusing|while saving|is not a valid)\b/);
        // The problem lines of a malformed file stay as the validator wrote them.
        for (const line of words.details ?? []) expect(text).toContain(`  ${line}`);
      }
    }
  });

  it('has no words when its message is not one the catalogue says (never a wrong sentence)', () => {
    const odd = Object.assign(new Error('cannot read /a.offsite: something new'), {
      name: 'WorkshopFileError',
      path: '/a.offsite',
      reason: 'unreadable',
      problems: [],
      cause: Object.assign(new Error('ENOENT'), { code: 'ENOENT' }),
    });
    expect(fileErrorWords(odd)).toBeNull();
    expect(fileErrorWords(new Error('boom'))).toBeNull();
  });
});

describe('the words on their way to the window', () => {
  const words = { key: 'readMissing', params: { path: '/home/ann/q3.offsite' } } as const;

  it('ride on the message across the context bridge and come off intact', () => {
    const message = attachFileErrorWords('cannot read /home/ann/q3.offsite: no such file', words);
    expect(detachFileErrorWords(message)).toEqual({
      message: 'cannot read /home/ann/q3.offsite: no such file',
      words,
    });
    const error = withFileErrorWords(new Error(message));
    expect(error).toBeInstanceOf(WordedFileError);
    expect((error as WordedFileError).message).toBe(
      'cannot read /home/ann/q3.offsite: no such file',
    );
    // Anything else is left as it is; a forged marker gives no words, only the message.
    const plain = new Error('appInfo: not allowed from this page');
    expect(withFileErrorWords(plain)).toBe(plain);
    const forged = withFileErrorWords(new Error('x\u0000offsite-file-error\u0000{"key":"rm"}'));
    expect(forged).not.toBeInstanceOf(WordedFileError);
    expect((forged as Error).message).toBe('x');
  });

  it('are said by the desktop platform in the app’s language, with the path', async () => {
    const rejecting = {
      openWorkshopPath: () =>
        Promise.reject(new Error(attachFileErrorWords('cannot read …: no such file', words))),
      importJsonFile: () =>
        Promise.resolve({
          ok: false,
          path: '/home/ann/q3.offsite',
          message: 'q3.offsite is an Offsite workshop file, not JSON: open it with Open… instead',
          words: { key: 'notJson', params: { name: 'q3.offsite' } },
          problems: [],
        }),
    } as unknown as DesktopApi;
    const desktop = createDesktopPlatform(rejecting);
    await i18n.changeLanguage('de');
    const error = await failure(() => desktop.openRecentFile('/home/ann/q3.offsite'));
    expect(messageOf(error)).toBe(
      '/home/ann/q3.offsite kann nicht gelesen werden: Die Datei existiert nicht',
    );
    expect(await desktop.importJsonFile()).toMatchObject({
      ok: false,
      message: 'q3.offsite ist eine Offsite-Workshopdatei, kein JSON: mit „Öffnen“ öffnen',
    });
    await i18n.changeLanguage('en');
    expect(messageOf(error)).toBe('cannot read /home/ann/q3.offsite: no such file');
  });
});
