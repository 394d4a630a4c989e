// Issue 15 item 3: the hub's field limits and its measure of what an update costs
// (electron/hub/update-limits.ts, growth.ts), and the one-at-a-time lane for large frames
// (large-frames.ts, item 4), as plain functions.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createProjects, initWorkshop, LIMITS, onePagerText } from '../../shared/model';
import { DocumentSize, GrowthBudget } from '../../electron/hub/growth';
import { GuardRefusal } from '../../electron/hub/guard';
import { LargeFrameLane } from '../../electron/hub/large-frames';
import { checkUpdate } from '../../electron/hub/update-guard';
import { fieldLimitAt, measureUpdate } from '../../electron/hub/update-limits';
import { newStructCount } from '../../electron/hub/update-census';
import { UpdateScan } from '../../electron/hub/update-scan';

function hubDoc(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { id: 'room-1' });
  return doc;
}

/** The update `change` makes on a copy of `hub`, as a peer would send it. */
function edit(hub: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(hub));
  const sv = Y.encodeStateVector(hub);
  change(peer);
  return Y.encodeStateAsUpdate(peer, sv);
}

function refusal(run: () => unknown): GuardRefusal | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof GuardRefusal) return error;
    throw error;
  }
}

describe('the field limits the hub holds peers to (issue 15 item 3)', () => {
  it('are the UI’s, read from the record specs', () => {
    expect(fieldLimitAt(['projects', 'p-1', 'title'])).toEqual({
      name: 'projects.title',
      limit: LIMITS.shortText,
    });
    expect(fieldLimitAt(['projects', 'p-1', 'rationale']).limit).toBe(LIMITS.longText);
    expect(fieldLimitAt(['objectives', 'o-1', 'team']).limit).toBe(LIMITS.shortText);
    expect(fieldLimitAt(['keyResults', 'k-1', 'metric']).limit).toBe(LIMITS.shortText);
    expect(fieldLimitAt(['checkIns', 'c-1', 'note']).limit).toBe(LIMITS.longText);
    expect(fieldLimitAt(['meta', 'title']).limit).toBe(LIMITS.shortText);
    expect(fieldLimitAt(['meta', 'id']).limit).toBe(LIMITS.idLength);
    expect(fieldLimitAt(['onePager', 'vision', null]).limit).toBe(LIMITS.longText);
    // A field with no text of its own, an unknown field, an unknown root: 20 000.
    expect(fieldLimitAt(['projects', 'p-1', 'focusAreaIds']).limit).toBe(LIMITS.longText);
    expect(fieldLimitAt(['projects', 'p-1', 'notAField']).limit).toBe(LIMITS.longText);
    expect(fieldLimitAt(['somethingElse', 'x']).limit).toBe(LIMITS.longText);
  });

  it('a one-pager text counts the characters the update deletes exactly: deleting one to add 19 999 to a full text is refused', () => {
    const hub = hubDoc();
    Y.applyUpdate(
      hub,
      edit(hub, (d) => onePagerText(d, 'purpose').insert(0, 'a'.repeat(LIMITS.longText))),
    );
    const sneaky = edit(hub, (d) => {
      const text = onePagerText(d, 'purpose');
      text.delete(0, 1);
      text.insert(0, 'b'.repeat(LIMITS.longText - 1));
    });
    expect(refusal(() => checkUpdate(hub, sneaky, 'facilitator'))?.reason).toBe(
      'too long: onePager.purpose (over 20000 characters)',
    );
    const fair = edit(hub, (d) => {
      const text = onePagerText(d, 'purpose');
      text.delete(0, 5000);
      text.insert(0, 'c'.repeat(5000));
    });
    expect(refusal(() => checkUpdate(hub, fair, 'facilitator'))).toBeNull();
  });

  it('a text already over the limit (written before there was one) may still shrink', () => {
    const hub = hubDoc();
    // Written straight into the hub's doc, as an older hub would have let it in.
    onePagerText(hub, 'customers').insert(0, 'x'.repeat(LIMITS.longText + 100));
    const shorter = edit(hub, (d) => onePagerText(d, 'customers').delete(0, 50));
    expect(refusal(() => checkUpdate(hub, shorter, 'participant'))).toBeNull();
  });

  it('keys longer than 100 characters and subdocuments are refused', () => {
    const hub = hubDoc();
    const longKey = edit(hub, (d) => d.getMap('meta').set('k'.repeat(101), 1));
    expect(refusal(() => checkUpdate(hub, longKey, 'facilitator'))?.code).toBe(4413);
    const subdoc = edit(hub, (d) => d.getMap('projects').set('p', new Y.Doc() as never));
    expect(refusal(() => checkUpdate(hub, subdoc, 'facilitator'))?.reason).toMatch(/subdocument/);
  });

  it('are off when the hub is told so (for tests of what clients do with bad data)', () => {
    const hub = hubDoc();
    const long = edit(hub, (d) => d.getMap('meta').set('title', 'x'.repeat(100_000)));
    expect(refusal(() => measureUpdate(new UpdateScan(hub, long), false))).toBeNull();
    expect(refusal(() => measureUpdate(new UpdateScan(hub, long), true))?.code).toBe(4413);
  });
});

