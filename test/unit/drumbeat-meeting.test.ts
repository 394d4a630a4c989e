import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  confidenceHistory,
  meetingOf,
  meetingsIn,
  meetingWeek,
  roundSummary,
  shiftWeek,
} from '../../shared/drumbeat';
import {
  addListItem,
  areaOfRoot,
  describeChanges,
  addWeeklyItem,
  collection,
  createUndoManager,
  deleteListItem,
  deleteWeeklyItem,
  docToJson,
  importWorkshopJson,
  moveWeeklyItem,
  openConfidenceRound,
  readConfidenceRound,
  recordAgreedConfidence,
  revealConfidenceRound,
  readWorkshop,
  setHealthRating,
  updateWeeklyItem,
  validateWorkshopJson,
  type CheckIn,
  type ReadProblem,
  type WorkshopJson,
} from '../../shared/model';
import { healthRatingKey } from '../../shared/model/records';
import { parseConfidence } from '../../shared/protocol/confidence';
import { STEP_OWNS } from '../../shared/protocol/room';
import { partOf } from '../../shared/protocol/policy';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/acme-2027.json', import.meta.url), 'utf8'),
) as WorkshopJson;

function imported(data: WorkshopJson): Y.Doc {
  const doc = new Y.Doc();
  importWorkshopJson(doc, data);
  return doc;
}

const SALES = { team: 'Sales', week: '2027-01-11' };

function lines(doc: Y.Doc, list: string, meeting = SALES) {
  return (readWorkshop(doc).weeklyItems ?? [])
    .filter((i) => i.team === meeting.team && i.week === meeting.week && i.list === list)
    .map((i) => i.text);
}

describe('the weekly meeting week', () => {
  const cycle = { cycleStart: '2027-01-06', cycleEnd: '2027-03-31', checkInWeekday: 1 };

  it('is the check-in day of the cycle week holding today, for a cycle starting mid-week', () => {
    // The cycle starts on a Wednesday: its first check-in Monday is 2027-01-11, whose week
    // reaches back to the start.
    expect(meetingWeek(cycle, '2027-01-06')).toBe('2027-01-11');
    expect(meetingWeek(cycle, '2027-01-14')).toBe('2027-01-11');
    expect(meetingWeek(cycle, '2027-01-15')).toBe('2027-01-18');
    expect(meetingWeek(cycle, '2026-12-01')).toBe('2027-01-11');
    expect(meetingWeek(cycle, '2027-06-01')).toBe('2027-03-29');
  });

  it('crosses a year end, and works without cycle dates', () => {
    const winter = { cycleStart: '2026-11-02', cycleEnd: '2027-01-29', checkInWeekday: 5 };
    expect(meetingWeek(winter, '2026-12-30')).toBe('2027-01-01');
    expect(shiftWeek('2026-12-25', 1)).toBe('2027-01-01');
    const none = { cycleStart: '', cycleEnd: '', checkInWeekday: 1 };
    expect(meetingWeek(none, '2027-01-08')).toBe('2027-01-11'); // Friday → next Monday
    expect(meetingWeek(none, '2027-01-07')).toBe('2027-01-04'); // Thursday → last Monday
    expect(meetingWeek(none, 'not a day')).toBeNull();
  });
});

