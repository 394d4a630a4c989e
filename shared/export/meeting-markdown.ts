import { longDate } from '../dates';
import { fixedT } from '../i18n';
import type { ExportContent } from './content';
import { list, mdInline } from './markdown';
import { confidenceFacts, type MeetingConfidence, type MeetingSection } from './meeting-content';

type T = ReturnType<typeof fixedT>;

/** A key result's confidence line: its label, title, value and (move; round; weeks). */
function confidenceLine(t: T, k: MeetingConfidence): string {
  const head = `**${k.label}** ${mdInline(k.title)}`;
  if (k.latest === null) return `- ${head}: _${t('meetingExport.noCheckIn')}_`;
  return `- ${head}: **${k.latest}/10** (${mdInline(confidenceFacts(t, k))})`;
}

function meeting(t: T, m: MeetingSection, language: string): string[] {
  const none = t('meetingExport.none');
  const sub = (key: 'p1' | 'p2') => [
    `**${t(`meetingExport.${key}`)}**`,
    '',
    list(m[key], none),
    '',
  ];
  return [
    `### ${mdInline(t('meetingExport.heading', { team: m.team, date: longDate(m.week, language) }))}`,
    '',
    `#### ${t('meetingExport.priorities')}`,
    '',
    ...sub('p1'),
    ...sub('p2'),
    `#### ${t('meetingExport.confidence')}`,
    '',
    m.confidence.length === 0
      ? `_${t('meetingExport.noKeyResults')}_`
      : m.confidence.map((k) => confidenceLine(t, k)).join('\n'),
    '',
    `#### ${t('meetingExport.next')}`,
    '',
    list(m.next, none),
    '',
    `#### ${t('meetingExport.health')}`,
    '',
    m.health.length === 0
      ? `_${t('meetingExport.noMetrics')}_`
      : m.health
          .map(
            (h) =>
              `- ${mdInline(h.metric)}: **${t(`meetingExport.ratings.${h.rating ?? 'none'}`)}**`,
          )
          .join('\n'),
    '',
    `#### ${t('meetingExport.wins')}`,
    '',
    list(m.wins, none),
    '',
  ];
}

/**
 * The weekly meetings as Markdown: one section per team's latest meeting, its four-square
 * as sub-sections, then its wins; nothing at all when no meeting was held. Ratings are
 * words, so the document reads the same printed in black and white.
 */
export function meetingsMarkdown(c: ExportContent, meetings: readonly MeetingSection[]): string[] {
  if (meetings.length === 0) return [];
  const t = fixedT(c.language);
  return [
    `## ${t('meetingExport.title')}`,
    '',
    mdInline(t('meetingExport.lead')),
    '',
    ...meetings.flatMap((m) => meeting(t, m, c.language)),
  ];
}
