import type { CheckIn, KeyResult, Meta } from '../model/types';
import { dayNumber } from '../dates';
import { keyResultWeeks, type KeyResultWeek } from './calendar';
import { meanProgress } from './objective-progress';
import { checkInsOf, keyResultProgress } from './progress';
import { expectedProgress } from './status';

/**
 * The progress and confidence chart of a key result or an objective over the weeks of the
 * cycle: what the Drumbeat draws as SVG and the PDF with react-pdf's Svg, from the same
 * numbers and the same geometry ({@link chartGeometry}), with one text alternative
 * ({@link ProgressChart.summary}) that the Markdown prints where the others draw.
 */

type CycleMeta = Pick<Meta, 'cycleStart' | 'cycleEnd' | 'checkInWeekday'>;

/** One point of a chart: a week and what was known by its end. @public */
export interface ChartPoint {
  /** 1-based week of the cycle (or the check-in's number when the cycle has no dates). */
  readonly week: number;
  /** 0..1, null when not known. */
  readonly progress: number | null;
  /** 0–10, null when not known. */
  readonly confidence: number | null;
}

/** @public */
export interface ProgressChart {
  /** What the x axis counts: the cycle's weeks, or check-ins when the cycle has no dates. */
  readonly unit: 'week' | 'check-in';
  /** Steps on the x axis: the cycle's weeks, or the number of check-ins without cycle dates. */
  readonly weeks: number;
  /** Points in week order; a week with nothing to show has none (a gap in the line). */
  readonly points: readonly ChartPoint[];
  /** Weeks that ended without a check-in (a key result's chart only). */
  readonly missed: readonly number[];
  /** The week holding today, when it is in the cycle. */
  readonly today: number | null;
  /** Whether the straight line from 0 at the start to 100 % at the end can be drawn. */
  readonly expected: boolean;
  /** The picture in words, for screen readers and the Markdown. */
  readonly summary: string;
}

const pct = (n: number) => `${Math.round(n * 100)} %`;
const conf = (n: number) => `${Math.round(n * 10) / 10}`;

function trendWords(
  label: string,
  chart: Omit<ProgressChart, 'summary'>,
  pick: (p: ChartPoint) => number | null,
  format: (n: number) => string,
): string | null {
  const known = chart.points.filter((p) => pick(p) !== null);
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last) return null;
  const when = (p: ChartPoint) =>
    chart.unit === 'week' ? `in week ${p.week}` : `at check-in ${p.week}`;
  if (first === last) return `${label} ${format(pick(last)!)} ${when(last)}`;
  return `${label} from ${format(pick(first)!)} ${when(first)} to ${format(pick(last)!)} ${when(last)}`;
}

function summaryOf(
  subject: string,
  chart: Omit<ProgressChart, 'summary'>,
  expectedNow: number | null,
  confidenceLabel: string,
  coverage = '',
): string {
  const progress = trendWords('progress', chart, (p) => p.progress, pct);
  const confidence = trendWords(confidenceLabel, chart, (p) => p.confidence, conf);
  if (!progress && !confidence) return `${subject}: no check-ins yet.`;
  const parts = [progress ?? 'progress unknown'];
  if (progress && expectedNow !== null) parts[0] += ` (${pct(expectedNow)} expected by now)`;
  if (coverage) parts[0] += `, ${coverage}`;
  if (confidence) parts.push(confidence);
  if (chart.missed.length > 0)
    parts.push(`${chart.missed.length} ${chart.missed.length === 1 ? 'week' : 'weeks'} missed`);
  return `${subject}: ${parts.join('; ')}.`;
}

/** The week holding today (1-based), or null outside the cycle. */
function todayWeek(weeks: readonly KeyResultWeek[]): number | null {
  const i = weeks.findIndex((w) => w.holdsToday);
  return i >= 0 ? i + 1 : null;
}

/**
 * A key result's chart: one point per week with a check-in (its latest of the week, dated
 * on or before today): progress as of that check-in and its confidence. Missed weeks have
 * no point, so the line shows a gap and `missed` lists them: silence is visible. Without
 * cycle dates, one point per check-in.
 * @public
 */
