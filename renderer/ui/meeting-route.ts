import { isIsoDate } from '../../shared/dates';
import type { MeetingStageState } from '../../shared/protocol/room';
import { useHash, workshopHref } from './routes';

/**
 * The link to one team's weekly meeting of one week on the Drumbeat:
 * `#/w/<id>/drumbeat?view=meeting&team=<team>&week=<YYYY-MM-DD>`. Followers of the
 * facilitator are sent there (features/room), and the meeting view opens what it names
 * (features/drumbeat): a link both features read, so it lives here.
 */
export function meetingHref(workshopId: string, meeting: MeetingStageState): string {
  const query = new URLSearchParams({ view: 'meeting', team: meeting.team, week: meeting.week });
  return `${workshopHref(workshopId, 'drumbeat')}?${query.toString()}`;
}

/** The team and week a meeting link names, or null when it names none (or a bad week). */
export function meetingOfHash(hash: string): MeetingStageState | null {
  const params = new URLSearchParams(hash.split('?', 2)[1] ?? '');
  const team = params.get('team')?.trim() ?? '';
  const week = params.get('week');
  if (params.get('view') !== 'meeting' || team === '' || !isIsoDate(week)) return null;
  return { team, week };
}

/**
 * The team and week the current link names (see {@link meetingOfHash}). A new object per
 * render: key effects on its `team` and `week`.
 */
export function useLinkedMeeting(): MeetingStageState | null {
  const hash = useHash();
  return meetingOfHash(hash);
}
