import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  readRoomState,
  roomMap,
  setFacilitatorStep,
  setFocus,
  setFollow,
  setSpotlight,
  type ReadProblem,
} from '../../shared/model';
import { buildPresentUrl, parseJoinLink, ROOM_KEYS } from '../../shared/protocol/room';
import { presentColumnWindow } from '../../renderer/features/present/board-window';

const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';

function problemsOf(doc: Y.Doc): ReadProblem[] {
  const problems: ReadProblem[] = [];
  readRoomState(doc, (p) => problems.push(p));
  return problems;
}

describe('the stage: the facilitator’s step, focus and spotlight in the room map', () => {
  it('records the facilitator’s step with follow mode off, and keeps follow mode as it is', () => {
    const doc = new Y.Doc();
    setFacilitatorStep(doc, 'alignment');
    expect(readRoomState(doc).follow).toEqual({ on: false, step: 'alignment' });
    setFollow(doc, true, 'alignment');
    setFacilitatorStep(doc, 'okrs');
    expect(readRoomState(doc).follow).toEqual({ on: true, step: 'okrs' });
  });

  it('writes nothing when the step or the focus did not change', () => {
    const doc = new Y.Doc();
    setFacilitatorStep(doc, 'okrs');
    setFocus(doc, { type: 'objectives', id: 'o1' });
    let updates = 0;
    doc.on('update', () => updates++);
    setFacilitatorStep(doc, 'okrs');
    setFocus(doc, { type: 'objectives', id: 'o1' });
    expect(updates).toBe(0);
  });

  it('drops the focus when the facilitator moves to another step', () => {
    const doc = new Y.Doc();
    setFacilitatorStep(doc, 'okrs');
    setFocus(doc, { type: 'keyResults', id: 'kr-1' });
    expect(readRoomState(doc).focus).toEqual({ type: 'keyResults', id: 'kr-1' });
    setFacilitatorStep(doc, 'drumbeat');
    expect(readRoomState(doc).focus).toBeNull();
  });

  it('sets and clears the focus and the spotlight', () => {
    const doc = new Y.Doc();
    setFocus(doc, { type: 'onePager', id: 'vision' });
    setSpotlight(doc, { type: 'projects', id: 'p-7', step: 'alignment' });
    expect(readRoomState(doc)).toMatchObject({
      focus: { type: 'onePager', id: 'vision' },
      spotlight: { type: 'projects', id: 'p-7', step: 'alignment' },
    });
    setFocus(doc, null);
    setSpotlight(doc, null);
    expect(readRoomState(doc)).toMatchObject({ focus: null, spotlight: null });
    expect(problemsOf(doc)).toEqual([]);
  });

  it('reports and ignores a bad focus or spotlight from a peer', () => {
    const doc = new Y.Doc();
    const room = roomMap(doc);
    const bad: [string, unknown][] = [
      [ROOM_KEYS.focus, { type: 'meta', id: 'title' }],
      [ROOM_KEYS.focus, { type: 'projects', id: '"]{}body{display:none}' }],
      [ROOM_KEYS.focus, 'projects'],
      [ROOM_KEYS.spotlight, { type: 'projects', id: 'p1' }],
      [ROOM_KEYS.spotlight, { type: 'projects', id: 'p1', step: 'nowhere' }],
      [ROOM_KEYS.spotlight, { type: 'objectives', id: 'x'.repeat(101), step: 'okrs' }],
    ];
    for (const [key, value] of bad) {
      room.set(key, value);
      const state = readRoomState(doc);
      expect(key === ROOM_KEYS.focus ? state.focus : state.spotlight).toBeNull();
      expect(problemsOf(doc).map((p) => p.where)).toEqual([`room.${key}`]);
      room.delete(key);
    }
  });
});

describe('the viewer’s link', () => {
  it('opens the presentation view, and parses back as a link to the same room', () => {
    const url = buildPresentUrl({
      host: '192.168.1.20',
      port: 4455,
      room: 'q1-room',
      token: TOKEN,
    });
    expect(url).toBe(`http://192.168.1.20:4455/#/present/q1-room?t=${TOKEN}`);
    expect(parseJoinLink(url)).toEqual({
      httpBase: 'http://192.168.1.20:4455',
      wsUrl: 'ws://192.168.1.20:4455/collab',
      room: 'q1-room',
      token: TOKEN,
      view: 'present',
    });
    expect(parseJoinLink(url.replace('/present/', '/join/'))?.view).toBe('join');
  });
});

describe('the projector’s board column', () => {
  /** Room for `n` cards, one fewer beside a "N more" line, two fewer beside two lines. */
  const room = (n: number) => ({ all: n, withOneLine: n - 1, withTwoLines: n - 2 });

  it('shows every card when they fit', () => {
    expect(presentColumnWindow(5, room(7), -1)).toEqual({ start: 0, end: 5, before: 0, after: 0 });
  });

  it('counts the rest in a line at the end', () => {
    const top = { start: 0, end: 6, before: 0, after: 494 };
    expect(presentColumnWindow(500, room(7), -1)).toEqual(top);
    expect(presentColumnWindow(500, room(7), 3)).toEqual(top);
  });

  it('shows a card pointed at far down, with what is before and after it counted', () => {
    const w = presentColumnWindow(500, room(7), 250);
    expect(w.end - w.start).toBe(5);
    expect(w.start).toBeLessThanOrEqual(250);
    expect(w.end).toBeGreaterThan(250);
    expect(w.before + (w.end - w.start) + w.after).toBe(500);
    expect(presentColumnWindow(500, room(7), 499)).toEqual({
      start: 495,
      end: 500,
      before: 495,
      after: 0,
    });
  });

  it('always shows at least one card', () => {
    expect(presentColumnWindow(500, room(0), -1)).toEqual({
      start: 0,
      end: 1,
      before: 0,
      after: 499,
    });
    expect(presentColumnWindow(500, room(1), 300)).toMatchObject({ start: 300, end: 301 });
  });
});