export function keyResultChart(
  kr: KeyResult,
  checkIns: readonly CheckIn[],
  meta: CycleMeta,
  today: string,
): ProgressChart {
  const past = checkInsOf(kr.id, checkIns).filter((c) => c.date <= today);
  const weeks = dayNumber(today) === null ? [] : keyResultWeeks(kr, past, meta, today);
  const upTo = (c: CheckIn) =>
    past.filter((x) => x.date < c.date || (x.date === c.date && x.id <= c.id));
  const point = (week: number, c: CheckIn): ChartPoint => ({
    week,
    progress: keyResultProgress(kr, upTo(c)).progress,
    confidence: c.confidence,
  });
  const expected = expectedProgress(meta, today);
  const base =
    weeks.length > 0
      ? {
          unit: 'week' as const,
          weeks: weeks.length,
          points: weeks.flatMap((w, i) => (w.checkIn ? [point(i + 1, w.checkIn)] : [])),
          missed: weeks.flatMap((w, i) => (w.state === 'missing' ? [i + 1] : [])),
          today: todayWeek(weeks),
          expected: expected !== null,
        }
      : {
          unit: 'check-in' as const,
          weeks: past.length,
          points: past.map((c, i) => point(i + 1, c)),
          missed: [],
          today: null,
          expected: false,
        };
  return { ...base, summary: summaryOf('Key result', base, expected, 'confidence') };
}

/**
 * An objective's chart: for every week of the cycle so far, the mean progress of its key
 * results as known by the week's end (each key result's latest check-in up to then; key
 * results not checked in yet are left out of the mean) and their mean confidence. No point
 * for a week before any key result was checked in. Without cycle dates, one point per date
 * some key result was checked in.
 * @public
 */
export function objectiveChart(
  keyResults: readonly KeyResult[],
  checkIns: readonly CheckIn[],
  meta: CycleMeta,
  today: string,
): ProgressChart {
  const byKr = keyResults.map((kr) => ({
    kr,
    history: checkInsOf(kr.id, checkIns).filter((c) => c.date <= today),
  }));
  const asOf = (end: string): ChartPoint | null => {
    const known = byKr
      .map(({ kr, history }) => ({ kr, upTo: history.filter((c) => c.date <= end) }))
      .filter((x) => x.upTo.length > 0);
    if (known.length === 0) return null;
    return {
      week: 0,
      progress: meanProgress(known.map((x) => keyResultProgress(x.kr, x.upTo).progress)),
      confidence: meanProgress(known.map((x) => x.upTo[x.upTo.length - 1]!.confidence)),
    };
  };
  // The weeks are the cycle's: the same for every key result (states aside).
  const weeks =
    dayNumber(today) === null || keyResults.length === 0
      ? []
      : keyResultWeeks({ id: '' }, [], meta, today);
  const expected = expectedProgress(meta, today);
  let base: Omit<ProgressChart, 'summary'>;
  if (weeks.length > 0) {
    const points: ChartPoint[] = [];
    weeks.forEach((w, i) => {
      if (w.state === 'upcoming') return;
      const p = asOf(w.end < today ? w.end : today);
      if (p) points.push({ ...p, week: i + 1 });
    });
    base = {
      unit: 'week',
      weeks: weeks.length,
      points,
      missed: [],
      today: todayWeek(weeks),
      expected: expected !== null,
    };
  } else {
    const dates = [...new Set(byKr.flatMap((x) => x.history.map((c) => c.date)))].sort();
    const points = dates.flatMap((d, i) => {
      const p = asOf(d);
      return p ? [{ ...p, week: i + 1 }] : [];
    });
    base = {
      unit: 'check-in',
      weeks: dates.length,
      points,
      missed: [],
      today: null,
      expected: false,
    };
  }
  const known = byKr.filter((x) => x.history.length > 0).length;
  const coverage =
    known > 0 && known < keyResults.length
      ? `from ${known} of ${keyResults.length} key results`
      : '';
  return {
    ...base,
    summary: summaryOf('Objective', base, expected, 'average confidence', coverage),
  };
}

