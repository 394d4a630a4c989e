import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.js, tested by planting bad imports: the repository's own
 * config lints a few lines under a made-up file name in each folder (the file need not
 * exist). If a rule stopped applying, `npm run lint` would stay green; this test would not.
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'local/import-patterns' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

const uses = (spec: string) => `import * as m from '${spec}';\nexport const used = m;\n`;

describe('lint: layers inside renderer/', () => {
  it('a feature importing another feature is reported', async () => {
    const messages = await layerMessages(
      'renderer/features/board/planted.ts',
      uses('../okrs/okr-coach'),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /renderer\/features\/board may not import renderer\/features\/okrs/,
    );
  });

  it('a feature importing the shell is reported', async () => {
    const messages = await layerMessages(
      'renderer/features/drumbeat/planted.ts',
      uses('../../app/workshop-shell'),
    );
    expect(messages).toHaveLength(1);
  });

  it('ui importing a feature, and state importing sync, are reported', async () => {
    expect(
      await layerMessages('renderer/ui/planted.ts', uses('../features/board/board-page')),
    ).toHaveLength(1);
    expect(
      await layerMessages('renderer/state/planted.ts', uses('../sync/room-connection')),
    ).toHaveLength(1);
  });

  it('what the layers allow is not reported', async () => {
    for (const [file, spec] of [
      ['renderer/features/board/planted.ts', '../../ui/modal-dialog'],
      ['renderer/features/board/planted.ts', './board-items'],
      ['renderer/features/room/planted.ts', '../../sync/room-connection'],
      ['renderer/app/planted.ts', '../features/okrs/okrs-page'],
      ['renderer/ui/planted.ts', '../state/workshop-context'],
    ] as const)
      expect(await layerMessages(file, uses(spec)), `${file} -> ${spec}`).toEqual([]);
  });

  it('a dynamic import counts too', async () => {
    const messages = await layerMessages(
      'renderer/features/home/planted.ts',
      "export const load = () => import('../room/room-panel');\n",
    );
    expect(messages).toHaveLength(1);
  });
});

describe('lint: allow-lists inside electron/', () => {
  it('preload importing the hub is reported', async () => {
    const messages = await layerMessages('electron/preload/planted.ts', uses('../hub/hub'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/electron\/preload may not import electron\/hub\/hub/);
  });

  it('preload importing anything but Electron is reported', async () => {
    expect(await layerMessages('electron/preload/planted.ts', uses('yjs'))).toHaveLength(1);
    expect(await layerMessages('electron/preload/planted.ts', uses('electron'))).toEqual([]);
  });

  it('storage importing the hub, and the hub importing main or Electron, are reported', async () => {
    expect(await layerMessages('electron/storage/planted.ts', uses('../hub/hub'))).toHaveLength(1);
    expect(await layerMessages('electron/hub/planted.ts', uses('../main/menu'))).toHaveLength(1);
    // A file the hub's restructuring may add in a subfolder is covered as well.
    expect(
      await layerMessages('electron/hub/extensions/planted.ts', uses('electron')),
    ).toHaveLength(1);
  });

  it('the server importing main or Electron, and the hub importing the server, are reported', async () => {
    expect(await layerMessages('electron/server/planted.ts', uses('../main/menu'))).toHaveLength(1);
    expect(await layerMessages('electron/server/planted.ts', uses('electron'))).toHaveLength(1);
    expect(await layerMessages('electron/hub/planted.ts', uses('../server/server'))).toHaveLength(
      1,
    );
  });

  it('what the allow-lists name is not reported', async () => {
    for (const [file, spec] of [
      ['electron/main/planted.ts', '../hub/hub'],
      ['electron/main/planted.ts', '../storage/workshop-file'],
      ['electron/cli/commands/planted.ts', '../../export/fonts'],
      ['electron/hub/planted.ts', '../storage/atomic-write'],
      ['electron/cli/commands/planted.ts', '../../server/server'],
      ['electron/server/planted.ts', '../hub/admission'],
      ['electron/preload/planted.ts', '../../shared/protocol/ipc'],
    ] as const)
      expect(await layerMessages(file, uses(spec)), `${file} -> ${spec}`).toEqual([]);
  });
});
