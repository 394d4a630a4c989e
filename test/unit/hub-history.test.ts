// The history extension (electron/hub/history.ts) as a plain object: real files, a fake
// clock, messages as Hocuspocus hands them to beforeHandleMessage.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Document,
  type afterLoadDocumentPayload,
  type beforeHandleMessagePayload,
} from '@hocuspocus/server';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { HubHistory, type HubHistoryOptions } from '../../electron/hub/history';
import { readHistoryFile } from '../../electron/hub/history-store';
import { createProject, deleteProject, encodeHistoryFile, readWorkshop } from '../../shared/model';
import { syncUpdate } from '../integration/hub-helpers';
import { sampleDoc } from '../support/sample-workshop';

const ROOM = 'room-1';

/** A history on a hub document holding the sample, and a peer whose updates reach it. */
async function setup(options: Partial<HubHistoryOptions> = {}, path?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'offsite-hub-history-'));
  const file = path ?? join(dir, 'w.offsite.history');
  let clock = 1_000_000;
  const logs: string[] = [];
  const history = await HubHistory.open({
    path: file,
    room: ROOM,
    now: () => clock,
    log: (m) => logs.push(m),
    ...options,
  });
  const document = new Document(ROOM);
  const peer = sampleDoc();
  Y.applyUpdate(document, Y.encodeStateAsUpdate(peer));
  await history.afterLoadDocument({ document } as afterLoadDocumentPayload);
  /** The peer's edit, seen by the history first, then applied to the hub's document. */
  const send = async (edit: (doc: Y.Doc) => void) => {
    const updates: Uint8Array[] = [];
    const listen = (u: Uint8Array) => updates.push(u);
    peer.on('update', listen);
    edit(peer);
    peer.off('update', listen);
    const update = Y.mergeUpdates(updates);
    await history.beforeHandleMessage({
      update: syncUpdate(ROOM, update),
      document,
      context: { role: 'participant' },
    } as unknown as beforeHandleMessagePayload);
    Y.applyUpdate(document, update);
  };
  return {
    history,
    document,
    peer,
    send,
    file,
    logs,
    tick: (ms: number) => (clock += ms),
  };
}

const projectIds = (doc: Y.Doc) => readWorkshop(doc).projects.map((p) => p.id);

describe('the history extension', () => {
  it('keeps the opening state, then a point before a bulk deletion, at most one per gap', async () => {
    const t = await setup({ beforeDeleteGapMs: 5000 });
    expect(t.history.list().map((p) => p.kind)).toEqual(['opened']);
    const [a, b, c, d, e] = projectIds(t.peer);
    createProject(t.document, { title: 'an edit on the hub' });
    // Two records: not a bulk deletion.
    await t.send((doc) => [a, b].forEach((id) => deleteProject(doc, id!)));
    expect(t.history.list().length).toBe(1);
    // Three: a point first, holding them.
    await t.send((doc) => [c, d, e].forEach((id) => deleteProject(doc, id!)));
    const list = t.history.list();
    expect(list.map((p) => p.kind)).toEqual(['opened', 'before-delete']);
    // Deleting a card also unlinks it from the key results naming it as an initiative.
    expect(list[1]!.summary).toBe(
      'before deleting 3 projects (after 2 edits: projects, key results; deleted 2 projects)',
    );
    expect(projectIds(docAt(t.history, 1))).toEqual(expect.arrayContaining([c, d, e]));
    // Another burst within the gap: no new point.
    t.tick(1000);
    await t.send((doc) => projectIds(doc).forEach((id) => deleteProject(doc, id)));
    expect(t.history.list().length).toBe(2);
    t.tick(5000);
    await t.send((doc) => [1, 2, 3].forEach((i) => createProject(doc, { title: `${i}` })));
    await t.send((doc) => projectIds(doc).forEach((id) => deleteProject(doc, id)));
    expect(t.history.list().map((p) => p.kind)).toEqual([
      'opened',
      'before-delete',
      'before-delete',
    ]);
    await t.history.close();
  });

  it('marks the newest point instead of adding a copy when nothing changed since', async () => {
    const t = await setup();
    await t.send((doc) => projectIds(doc).forEach((id) => deleteProject(doc, id)));
    expect(t.history.list().map((p) => [p.kind, p.summary])).toEqual([
      ['before-delete', 'before deleting 9 projects'],
    ]);
    await t.history.close();
  });

  it('writes every point to the file, and the last edits on close', async () => {
    const t = await setup();
    await t.send((doc) => createProject(doc, { title: 'late' }));
    await t.history.close();
    const stored = await readHistoryFile(t.file);
    expect(stored!.workshopId).toBe(ROOM);
    expect(stored!.points.map((p) => p.kind)).toEqual(['opened', 'edits']);
    expect(t.history.list().at(-1)!.summary).toBe('1 edit: projects');
  });

  it('starts a new history beside a file of another workshop, and sets an unreadable one aside', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offsite-hub-history-'));
    const other = join(dir, 'other.history');
    writeFileSync(other, encodeHistoryFile({ workshopId: 'another', points: [] }));
    const t = await setup({}, other);
    expect(t.logs.join('\n')).toMatch(/of workshop another, not room-1/);
    expect(t.history.list().length).toBe(1);
    await t.history.close();

    const corrupt = join(dir, 'corrupt.history');
    writeFileSync(corrupt, 'OFFSITE-HISTORY\ngarbage');
    const u = await setup({}, corrupt);
    expect(u.logs.join('\n')).toMatch(/cannot be read .* moved to/);
    expect(readdirSync(dir).some((name) => name.startsWith('corrupt.history.unreadable-'))).toBe(
      true,
    );
    await u.history.close();
    expect(existsSync(corrupt)).toBe(true);
  });

  it('never refuses a message it cannot read (the policy guard has the say)', async () => {
    const t = await setup();
    await expect(
      t.history.beforeHandleMessage({
        update: syncUpdate(ROOM, new Uint8Array([9, 9, 9])),
        document: t.document,
        context: { role: 'facilitator' },
      } as unknown as beforeHandleMessagePayload),
    ).resolves.toBeUndefined();
    expect(t.logs.join('\n')).toMatch(/could not read an update/);
    await t.history.close();
  });
});

function docAt(history: HubHistory, at: number): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, history.stateAt(history.points[at]!.at)!.state);
  return doc;
}