describe('weekly meeting mutations', () => {
  it('adds, edits, moves and deletes lines per team, week and list; each is one undo step', () => {
    const doc = imported(fixture);
    const undo = createUndoManager(doc);
    const a = addWeeklyItem(doc, SALES, 'p1', '  Close the  Vienna pilot ')!;
    addWeeklyItem(doc, SALES, 'p1', 'Hire the DACH lead');
    addWeeklyItem(doc, { ...SALES, team: 'Ops' }, 'p1', 'Another team’s priority');
    addWeeklyItem(doc, { ...SALES, week: '2027-01-18' }, 'p1', 'Next week’s priority');
    expect(lines(doc, 'p1')).toEqual(['Close the Vienna pilot', 'Hire the DACH lead']);

    expect(addWeeklyItem(doc, SALES, 'p1', '   ')).toBeNull();
    expect(addWeeklyItem(doc, { ...SALES, team: ' ' }, 'p1', 'x')).toBeNull();
    expect(addWeeklyItem(doc, { ...SALES, week: '2027-02-30' }, 'p1', 'x')).toBeNull();

    moveWeeklyItem(doc, a, 'p1', 1);
    expect(lines(doc, 'p1')).toEqual(['Hire the DACH lead', 'Close the Vienna pilot']);
    moveWeeklyItem(doc, a, 'p2', 0);
    expect(lines(doc, 'p1')).toEqual(['Hire the DACH lead']);
    expect(lines(doc, 'p2')).toEqual(['Close the Vienna pilot']);

    undo.stopCapturing();
    updateWeeklyItem(doc, a, 'Close the Vienna pilot by Friday');
    expect(lines(doc, 'p2')).toEqual(['Close the Vienna pilot by Friday']);
    undo.undo();
    expect(lines(doc, 'p2')).toEqual(['Close the Vienna pilot']);
    undo.redo();
    expect(lines(doc, 'p2')).toEqual(['Close the Vienna pilot by Friday']);

    // An emptied line is a deleted line.
    undo.stopCapturing();
    updateWeeklyItem(doc, a, ' ');
    expect(lines(doc, 'p2')).toEqual([]);
    undo.undo();
    expect(lines(doc, 'p2')).toEqual(['Close the Vienna pilot by Friday']);
    expect(deleteWeeklyItem(doc, a)).toBe(true);
    expect(deleteWeeklyItem(doc, a)).toBe(false);
  });

  it('rates a health metric once per team and week: two people rating write one record', () => {
    const doc = imported(fixture);
    const metric = readWorkshop(doc).onePager.metrics[0]!.id;
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    setHealthRating(doc, SALES, metric, 'green');
    setHealthRating(peer, SALES, metric, 'red');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const mine = readWorkshop(doc).healthRatings!;
    expect(mine).toHaveLength(1);
    expect(readWorkshop(peer).healthRatings).toEqual(mine);
    expect(collection(doc, 'healthRatings').has(healthRatingKey('Sales', SALES.week, metric))).toBe(
      true,
    );

    expect(setHealthRating(doc, SALES, 'no-such-metric', 'green')).toBe(false);
    expect(setHealthRating(doc, SALES, metric, null)).toBe(true);
    expect(readWorkshop(doc).healthRatings).toEqual([]);
  });

  it('hides the ratings of a deleted metric, and brings them back with an undo', () => {
    const doc = imported(fixture);
    const undo = createUndoManager(doc);
    const metric = addListItem(doc, 'metrics', 'Churn under 2 %');
    setHealthRating(doc, SALES, metric, 'yellow');
    undo.stopCapturing();
    deleteListItem(doc, 'metrics', metric);
    expect(readWorkshop(doc).healthRatings).toEqual([]);
    undo.undo();
    expect(readWorkshop(doc).healthRatings).toMatchObject([{ metricId: metric, rating: 'yellow' }]);
  });

  it('belongs to the Drumbeat: locking the Drumbeat locks the meeting', () => {
    expect(STEP_OWNS.drumbeat.roots).toEqual(
      expect.arrayContaining(['weeklyItems', 'healthRatings']),
    );
    expect(partOf('weeklyItems', 'x')).toEqual({ kind: 'step', step: 'drumbeat' });
    expect(partOf('healthRatings', 'x')).toEqual({ kind: 'step', step: 'drumbeat' });
  });
});

describe('the weekly meeting in the interchange JSON', () => {
  function withMeeting(): WorkshopJson {
    const metric = fixture.onePager.metrics[0]!;
    return {
      ...structuredClone(fixture),
      weeklyItems: [
        { id: 'w1', team: 'Sales', week: '2027-01-11', list: 'p1', text: 'Close the pilot' },
        { id: 'w2', team: 'Sales', week: '2027-01-11', list: 'p1', text: 'Hire a lead' },
        { id: 'w3', team: 'Sales', week: '2027-01-11', list: 'wins', text: 'First order' },
        { id: 'w4', team: 'Sales', week: '2027-01-18', list: 'next', text: 'Trade fair' },
      ],
      healthRatings: [{ team: 'Sales', week: '2027-01-11', metric, rating: 'red' }],
    };
  }

  it('round-trips lines and ratings (a rating names its metric by text)', () => {
    const data = withMeeting();
    expect(validateWorkshopJson(data)).toMatchObject({ ok: true });
    const doc = imported(data);
    const problems: ReadProblem[] = [];
    readWorkshop(doc, (p) => problems.push(p));
    expect(problems).toEqual([]);
    expect(docToJson(doc)).toEqual(data);
    // Through a second import (the metrics get new ids) as well.
    expect(docToJson(imported(docToJson(doc)))).toEqual(data);
  });

  it('leaves both out when there is no meeting, so older files stay as they were', () => {
    const json = docToJson(imported(fixture));
    expect('weeklyItems' in json).toBe(false);
    expect('healthRatings' in json).toBe(false);
  });

  it('names the field of a bad line or an unknown metric', () => {
    const data = withMeeting() as unknown as Record<string, unknown>;
    (data.weeklyItems as Record<string, unknown>[])[1]!.list = 'p9';
    (data.weeklyItems as Record<string, unknown>[])[2]!.id = 'w1';
    (data.healthRatings as Record<string, unknown>[])[0]!.metric = 'Not on the one-pager';
    const result = validateWorkshopJson(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path).sort()).toEqual([
      'healthRatings[0].metric',
      'weeklyItems[1].list',
      'weeklyItems[2].id',
    ]);
  });

  it('reads a meeting per team and week, and history names what changed', () => {
    const doc = imported(withMeeting());
    const w = readWorkshop(doc);
    const meeting = meetingOf(w.weeklyItems!, w.healthRatings!, 'Sales', '2027-01-11');
    expect(meeting.lists.p1.map((i) => i.text)).toEqual(['Close the pilot', 'Hire a lead']);
    expect(meeting.lists.wins.map((i) => i.text)).toEqual(['First order']);
    expect([...meeting.ratings.values()]).toEqual(['red']);
    expect(meetingsIn(w).map((m) => `${m.team} ${m.week}`)).toEqual([
      'Sales 2027-01-11',
      'Sales 2027-01-18',
    ]);

    expect(areaOfRoot('weeklyItems')).toBe('weeklyItems');
    expect(areaOfRoot('healthRatings')).toBe('healthRatings');
    expect(
      describeChanges({
        edits: 3,
        areas: ['weeklyItems', 'healthRatings'],
        deleted: { records: { weeklyItems: 2 }, texts: [] },
      }),
    ).toBe('3 edits: weekly meetings, health ratings; deleted 2 weekly meeting lines');
  });
});

