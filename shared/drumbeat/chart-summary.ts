import type { TFunction } from 'i18next';
import { withDecimalMark } from '../i18n/numbers';
import type { ChartPoint, ProgressChart } from './chart';

/** What a chart is of: it names the summary's subject and its confidence line. */
export type ChartSubject = 'kr' | 'objective';

const pct = (n: number) => `${Math.round(n * 100)} %`;

/**
 * A chart's text alternative in the workshop's language: the chart's English `summary` said
 * again through the catalogue, from the same points (the app's chart, the Markdown and the
 * cycle report). In English it is that summary itself, word for word.
 * @public
 */
export function chartSummary(
  t: TFunction,
  language: string,
  chart: ProgressChart,
  subject: ChartSubject,
  expectedNow: number | null,
  coverage: { known: number; total: number } | null = null,
): string {
  if (language === 'en') return chart.summary;
  // An average confidence, one decimal, with the language's mark: "6,5".
  const conf = (n: number) => withDecimalMark(`${Math.round(n * 10) / 10}`, language);
  const when = (p: ChartPoint) =>
    chart.unit === 'week'
      ? t('drumbeat.chart.inWeek', { n: p.week })
      : t('drumbeat.chart.atCheckIn', { n: p.week });
  const trend = (
    label: string,
    pick: (p: ChartPoint) => number | null,
    format: (n: number) => string,
  ): string | null => {
    const known = chart.points.filter((p) => pick(p) !== null);
    const first = known[0];
    const last = known[known.length - 1];
    if (!first || !last) return null;
    if (first === last)
      return t('drumbeat.chart.one', { label, value: format(pick(last)!), when: when(last) });
    return t('drumbeat.chart.fromTo', {
      label,
      first: format(pick(first)!),
      whenFirst: when(first),
      last: format(pick(last)!),
      whenLast: when(last),
    });
  };
  const name = t(`drumbeat.chart.subject.${subject}`);
  const progress = trend(t('drumbeat.chart.progress'), (p) => p.progress, pct);
  const confidence = trend(t(`drumbeat.chart.confidence.${subject}`), (p) => p.confidence, conf);
  if (!progress && !confidence) return t('drumbeat.chart.none', { subject: name });
  let head = progress ?? t('drumbeat.chart.progressUnknown');
  if (progress && expectedNow !== null)
    head += t('drumbeat.chart.expectedNow', { share: pct(expectedNow) });
  if (coverage && coverage.known > 0 && coverage.known < coverage.total)
    head += `, ${t('drumbeat.chart.coverage', coverage)}`;
  const parts = [head];
  if (confidence) parts.push(confidence);
  if (chart.missed.length > 0)
    parts.push(t('drumbeat.chart.missed', { count: chart.missed.length }));
  return t('drumbeat.chart.whole', { subject: name, parts: parts.join('; ') });
}
