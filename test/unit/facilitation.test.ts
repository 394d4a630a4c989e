import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addTimerMinute,
  clockOffsetMs,
  closeVote,
  lockStep,
  openVote,
  clearVote,
  createObjective,
  createProject,
  deleteProject,
  pauseTimer,
  readRoomState,
  readVoteHistory,
  updateProject,
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
    room.set('meeting', { team: 'Sales', week: 'next tuesday' });
    expect(readRoomState(doc, (p) => problems.push(p.where))).toEqual({
      locks: [],
      follow: null,
      timer: null,
      voting: null,
      focus: null,
      spotlight: null,
      meeting: null,
    });
    expect(problems).toEqual([
      'room.locks',
      'room.follow',
      'room.timer',
      'room.voting',
      'room.focus',
      'room.spotlight',
      'room.meeting',
    ]);
  });

  it('a vote carries its question and its ballot; clearing keeps it as an earlier round', () => {
    const doc = new Y.Doc();
    const p1 = createProject(doc, { title: 'Parts prediction' });
    const p2 = createProject(doc, { title: 'Chat' });
    const id = openVote(doc, 'projects', 2, { question: '  Which first?  ', items: [p1, p2] });
    expect(readRoomState(doc).voting).toMatchObject({
      id,
      question: 'Which first?',
      items: [p1, p2],
      voters: [],
    });
    const voting = roomMap(doc).get('voting') as Y.Map<unknown>;
    revealVote(doc);
    // What the hub writes on reveal: every item on the ballot, zeros too.
    voting.set('results', { [p1]: 3, [p2]: 0 });
    voting.set('ballots', 2);
    updateProject(doc, p1, { title: 'Parts prediction per job' });
    clearVote(doc);
    expect(readRoomState(doc).voting).toBeNull();
    deleteProject(doc, p2);
    const [round] = readVoteHistory(doc);
    expect(round).toMatchObject({ id, target: 'projects', question: 'Which first?', ballots: 2 });
    // Titles as they were when the round was put away: a deleted card still reads.
    expect(round!.rows).toEqual([
      { id: p1, title: 'Parts prediction per job', dots: 3 },
      { id: p2, title: 'Chat', dots: 0 },
    ]);
  });

  it('keeps the last ten rounds; an unrevealed vote is not a round', () => {
    const doc = new Y.Doc();
    const o = createObjective(doc, { title: 'Delight' });
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      ids.push(openVote(doc, 'objectives', 1, { question: `Round ${i}`, items: [o] }));
      revealVote(doc);
      // Rounds put away in the same millisecond still keep their order of age.
      const history = roomMap(doc).get('voteHistory') as Y.Map<{ at: number }> | undefined;
      for (const [key, round] of history?.entries() ?? [])
        history!.set(key, { ...round, at: ids.indexOf(key) });
    }
    openVote(doc, 'objectives', 1);
    clearVote(doc);
    const rounds = readVoteHistory(doc);
    expect(rounds).toHaveLength(10);
    expect(rounds.map((r) => r.question)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Round ${11 - i}`),
    );
  });

  it('reads hostile vote history without throwing', () => {
    const doc = new Y.Doc();
    const history = new Y.Map<unknown>();
    roomMap(doc).set('voteHistory', history);
    history.set('a', 'nonsense');
    history.set('b', { target: 'projects', at: 5, rows: [{ id: 'p', dots: -1 }, 7, { id: 'q' }] });
    history.set('c', { target: 'elsewhere', at: 1 });
    expect(readVoteHistory(doc)).toEqual([
      { id: 'b', target: 'projects', question: '', at: 5, ballots: 0, rows: [] },
    ]);
    roomMap(doc).set('voteHistory', 12);
    expect(readVoteHistory(doc)).toEqual([]);
  });
});