describe('confidence over the weeks and a round’s summary', () => {
  const checkIn = (date: string, confidence: number, round = false): CheckIn => ({
    id: date,
    keyResultId: 'k',
    date,
    value: 1,
    confidence,
    note: '',
    ...(round && { confidenceRound: true }),
  });

  it('follows the check-ins up to today, with the move between the last two', () => {
    const list = [
      checkIn('2027-01-11', 7),
      checkIn('2027-01-18', 5, true),
      checkIn('2027-02-01', 9),
    ];
    const h = confidenceHistory('k', list, '2027-01-25');
    expect(h.points).toEqual([
      { date: '2027-01-11', confidence: 7, round: false },
      { date: '2027-01-18', confidence: 5, round: true },
    ]);
    expect(h).toMatchObject({ latest: 5, trend: 'down', change: -2 });
    expect(confidenceHistory('k', list.slice(0, 1), '2027-02-01')).toMatchObject({
      latest: 7,
      trend: null,
    });
    expect(confidenceHistory('k', [], '2027-02-01')).toMatchObject({ latest: null, points: [] });
  });

  it('offers the median and flags a split room', () => {
    expect(roundSummary([8, 3, 7])).toEqual({
      values: [3, 7, 8],
      low: 3,
      high: 8,
      median: 7,
      split: true,
    });
    expect(roundSummary([6, 7])).toMatchObject({ median: 7, split: false });
    expect(roundSummary([])).toBeNull();
  });
});

describe('the confidence round’s messages and room state, read defensively', () => {
  it('accepts whole confidences 0–10 for named key results, and nothing else', () => {
    const ok = { type: 'offsite.confidence', roundId: 'r1', voter: 'voter-0001' };
    expect(
      parseConfidence(JSON.stringify({ ...ok, name: ' Pat  ', confidence: { k: 7 } })),
    ).toEqual({ ...ok, name: 'Pat', confidence: { k: 7 } });
    for (const confidence of [{ k: 11 }, { k: 6.5 }, { k: '7' }, [7], null])
      expect(parseConfidence(JSON.stringify({ ...ok, confidence }))).toBeNull();
    expect(parseConfidence(JSON.stringify({ ...ok, voter: 'short', confidence: {} }))).toBeNull();
    expect(parseConfidence('not json')).toBeNull();
  });

  it('shows no spread before the reveal, whatever a peer wrote, and drops bad values', () => {
    const doc = new Y.Doc();
    openConfidenceRound(doc, SALES, ['k1', 'k2']);
    const map = doc.getMap('room').get('confidenceRound') as Y.Map<unknown>;
    map.set('spread', { k1: [3, 9] });
    expect(readConfidenceRound(doc)?.spread).toEqual({});
    revealConfidenceRound(doc);
    map.set('spread', { k1: [9, 'x', 3, 42], k2: 'nope', k3: [1] });
    expect(readConfidenceRound(doc)).toMatchObject({
      revealed: true,
      open: false,
      spread: { k1: [3, 9], k2: [] },
    });
    doc.getMap('room').set('confidenceRound', 'garbage');
    const problems: ReadProblem[] = [];
    expect(readConfidenceRound(doc, (p) => problems.push(p))).toBeNull();
    expect(problems).toHaveLength(1);
  });

  it('records the agreed confidence on the week’s check-in, or as a new one with the last value', () => {
    const doc = imported(fixture);
    const w = readWorkshop(doc);
    const kr = w.keyResults.find((k) => w.checkIns.some((c) => c.keyResultId === k.id))!;
    const last = w.checkIns.filter((c) => c.keyResultId === kr.id).at(-1)!;
    const onIt = recordAgreedConfidence(doc, kr.id, { date: last.date, confidence: 3 });
    expect(onIt).toBe(last.id);
    expect(readWorkshop(doc).checkIns.find((c) => c.id === last.id)).toMatchObject({
      confidence: 3,
      confidenceRound: true,
      value: last.value,
    });
    const later = shiftWeek(last.date, 2);
    const created = recordAgreedConfidence(doc, kr.id, {
      date: later,
      confidence: 12,
      author: 'Fran',
    });
    expect(readWorkshop(doc).checkIns.find((c) => c.id === created)).toMatchObject({
      date: later,
      value: last.value,
      confidence: 10,
      confidenceRound: true,
      author: 'Fran',
    });
    expect(recordAgreedConfidence(doc, 'gone', { date: later, confidence: 5 })).toBeNull();
  });
});
