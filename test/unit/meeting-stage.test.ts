import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  readRoomState,
  roomMap,
  setFacilitatorStep,
  setMeetingStage,
  type ReadProblem,
} from '../../shared/model';
import { followTarget } from '../../renderer/features/room/follow-target';
import { meetingHref, meetingOfHash } from '../../renderer/ui/meeting-route';

const CS = { team: 'Customer Success', week: '2027-01-12' };

describe('the weekly meeting on the stage (room.meeting)', () => {
  it('sets, keeps and clears the facilitator’s team and week, writing only on a change', () => {
    const doc = new Y.Doc();
    setMeetingStage(doc, CS);
    expect(readRoomState(doc).meeting).toEqual(CS);
    let updates = 0;
    doc.on('update', () => updates++);
    setMeetingStage(doc, { ...CS });
    expect(updates).toBe(0);
    setMeetingStage(doc, { ...CS, week: '2027-01-19' });
    expect(updates).toBe(1);
    setMeetingStage(doc, null);
    expect(readRoomState(doc).meeting).toBeNull();
    setMeetingStage(doc, null);
    expect(updates).toBe(2);
  });

  it('is kept on arriving at the Drumbeat and dropped on leaving it', () => {
    const doc = new Y.Doc();
    setFacilitatorStep(doc, 'review');
    // The meeting view publishes before the step layer does (children's effects run first).
    setMeetingStage(doc, CS);
    setFacilitatorStep(doc, 'drumbeat');
    expect(readRoomState(doc).meeting).toEqual(CS);
    setFacilitatorStep(doc, 'okrs');
    expect(readRoomState(doc).meeting).toBeNull();
  });

  it('reports and ignores a bad meeting from a peer', () => {
    const bad: unknown[] = [
      'Sales',
      { team: '', week: '2027-01-12' },
      { team: 'Sales', week: '2027-02-30' },
      { team: 'x'.repeat(501), week: '2027-01-12' },
      { team: 42, week: '2027-01-12' },
    ];
    for (const value of bad) {
      const doc = new Y.Doc();
      roomMap(doc).set('meeting', value);
      const problems: ReadProblem[] = [];
      expect(readRoomState(doc, (p) => problems.push(p)).meeting).toBeNull();
      expect(problems.map((p) => p.where)).toEqual(['room.meeting']);
    }
  });
});

describe('following the facilitator into the weekly meeting', () => {
  const hrefOf = (meeting: typeof CS) => meetingHref('w1', meeting);

  it('a meeting link round-trips its team and week, whatever the team’s characters', () => {
    const odd = { team: 'R&D / Ops? #1', week: '2027-01-12' };
    expect(meetingOfHash(hrefOf(odd))).toEqual(odd);
    expect(meetingOfHash('#/w/w1/drumbeat?view=meeting')).toBeNull();
    expect(meetingOfHash('#/w/w1/drumbeat?view=review&team=A&week=2027-01-12')).toBeNull();
    expect(meetingOfHash('#/w/w1/drumbeat?view=meeting&team=A&week=soon')).toBeNull();
  });

  it('sends a follower to the facilitator’s meeting, and nowhere once there', () => {
    const leader = { step: 'drumbeat' as const, meeting: CS };
    expect(followTarget('w1', leader, 'okrs', '#/w/w1/okrs')).toBe(hrefOf(CS));
    expect(followTarget('w1', leader, 'drumbeat', '#/w/w1/drumbeat')).toBe(hrefOf(CS));
    expect(followTarget('w1', leader, 'drumbeat', hrefOf(CS))).toBeNull();
    const other = { ...CS, team: 'Sales' };
    expect(followTarget('w1', leader, 'drumbeat', hrefOf(other))).toBe(hrefOf(CS));
  });

  it('without a meeting open, follows the step only, as before', () => {
    const leader = { step: 'drumbeat' as const, meeting: null };
    expect(followTarget('w1', leader, 'okrs', '#/w/w1/okrs')).toBe('#/w/w1/drumbeat');
    expect(followTarget('w1', leader, 'drumbeat', hrefOf(CS))).toBeNull();
    expect(followTarget('w1', { step: 'okrs', meeting: CS }, 'okrs', '#/w/w1/okrs')).toBeNull();
  });
});
