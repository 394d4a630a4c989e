import { Circle, Line, Polyline, Svg, Text, View } from '@react-pdf/renderer';
import { chartGeometry, type ChartBox, type ProgressChart } from '../../drumbeat';
import { COLORS } from './styles';
import { fixedT } from '../../i18n';

/** The chart's colours on paper: the app's, darkened enough to print in grey too. */
export const CHART_COLORS = {
  progress: COLORS.accent,
  confidence: '#6a4c9c',
  expected: '#8c959f',
  missed: '#b3261e',
  grid: COLORS.rule,
} as const;

const AXIS = 7;

/**
 * A key result's or objective's progress (solid, 0–100 %, left axis) and confidence
 * (dashed, 0–10, right axis) over the weeks, with the expected pace (thin, grey) and a red
 * cross under each missed week — the same geometry as the app's SVG (chartGeometry). The
 * caption under it is the chart in words: what a reader without the picture gets, and what
 * pdftotext reads back.
 */
export function PdfProgressChart(props: {
  readonly chart: ProgressChart;
  readonly width: number;
  readonly height: number;
  /** Printed above the chart, e.g. "KR 1.2". */
  readonly title?: string;
}) {
  const { chart, width, height } = props;
  const box: ChartBox = { width, height, left: 4, right: 4, top: 6, bottom: 8 };
  const g = chartGeometry(chart, box);
  return (
    <View wrap={false} style={{ marginBottom: 8 }}>
      {props.title ? (
        <Text style={{ fontSize: 8, fontWeight: 700, marginBottom: 2 }}>{props.title}</Text>
      ) : null}
      <View style={{ flexDirection: 'row' }}>
        <View style={{ width: 22, height, justifyContent: 'space-between', paddingVertical: 3 }}>
          <Text style={{ fontSize: AXIS, color: CHART_COLORS.progress }}>100%</Text>
          <Text style={{ fontSize: AXIS, color: CHART_COLORS.progress }}>0%</Text>
        </View>
        <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
          {g.grid.map((line) => (
            <Line
              key={line.y}
              x1={g.plot.x1}
              x2={g.plot.x2}
              y1={line.y}
              y2={line.y}
              stroke={CHART_COLORS.grid}
              strokeWidth={0.5}
            />
          ))}
          {g.expected ? (
            <Line
              {...g.expected}
              stroke={CHART_COLORS.expected}
              strokeWidth={0.75}
              strokeDasharray="2 2"
            />
          ) : null}
          {g.today !== null ? (
            <Line
              x1={g.today}
              x2={g.today}
              y1={g.plot.y1}
              y2={g.plot.y2}
              stroke={CHART_COLORS.expected}
              strokeWidth={0.5}
            />
          ) : null}
          {g.confidence.map((points, i) => (
            <Polyline
              key={`c${i}`}
              points={points}
              fill="none"
              stroke={CHART_COLORS.confidence}
              strokeWidth={1.25}
              strokeDasharray="3 2"
            />
          ))}
          {g.progress.map((points, i) => (
            <Polyline
              key={`p${i}`}
              points={points}
              fill="none"
              stroke={CHART_COLORS.progress}
              strokeWidth={1.75}
            />
          ))}
          {g.progressDots.map((d, i) => (
            <Circle key={`d${i}`} cx={d.x} cy={d.y} r={1.75} fill={CHART_COLORS.progress} />
          ))}
          {g.missed.map((x) => (
            <Line
              key={`m${x}`}
              x1={x - 2}
              x2={x + 2}
              y1={height - 5}
              y2={height - 1}
              stroke={CHART_COLORS.missed}
              strokeWidth={1}
            />
          ))}
          {g.missed.map((x) => (
            <Line
              key={`n${x}`}
              x1={x - 2}
              x2={x + 2}
              y1={height - 1}
              y2={height - 5}
              stroke={CHART_COLORS.missed}
              strokeWidth={1}
            />
          ))}
        </Svg>
        <View style={{ width: 14, height, justifyContent: 'space-between', paddingVertical: 3 }}>
          <Text style={{ fontSize: AXIS, color: CHART_COLORS.confidence, textAlign: 'right' }}>
            10
          </Text>
          <Text style={{ fontSize: AXIS, color: CHART_COLORS.confidence, textAlign: 'right' }}>
            0
          </Text>
        </View>
      </View>
      <View style={{ position: 'relative', height: 9, marginLeft: 22, width }}>
        {g.ticks.map((t) => (
          <Text
            key={t.label}
            style={{ position: 'absolute', left: Math.max(0, t.x - 6), top: 1, fontSize: AXIS }}
          >
            {t.label}
          </Text>
        ))}
      </View>
      <Text style={{ fontSize: 7.5, color: COLORS.muted, marginTop: 1, width: width + 36 }}>
        {chart.summary}
      </Text>
    </View>
  );
}

/** The legend printed once above a group of charts. */
export function PdfChartLegend(props: { readonly language?: string }) {
  const t = fixedT(props.language);
  const item = (color: string, label: string, dashed = false) => (
    <View style={{ flexDirection: 'row', alignItems: 'center', marginRight: 12 }}>
      <Svg width={16} height={6}>
        <Line
          x1={0}
          x2={16}
          y1={3}
          y2={3}
          stroke={color}
          strokeWidth={1.5}
          {...(dashed ? { strokeDasharray: '3 2' } : {})}
        />
      </Svg>
      <Text style={{ fontSize: 7.5, marginLeft: 3 }}>{label}</Text>
    </View>
  );
  return (
    <View style={{ flexDirection: 'row', flexWrap: 'wrap', marginBottom: 6 }} wrap={false}>
      {item(CHART_COLORS.progress, t('export.legend.progress'))}
      {item(CHART_COLORS.confidence, t('export.legend.confidence'), true)}
      {item(CHART_COLORS.expected, t('export.legend.expected'), true)}
      <Text style={{ fontSize: 7.5, color: CHART_COLORS.missed }}>
        × {t('export.legend.missed')}
      </Text>
    </View>
  );
}
