import { addDays } from '../dates';
import { confidenceHistory, meetingsIn, type ConfidenceTrend, type Meeting } from '../drumbeat';
import { teamOf } from '../drumbeat/team';
import type { HealthRating, Workshop } from '../model/types';
import type { TFunction } from 'i18next';
import type { ExportContent } from './content';

/**
 * What the exports show of the weekly Drumbeat meetings: each team's latest meeting, as its
 * four-square and its wins. Team-level only, like the meeting itself: the lines carry no
 * author, and the confidence is the team's agreed one, never a person's (issue 16 §5).
 * @public
 */

/** One key result's confidence as it stood in the meeting's week. */
export interface MeetingConfidence {
  /** `KR 1.2`, as in the rest of the document. */
  readonly label: string;
  readonly title: string;
  /** 0–10, or null before the first check-in. */
  readonly latest: number | null;
  readonly trend: ConfidenceTrend | null;
  /** latest − the check-in before, or null. */
  readonly change: number | null;
  /** Every confidence up to that week, oldest first. */
  readonly weeks: readonly number[];
  /** The latest was agreed in a private confidence round. */
  readonly agreedInRound: boolean;
}

/** One health metric of the one-pager and its rating that week (null: not rated). */
export interface MeetingHealth {
  readonly metric: string;
  readonly rating: HealthRating | null;
}

/** A team's latest weekly meeting, ready to write out. */
export interface MeetingSection {
  readonly team: string;
  /** The check-in day of the week (`YYYY-MM-DD`). */
  readonly week: string;
  readonly p1: readonly string[];
  readonly p2: readonly string[];
  readonly next: readonly string[];
  readonly wins: readonly string[];
  readonly confidence: readonly MeetingConfidence[];
  readonly health: readonly MeetingHealth[];
}

/**
 * The latest meeting of each team by `today`: the most recent week that had begun (a
 * meeting week runs three days either side of its check-in day); a team whose meetings
 * are all planned ahead shows the first of them. By team name.
 */
function latestPerTeam(meetings: readonly Meeting[], today: string): Meeting[] {
  const started = addDays(today, 3) ?? today;
  const byTeam = new Map<string, Meeting>();
  // `meetingsIn` sorts by week: a team's first meeting is kept, then replaced by each later
  // one that has begun, so the last held one wins, or else the first planned ahead.
  for (const m of meetings) if (!byTeam.has(m.team) || m.week <= started) byTeam.set(m.team, m);
  return [...byTeam.values()].sort((a, b) => a.team.localeCompare(b.team));
}

const texts = (m: Meeting, list: keyof Meeting['lists']) =>
  m.lists[list].map((i) => i.text.trim()).filter((t) => t !== '');

/**
 * Each team's latest weekly meeting, or none when the workshop holds no meeting. Key
 * results are taken in the document's order and labels (`c.objectives`). Pure.
 * @public
 */
export function meetingSections(w: Workshop, c: ExportContent): MeetingSection[] {
  const meetings = meetingsIn(w);
  if (meetings.length === 0) return [];
  const objectives = new Map(w.objectives.map((o) => [o.id, o]));
  const keyResults = new Map(w.keyResults.map((k) => [k.id, k]));
  return latestPerTeam(meetings, c.generatedOn).map((m) => {
    const end = addDays(m.week, 3) ?? m.week;
    const upTo = end < c.generatedOn ? end : c.generatedOn;
    const confidence = c.objectives.flatMap((o) =>
      o.keyResults.flatMap((row): MeetingConfidence[] => {
        const kr = keyResults.get(row.id);
        if (!kr || teamOf(kr, objectives.get(kr.objectiveId)) !== m.team) return [];
        const h = confidenceHistory(kr.id, w.checkIns, upTo);
        return [
          {
            label: row.label,
            title: kr.title,
            latest: h.latest,
            trend: h.trend,
            change: h.change,
            weeks: h.points.map((p) => p.confidence),
            agreedInRound: h.points.at(-1)?.round === true,
          },
        ];
      }),
    );
    return {
      team: m.team,
      week: m.week,
      p1: texts(m, 'p1'),
      p2: texts(m, 'p2'),
      next: texts(m, 'next'),
      wins: texts(m, 'wins'),
      confidence,
      health: w.onePager.metrics.map((metric) => ({
        metric: metric.text,
        rating: m.ratings.get(metric.id) ?? null,
      })),
    };
  });
}

/**
 * What is said of a key result's confidence beside its value, in the document's language:
 * its move since the check-in before, whether a round agreed it, and the weeks (the
 * chart, as words). The Markdown and the PDF print the same.
 */
export function confidenceFacts(t: TFunction, k: MeetingConfidence): string {
  const move =
    k.change === null || k.trend === null
      ? t('meetingExport.firstCheckIn')
      : k.trend === 'flat'
        ? t('meetingExport.unchanged')
        : t(k.trend === 'up' ? 'meetingExport.up' : 'meetingExport.down', {
            n: Math.abs(k.change),
          });
  const facts: string[] = [move];
  if (k.agreedInRound) facts.push(t('meetingExport.agreedInRound'));
  if (k.weeks.length > 1) facts.push(t('meetingExport.overWeeks', { values: k.weeks.join(', ') }));
  return facts.join('; ');
}