describe('the hub’s measure of a workshop (issue 15 item 3)', () => {
  it('is never below the encoded size, in any script, so a cap in MiB bounds the file too', () => {
    for (const text of ['plain ASCII text. ', 'Ελληνικά και кириллица ', '数据漢字テスト 😀 ']) {
      const doc = hubDoc();
      createProjects(
        doc,
        Array.from({ length: 40 }, (_, i) => ({ title: `${i}`, rationale: text.repeat(500) })),
      );
      expect(DocumentSize.measure(doc)).toBeGreaterThanOrEqual(Y.encodeStateAsUpdate(doc).length);
    }
  });

  it('an update costs what the document grows by when it is applied', () => {
    const hub = hubDoc();
    const update = edit(hub, (d) =>
      createProjects(
        d,
        Array.from({ length: 30 }, (_, i) => ({ title: `p${i}`, description: 'd'.repeat(1000) })),
      ),
    );
    const before = DocumentSize.measure(hub);
    const cost = measureUpdate(new UpdateScan(hub, update));
    Y.applyUpdate(hub, update);
    const grown = DocumentSize.measure(hub) - before;
    // Yjs merges some neighbouring items once applied: the estimate may only be higher.
    expect(cost).toBeGreaterThanOrEqual(grown);
    expect(cost).toBeLessThan(grown * 1.5);
  });

  it('the growth budget refills by the minute, per address', () => {
    const budget = new GrowthBudget(1000, 600);
    expect(budget.take('a', 900, 0)).toBe(true);
    expect(budget.take('a', 200, 0)).toBe(false);
    expect(budget.take('b', 900, 0)).toBe(true);
    // 600 a minute: after 10 s, 100 more.
    expect(budget.take('a', 200, 10_000)).toBe(true);
    expect(budget.take('a', 1, 10_000)).toBe(false);
  });
});

describe('counting new structs without decoding them (issue 15 item 3)', () => {
  it('agrees with a full decode, whatever the content, and skips what the hub holds', () => {
    const hub = hubDoc();
    const updates = [
      edit(hub, (d) =>
        createProjects(d, [{ title: 'Ελληνικά 数据 😀', rationale: 'x'.repeat(300) }]),
      ),
      edit(hub, (d) => onePagerText(d, 'vision').insert(0, 'abc 漢字 😀 def')),
      edit(hub, (d) => {
        const record = new Y.Map<unknown>();
        d.getMap('projects').set('tiny', record);
        for (let i = 0; i < 500; i++) record.set(`k${i}`, i % 3 ? `v${i}` : { n: [i, null, true] });
        d.getArray('list').insert(0, [new Uint8Array([1, 2, 3]), 'str', 4]);
        d.getXmlFragment('xml').insert(0, [new Y.XmlElement('p'), new Y.XmlText('t')]);
      }),
    ];
    for (const update of updates) {
      const decoded = new UpdateScan(hub, update);
      const fresh = decoded.structs.filter((s) => decoded.isNew(s)).length;
      expect(fresh).toBeGreaterThan(0);
      expect(newStructCount(hub, update)).toBe(fresh);
      Y.applyUpdate(hub, update);
      // Sent again (a resync): nothing is new any more.
      expect(newStructCount(hub, update)).toBe(0);
    }
    expect(newStructCount(hub, new Uint8Array([200, 1, 2]))).toBe(0);
  });
});

describe('large frames, one at a time (issue 15 item 4)', () => {
  it('a second socket starting a large frame is told to try again until the first one’s is handled', () => {
    const lane = new LargeFrameLane();
    const [a, b] = [{}, {}];
    expect(lane.enter(a)).toBe(true);
    expect(lane.enter(a)).toBe(true);
    expect(lane.enter(b)).toBe(false);
    lane.leave(b);
    expect(lane.enter(b)).toBe(false);
    lane.leave(a);
    expect(lane.enter(b)).toBe(true);
  });
});