/** Where a chart is drawn: its size and the margins kept for the axes' labels. @public */
export interface ChartBox {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** A chart laid out in a box: every coordinate either renderer needs. @public */
export interface ChartGeometry {
  /** The plotting area. */
  readonly plot: {
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  };
  /** `x,y x,y …` runs of the progress line, one per stretch without a gap. */
  readonly progress: readonly string[];
  readonly confidence: readonly string[];
  /** Each progress point (a marker), and each confidence point. */
  readonly progressDots: readonly { readonly x: number; readonly y: number }[];
  readonly confidenceDots: readonly { readonly x: number; readonly y: number }[];
  /** The expected pace: 0 at the cycle's start, 100 % at its end. */
  readonly expected: {
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  } | null;
  /** x of each missed week. */
  readonly missed: readonly number[];
  /** x of today's week. */
  readonly today: number | null;
  /** Gridlines at 0, 50 and 100 % (confidence 0, 5 and 10). */
  readonly grid: readonly {
    readonly y: number;
    readonly progress: string;
    readonly confidence: string;
  }[];
  /** Week labels on the x axis: the first, the last and a few between. */
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The chart's coordinates in `box`: weeks spread evenly from the left edge of the plot (week
 * 1, or the cycle's start for the expected line) to the right (the last week); progress 0–100 %
 * and confidence 0–10 share the height. Lines break where a week has no value.
 * @public
 */
export function chartGeometry(chart: ProgressChart, box: ChartBox): ChartGeometry {
  const x1 = box.left;
  const x2 = box.width - box.right;
  const y1 = box.top;
  const y2 = box.height - box.bottom;
  const span = Math.max(1, chart.weeks - 1);
  const x = (week: number) =>
    round(chart.weeks <= 1 ? (x1 + x2) / 2 : x1 + ((week - 1) / span) * (x2 - x1));
  const y = (share: number) => round(y2 - Math.min(1, Math.max(0, share)) * (y2 - y1));
  const runs = (pick: (p: ChartPoint) => number | null) => {
    const out: string[] = [];
    let run: string[] = [];
    let prevWeek = -1;
    for (const p of chart.points) {
      const v = pick(p);
      // A week with no value, or a missed week between two points, breaks the line.
      const gap = prevWeek !== -1 && chart.missed.some((m) => m > prevWeek && m < p.week);
      if (v === null || gap) {
        if (run.length > 0) out.push(run.join(' '));
        run = [];
      }
      if (v !== null) run.push(`${x(p.week)},${y(v)}`);
      prevWeek = p.week;
    }
    if (run.length > 0) out.push(run.join(' '));
    return out;
  };
  const dots = (pick: (p: ChartPoint) => number | null) =>
    chart.points.flatMap((p) => {
      const v = pick(p);
      return v === null ? [] : [{ x: x(p.week), y: y(v) }];
    });
  const progressOf = (p: ChartPoint) => p.progress;
  const confidenceOf = (p: ChartPoint) => (p.confidence === null ? null : p.confidence / 10);
  const tickWeeks =
    chart.weeks <= 1
      ? chart.weeks === 1
        ? [1]
        : []
      : [...new Set([1, ...[0.25, 0.5, 0.75].map((f) => Math.round(1 + f * span)), chart.weeks])];
  return {
    plot: { x1, y1, x2, y2 },
    progress: runs(progressOf),
    confidence: runs(confidenceOf),
    progressDots: dots(progressOf),
    confidenceDots: dots(confidenceOf),
    expected: chart.expected ? { x1, y1: y(0), x2, y2: y(1) } : null,
    missed: chart.missed.map(x),
    today: chart.today === null ? null : x(chart.today),
    grid: [
      { y: y(0), progress: '0 %', confidence: '0' },
      { y: y(0.5), progress: '50 %', confidence: '5' },
      { y: y(1), progress: '100 %', confidence: '10' },
    ],
    ticks: tickWeeks.map((w) => ({ x: x(w), label: chart.unit === 'week' ? `W${w}` : `#${w}` })),
  };
}
