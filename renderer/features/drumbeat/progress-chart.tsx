import { memo } from 'react';
import { chartGeometry, type ChartBox, type ProgressChart } from '../../../shared/drumbeat';
import './chart.css';
import { useLanguage, useT } from '../../ui/i18n';
import { chartSummary } from './chart-summary';

/**
 * Two sizes: a key result's row (a column of a crowded table: no axis labels, the scale is
 * the objective chart's above it) and an objective's header, labelled, read from the back
 * of the room.
 */
const BOXES: Readonly<Record<'row' | 'wide', ChartBox>> = {
  row: { width: 200, height: 84, left: 6, right: 6, top: 6, bottom: 18 },
  wide: { width: 480, height: 150, left: 38, right: 24, top: 10, bottom: 22 },
};

/**
 * Progress (solid, 0–100 % on the left) and confidence (dashed, 0–10 on the right) over the
 * weeks of the cycle, the expected pace as a thin diagonal, today's week as a faint line and
 * a red cross under each missed week — drawn from the same geometry as the PDF's chart
 * (shared/drumbeat `chartGeometry`). An image whose text alternative is the chart's
 * summary: the trend in words. It scales with the text size (viewBox + rem width).
 */
export const ProgressChartSvg = memo(function ProgressChartSvg({
  chart,
  size = 'row',
  expectedNow,
  coverage = null,
}: {
  chart: ProgressChart;
  size?: 'row' | 'wide';
  /** Where progress should be today, said in the text alternative. */
  expectedNow: number | null;
  /** An objective's: how many of its key results have check-ins. */
  coverage?: { known: number; total: number } | null;
}) {
  const t = useT();
  const summary = chartSummary(
    t,
    useLanguage(),
    chart,
    size === 'wide' ? 'objective' : 'kr',
    expectedNow,
    coverage,
  );
  const box = BOXES[size];
  const g = chartGeometry(chart, box);
  const labelled = size === 'wide';
  // The row chart names only the first and the last week.
  const ticks = labelled ? g.ticks : [g.ticks[0], g.ticks[g.ticks.length - 1]].filter((t) => t);
  const labelX = { left: g.plot.x1 - 4, right: g.plot.x2 + 4 };
  return (
    <svg
      className={`progress-chart progress-chart-${size}`}
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${box.width} ${box.height}`}
    >
      <title>{summary}</title>
      <g className="chart-grid">
        {g.grid.map((line) => (
          <line key={line.y} x1={g.plot.x1} x2={g.plot.x2} y1={line.y} y2={line.y} />
        ))}
      </g>
      <g className="chart-axis" aria-hidden="true">
        {(labelled ? [g.grid[0]!, g.grid[2]!] : []).map((line) => (
          <text key={line.y} x={labelX.left} y={line.y} textAnchor="end" dominantBaseline="middle">
            {line.progress}
          </text>
        ))}
        {(labelled ? [g.grid[0]!, g.grid[2]!] : []).map((line) => (
          <text
            key={`c${line.y}`}
            className="chart-axis-confidence"
            x={labelX.right}
            y={line.y}
            dominantBaseline="middle"
          >
            {line.confidence}
          </text>
        ))}
        {ticks.map((t) => (
          <text key={t!.label} x={t!.x} y={box.height - 3} textAnchor="middle">
            {t!.label}
          </text>
        ))}
      </g>
      {g.expected && <line className="chart-expected" {...g.expected} />}
      {g.today !== null && (
        <line className="chart-today" x1={g.today} x2={g.today} y1={g.plot.y1} y2={g.plot.y2} />
      )}
      {g.confidence.map((points) => (
        <polyline key={points} className="chart-confidence" points={points} />
      ))}
      {g.confidenceDots.length === 1 && (
        <circle
          className="chart-confidence-dot"
          cx={g.confidenceDots[0]!.x}
          cy={g.confidenceDots[0]!.y}
          r={3}
        />
      )}
      {g.progress.map((points) => (
        <polyline key={points} className="chart-progress" points={points} />
      ))}
      {g.progressDots.map((d) => (
        <circle key={`${d.x},${d.y}`} className="chart-progress-dot" cx={d.x} cy={d.y} r={3} />
      ))}
      {g.missed.map((x) => (
        <path key={x} className="chart-missed" d={`M${x - 3},${g.plot.y2 + 2} l6,6 m0,-6 l-6,6`} />
      ))}
      {chart.points.length === 0 && (
        <text
          className="chart-empty"
          x={(g.plot.x1 + g.plot.x2) / 2}
          y={(g.plot.y1 + g.plot.y2) / 2}
          textAnchor="middle"
          dominantBaseline="middle"
          aria-hidden="true"
        >
          {t('drumbeat.chartEmpty')}
        </text>
      )}
    </svg>
  );
});

/** What the lines of the charts are, once per page rather than per chart. */
export function ChartLegend() {
  const t = useT();
  return (
    <p className="chart-legend" aria-hidden="true">
      <span className="legend-progress">{t('drumbeat.legend.progress')}</span>
      <span className="legend-confidence">{t('drumbeat.legend.confidence')}</span>
      <span className="legend-expected">{t('drumbeat.legend.expected')}</span>
      <span className="legend-missed">{t('drumbeat.legend.missed')}</span>
    </p>
  );
}
