import { memo } from 'react';
import type { SparkPoint } from '../../../shared/drumbeat';

const WIDTH = 120;
const HEIGHT = 32;
const PAD = 4;

/** How many values the accessible summary reads out; longer series say "last N of M". */
const SPOKEN_VALUES = 12;

interface SparklineProps {
  /** Points from shared/drumbeat's `sparkline` (x, y in 0..1). */
  readonly points: readonly SparkPoint[];
  /** What the series is, e.g. "Values" or "Confidence": the first word of the summary. */
  readonly label: string;
  /** Formats one value for the summary. */
  readonly format: (value: number) => string;
  /** Where a reference line goes (0..1, e.g. the target), or null for none. */
  readonly reference?: number | null;
  readonly tone?: 'value' | 'confidence';
}

/** The accessible summary of a series: "Values: 71, 72, 73". */
function sparklineSummary(
  label: string,
  points: readonly SparkPoint[],
  format: (value: number) => string,
): string {
  if (points.length === 0) return `${label}: no check-ins yet`;
  const spoken = points.slice(-SPOKEN_VALUES).map((p) => format(p.value));
  const head =
    points.length > SPOKEN_VALUES ? `${label} (last ${SPOKEN_VALUES} of ${points.length})` : label;
  return `${head}: ${spoken.join(', ')}`;
}

const px = (p: SparkPoint) => PAD + p.x * (WIDTH - 2 * PAD);
const py = (y: number) => HEIGHT - PAD - y * (HEIGHT - 2 * PAD);

/** A small inline SVG line of a series, with the latest point marked; an image with a summary. */
export const Sparkline = memo(function Sparkline({
  points,
  label,
  format,
  reference = null,
  tone = 'value',
}: SparklineProps) {
  const summary = sparklineSummary(label, points, format);
  const last = points[points.length - 1];
  return (
    <svg
      className={`sparkline sparkline-${tone}`}
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
    >
      <title>{summary}</title>
      {reference !== null && (
        <line
          className="sparkline-reference"
          x1={PAD}
          x2={WIDTH - PAD}
          y1={py(reference)}
          y2={py(reference)}
        />
      )}
      {points.length === 0 && (
        <line
          className="sparkline-empty"
          x1={PAD}
          x2={WIDTH - PAD}
          y1={HEIGHT / 2}
          y2={HEIGHT / 2}
        />
      )}
      {points.length > 1 && (
        <polyline
          className="sparkline-line"
          points={points.map((p) => `${px(p)},${py(p.y)}`).join(' ')}
        />
      )}
      {last && <circle className="sparkline-dot" cx={px(last)} cy={py(last.y)} r={3} />}
    </svg>
  );
});
