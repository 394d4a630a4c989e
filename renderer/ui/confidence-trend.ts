import type { TFunction } from 'i18next';
import type { ConfidenceHistory } from '../../shared/drumbeat';

/**
 * A key result's confidence move in words ("↑ +2 since the check-in before"): one text for
 * the weekly meeting in the app and on the projector.
 */
export function confidenceTrendText(t: TFunction, h: ConfidenceHistory): string {
  if (h.change === null || h.trend === null) return t('meeting.firstCheckIn');
  if (h.trend === 'flat') return t('meeting.unchanged');
  return t('meeting.since', {
    arrow: h.trend === 'up' ? '↑' : '↓',
    sign: h.change > 0 ? '+' : '−',
    change: Math.abs(h.change),
  });
}
