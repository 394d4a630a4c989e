// The policy table (shared/protocol/policy.ts), cell by cell: who may write which part of
// the doc, locked or not, and who may send which room action. The expected table is
// written out here on purpose, not derived from the code under test.
import { describe, expect, it } from 'vitest';
import {
  ACTION_ACCESS,
  isReadOnly,
  mayDo,
  mayWrite,
  partOf,
  type RoomAction,
} from '../../shared/protocol/policy';
import { STEPS, type Role, type Step } from '../../shared/protocol/room';

const ROLES: readonly Role[] = ['facilitator', 'participant', 'viewer'];

/** Every part a step owns: [root, meta key or null]. */
const STEP_PARTS: Record<Step, readonly (readonly [string, string | null])[]> = {
  onepager: [
    ['onePager', 'purpose'],
    ['focusAreas', 'f1'],
    ['notDoing', 'n1'],
    ['metrics', 'm1'],
    ['meta', 'title'],
    ['meta', 'cycle'],
  ],
  alignment: [['projects', 'p1']],
  okrs: [
    ['objectives', 'o1'],
    ['keyResults', 'k1'],
    ['dismissals', 'd1'],
  ],
  review: [],
  drumbeat: [
    ['checkIns', 'c1'],
    ['grades', 'k1'],
    ['retrospectives', 'o1'],
    ['cycleRetro', 'worked'],
    // The cycle's dates and check-in day: the Drumbeat's cycle settings edit them.
    ['meta', 'cycleStart'],
    ['meta', 'cycleEnd'],
    ['meta', 'checkInWeekday'],
  ],
};

/** Parts outside the steps, and who may write each: [facilitator, participant, viewer]. */
const OTHER_PARTS: readonly (readonly [
  string,
  string | null,
  readonly [boolean, boolean, boolean],
])[] = [
  // Facilitation state: the room map, whatever key.
  ['room', 'locks', [true, false, false]],
  ['room', 'timer', [true, false, false]],
  ['room', 'follow', [true, false, false]],
  ['room', 'voting', [true, false, false]],
  // The agreement: the facilitator's call (issue 12).
  ['meta', 'agreed', [true, false, false]],
  ['meta', 'agreedBy', [true, false, false]],
  ['meta', 'agreedAt', [true, false, false]],
  // The room's language: the facilitator's setting (issue 13).
  ['meta', 'language', [true, false, false]],
  // Identity and format: the hub's alone, not even the facilitator's (issue 15).
  ['meta', 'id', [false, false, false]],
  ['meta', 'schemaVersion', [false, false, false]],
  ['meta', 'identity', [false, false, false]],
  // The link to the previous cycle and its summary: written once, when the cycle starts.
  ['meta', 'previousCycle', [false, false, false]],
  ['meta', null, [false, false, false]],
  // What no step owns: every edit stamps updatedAt.
  ['meta', 'updatedAt', [true, true, false]],
  ['somethingNew', 'x', [true, true, false]],
];

describe('writes: role × part', () => {
  for (const step of STEPS) {
    for (const [root, key] of STEP_PARTS[step]) {
      const name = key && root === 'meta' ? `meta.${key}` : root;
      it(`${name} belongs to ${step}: the facilitator always, a participant unless locked, a viewer never`, () => {
        const part = partOf(root, key);
        expect(part).toEqual({ kind: 'step', step });
        const others = STEPS.filter((s) => s !== step);
        expect(mayWrite('facilitator', part, [])).toBe(true);
        expect(mayWrite('facilitator', part, [step])).toBe(true);
        expect(mayWrite('participant', part, [])).toBe(true);
        expect(mayWrite('participant', part, others)).toBe(true);
        expect(mayWrite('participant', part, [step])).toBe(false);
        expect(mayWrite('participant', part, STEPS)).toBe(false);
        expect(mayWrite('viewer', part, [])).toBe(false);
      });
    }
  }

  for (const [root, key, expected] of OTHER_PARTS) {
    const name = root === 'meta' ? `meta.${key ?? '(no key)'}` : `${root}.${key}`;
    it(`${name}: facilitator ${expected[0]}, participant ${expected[1]}, viewer ${expected[2]}, locked or not`, () => {
      const part = partOf(root, key);
      for (const locks of [[], STEPS] as const) {
        expect(ROLES.map((role) => mayWrite(role, part, locks))).toEqual(expected);
      }
    });
  }

  it('a write the hub cannot place yet: only the facilitator’s goes through', () => {
    const part = { kind: 'unplaced' } as const;
    expect(ROLES.map((role) => mayWrite(role, part, []))).toEqual([true, false, false]);
  });

  it('the viewer is read-only, and only the viewer', () => {
    expect(ROLES.map(isReadOnly)).toEqual([false, false, true]);
  });
});

describe('room actions: role × action', () => {
  const expected: Record<RoomAction, readonly [boolean, boolean, boolean]> = {
    hello: [true, true, true],
    vote: [true, true, false],
    // A participant may show a late arrival the join link (issue 12); a projector may not.
    'see-join-link': [true, true, false],
    'see-links': [true, false, false],
    'rotate-links': [true, false, false],
    'remove-participant': [true, false, false],
    broadcast: [true, false, false],
    history: [true, false, false],
  };
  it('lists every action', () => {
    expect(Object.keys(ACTION_ACCESS.facilitator).sort()).toEqual(Object.keys(expected).sort());
  });
  for (const [action, cells] of Object.entries(expected)) {
    it(`${action}: facilitator ${cells[0]}, participant ${cells[1]}, viewer ${cells[2]}`, () => {
      expect(ROLES.map((role) => mayDo(role, action as RoomAction))).toEqual(cells);
    });
  }
});
