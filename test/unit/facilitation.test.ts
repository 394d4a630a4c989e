import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addTimerMinute,
  clockOffsetMs,
  closeVote,
  lockStep,
  openVote,
  pauseTimer,
  readRoomState,
  resetTimer,
  resumeTimer,
  revealVote,
  roomMap,
  setFollow,
  startTimer,
  timerRemainingMs,
  unlockStep,
} from '../../shared/model';

describe('facilitation state', () => {
  it('locks and unlocks steps', () => {
    const doc = new Y.Doc();
    lockStep(doc, 'alignment');
    lockStep(doc, 'okrs');
    expect(readRoomState(doc).locks).toEqual(['alignment', 'okrs']);
    unlockStep(doc, 'alignment');
    expect(readRoomState(doc).locks).toEqual(['okrs']);
  });

  it('sets follow mode', () => {
    const doc = new Y.Doc();
    expect(readRoomState(doc).follow).toBeNull();
    setFollow(doc, true, 'okrs');
    expect(readRoomState(doc).follow).toEqual({ on: true, step: 'okrs' });
  });

  it('runs a timer on the hub clock: start, pause, +1 min, resume, reset', () => {
    const doc = new Y.Doc();
    startTimer(doc, 'alignment', 300_000, 1_000_000);
    expect(readRoomState(doc).timer).toEqual({
      step: 'alignment',
      running: true,
      endsAt: 1_300_000,
      remainingMs: 300_000,
    });
    pauseTimer(doc, 1_100_000);
    expect(readRoomState(doc).timer).toMatchObject({ running: false, remainingMs: 200_000 });
    addTimerMinute(doc, 1_200_000);
    expect(readRoomState(doc).timer?.remainingMs).toBe(260_000);
    resumeTimer(doc, 2_000_000);
    expect(readRoomState(doc).timer).toMatchObject({ running: true, endsAt: 2_260_000 });
    addTimerMinute(doc, 2_000_000);
    expect(readRoomState(doc).timer?.endsAt).toBe(2_320_000);
    resetTimer(doc);
    expect(readRoomState(doc).timer).toBeNull();
  });

  it('shows the same remaining time on devices whose clocks disagree', () => {
    const timer = {
      step: 'okrs' as const,
      running: true,
      endsAt: 10_000 + 60_000,
      remainingMs: 60_000,
    };
    // Hub clock reads 10 000 now. Device A is 5 s behind the hub, device B 3 s ahead.
    expect(timerRemainingMs(timer, 5_000, 5_000)).toBe(60_000);
    expect(timerRemainingMs(timer, 13_000, -3_000)).toBe(60_000);
    expect(timerRemainingMs(timer, 200_000, 0)).toBe(0);
    expect(timerRemainingMs({ ...timer, running: false, remainingMs: 42 }, 0, 0)).toBe(42);
    expect(timerRemainingMs(null, 0, 0)).toBe(0);
  });

  it('estimates the clock offset from a round trip', () => {
    expect(clockOffsetMs(1_000, 1_100, 6_050)).toBe(5_000);
  });

  it('keeps vote results hidden until revealed', () => {
    const doc = new Y.Doc();
    const id = openVote(doc, 'projects', 3);
    const voting = roomMap(doc).get('voting') as Y.Map<unknown>;
    voting.set('results', { p1: 2 });
    expect(readRoomState(doc).voting).toMatchObject({
      id,
      open: true,
      revealed: false,
      results: {},
    });
    closeVote(doc);
    expect(readRoomState(doc).voting?.open).toBe(false);
    revealVote(doc);
    expect(readRoomState(doc).voting).toMatchObject({ revealed: true, results: { p1: 2 } });
  });

  it('reads hostile room state without throwing', () => {
    const doc = new Y.Doc();
    const problems: string[] = [];
    const room = roomMap(doc);
    room.set('locks', 'all');
    room.set('follow', { on: 'yes', step: 'nowhere' });
    room.set('timer', { step: 'okrs', running: true, endsAt: 'soon', remainingMs: 1 });
    room.set('voting', 42);
    room.set('focus', { type: 'projects', id: 7 });
    room.set('spotlight', ['projects', 'p1']);
    expect(readRoomState(doc, (p) => problems.push(p.where))).toEqual({
      locks: [],
      follow: null,
      timer: null,
      voting: null,
      focus: null,
      spotlight: null,
    });
    expect(problems).toEqual([
      'room.locks',
      'room.follow',
      'room.timer',
      'room.voting',
      'room.focus',
      'room.spotlight',
    ]);
  });
});
