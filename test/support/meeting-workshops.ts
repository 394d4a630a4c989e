import * as Y from 'yjs';
import {
  addWeeklyItem,
  createCheckIn,
  importWorkshopJson,
  readWorkshop,
  setHealthRating,
  type MeetingRef,
} from '../../shared/model';
import { sampleJson } from './export-workshops';

/**
 * The sample workshop with weekly meetings (as of 20 January 2027): Customer Success's
 * meetings of 12 and 19 January (lines in all four lists, two health metrics rated, check-ins
 * by named people, one agreed in a round), Platform's of 19 January and one planned for
 * February, and a Company meeting planned for March only.
 */
const CS = 'Customer Success';
const TTV = 'k-ttv';
const CHURN = 'k-churn90';

export function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  importWorkshopJson(doc, sampleJson());
  return doc;
}

export function withMeetings(): Y.Doc {
  const doc = sampleDoc();
  const at = (team: string, week: string): MeetingRef => ({ team, week });
  addWeeklyItem(doc, at(CS, '2027-01-12'), 'p1', 'An older priority');
  const now = at(CS, '2027-01-19');
  addWeeklyItem(doc, now, 'p1', 'Ship the onboarding checklist');
  addWeeklyItem(doc, now, 'p1', 'Call the *three* stuck customers');
  addWeeklyItem(doc, now, 'p2', 'Draft the churn interview guide');
  addWeeklyItem(doc, now, 'next', 'Vienna go-live');
  addWeeklyItem(doc, now, 'wins', 'First dispatched job in 6 days');
  const metrics = readWorkshop(doc).onePager.metrics;
  setHealthRating(doc, now, metrics[0]!.id, 'red');
  setHealthRating(doc, now, metrics[1]!.id, 'green');
  addWeeklyItem(doc, at('Platform', '2027-01-19'), 'wins', 'Uptime 99.95%');
  addWeeklyItem(doc, at('Platform', '2027-02-02'), 'p1', 'Planned two weeks ahead');
  addWeeklyItem(doc, at('Company', '2027-03-02'), 'p1', 'Q2 kick-off');
  // Check-ins by named people: their names must not reach the meeting section.
  createCheckIn(doc, TTV, { date: '2027-01-08', value: 18, confidence: 4, author: 'Ana Author' });
  createCheckIn(doc, CHURN, {
    date: '2027-01-19',
    value: 2.1,
    confidence: 6,
    author: 'Rita Rounder',
    confidenceRound: true,
  });
  return doc;
}
