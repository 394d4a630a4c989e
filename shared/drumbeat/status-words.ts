import type { TFunction } from 'i18next';
import type { KrProgress } from './progress';
import type { KrStatusResult } from './status';
import type { WeekTally } from './week-tally';

/**
 * A key result's status in the workshop's words (the catalogue's drumbeat section), for
 * the Drumbeat view and the exports alike. `reasons` and `weekTallyText` are the same in
 * English, word for word: what the exports always printed.
 * @public
 */

/** Why progress is unknown (or what it assumes), in `t`'s language; undefined when known. */
export function progressWhyText(t: TFunction, progress: KrProgress): string | undefined {
  return progress.why
    ? t(
        `drumbeat.progressReason.${progress.why.id}` as 'drumbeat.progressReason.noTarget',
        progress.why.params,
      )
    : progress.reason;
}

/** Why a key result has its status, its reasons joined with "; ": "30 % done, 50 % expected by now". */
export function statusReasonsText(
  t: TFunction,
  status: Pick<KrStatusResult, 'why' | 'progress'>,
): string {
  // "progress unknown: <why>": the why in the same language.
  const progressWhy = progressWhyText(t, status.progress);
  return status.why
    .map((r) =>
      t(
        `drumbeat.reason.${r.id}` as 'drumbeat.reason.noCheckIn',
        r.id === 'progressUnknown' && progressWhy ? { reason: progressWhy } : r.params,
      ),
    )
    .join('; ');
}

/** The weeks in words: "Week 9 of 13: 5 checked in, 3 missed, this week open"; '' without weeks. */
export function weekTallyWords(t: TFunction, tally: WeekTally): string {
  if (tally.total === 0) return '';
  if (tally.current === 0) return t('drumbeat.tally.notStarted', { count: tally.total });
  const parts: string[] = [t('drumbeat.tally.checkedIn', { count: tally.checkedIn })];
  if (tally.missed > 0) parts.push(t('drumbeat.tally.missed', { count: tally.missed }));
  if (tally.open > 0) parts.push(t('drumbeat.tally.open'));
  const head =
    tally.current > tally.total
      ? t('drumbeat.tally.weeks', { count: tally.total })
      : t('drumbeat.tally.weekOf', { current: tally.current, total: tally.total });
  return `${head}: ${parts.join(', ')}`;
}
