import { Fragment } from 'react';
import { Text, View } from '@react-pdf/renderer';
import type {
  ExportContent,
  KeyResultRow,
  ObjectiveSection,
  ProjectLine,
  StatusRow,
  CalendarWeek,
  DrumbeatObjective,
} from '../content';
import { checkedIn, STATUS_LEGEND } from '../content';
import { PdfChartLegend, PdfProgressChart } from './progress-chart';
import { dayNumber, longDate, WEEKDAY_NAMES, weekdayOf } from '../../dates';
import { PdfTable, type PdfColumn } from './table';
import { styles } from './styles';

/*
 * Everything here is returned as fragments, so headings, table headers and rows all end up
 * direct children of the flowing <Page>: @react-pdf only moves an element to the next page
 * for `minPresenceAhead` when it has earlier siblings on the page, so a heading that is
 * the first child of a wrapper <View> would be left alone at the bottom of a page.
 */

/** A section heading that never ends a page alone: room for a table header and a row. */
export function SectionHeading(props: { readonly children: string; readonly first?: boolean }) {
  return (
    <Text style={props.first ? styles.h1 : styles.h2} minPresenceAhead={90}>
      {props.children}
    </Text>
  );
}

const dash = (s: string) => s || '—';

const KR_COLUMNS: readonly PdfColumn<KeyResultRow>[] = [
  { header: '#', width: '8%', cell: (k) => k.label },
  {
    header: 'Key result',
    width: '31%',
    cell: (k) => (
      <>
        <Text>{k.title}</Text>
        {k.initiatives.map((i, n) => (
          <Text key={n} style={styles.initiative}>
            {`↳ ${i.title}${i.team ? ` · ${i.team}` : ''}`}
          </Text>
        ))}
      </>
    ),
  },
  { header: 'Metric', width: '16%', cell: (k) => dash(k.metric) },
  { header: 'Baseline → target', width: '13%', cell: (k) => dash(k.baselineToTarget) },
  { header: 'Unit', width: '11%', cell: (k) => k.unit },
  { header: 'Current', width: '9%', cell: (k) => dash(k.current) },
  { header: 'Confidence', width: '12%', cell: (k) => dash(k.confidence) },
];

function Objective(props: { readonly o: ObjectiveSection }) {
  const o = props.o;
  return (
    <>
      <View style={styles.objectiveHead} wrap={false} minPresenceAhead={72}>
        <Text style={styles.objectiveTitle}>
          <Text style={styles.objectiveLabel}>{`${o.label}  `}</Text>
          {o.title}
        </Text>
        <View style={styles.facts}>
          <Text style={styles.fact}>{`Level: ${o.level}`}</Text>
          <Text style={styles.fact}>{`Kind: ${o.kind}`}</Text>
          {o.parent !== null ? <Text style={styles.fact}>{`Parent: ${o.parent}`}</Text> : null}
          {o.companyParent !== null ? (
            <Text style={styles.fact}>{`Company objective: ${o.companyParent || 'untitled'}`}</Text>
          ) : null}
          {o.focusArea !== null ? (
            <Text style={styles.fact}>{`Focus area: ${o.focusArea}`}</Text>
          ) : null}
        </View>
        {o.description ? (
          <Text style={[styles.muted, { marginTop: 3 }]}>{o.description}</Text>
        ) : null}
      </View>
      {o.keyResults.length === 0 ? (
        <Text style={styles.italic}>No key results yet.</Text>
      ) : (
        <PdfTable columns={KR_COLUMNS} rows={o.keyResults} rowKey={(k) => k.id} />
      )}
    </>
  );
}

function Alignment(props: { readonly lines: ExportContent['alignment'] }) {
  if (props.lines.length === 0) return null;
  return (
    <>
      <SectionHeading>Alignment</SectionHeading>
      {props.lines.map((a, i) => (
        <View
          key={i}
          style={[styles.treeLine, { marginLeft: Math.min(a.depth, 8) * 16 }]}
          wrap={false}
        >
          <Text style={styles.treeMark}>{a.depth === 0 ? '■' : '└'}</Text>
          <Text style={{ flex: 1 }}>
            {a.label ? <Text style={styles.objectiveLabel}>{`${a.label}  `}</Text> : null}
            {a.title}
            <Text style={styles.muted}>{`  ·  ${a.level}`}</Text>
          </Text>
        </View>
      ))}
    </>
  );
}

function projectColumns(withKeyResults: boolean): PdfColumn<ProjectLine>[] {
  return [
    { header: 'Project', width: withKeyResults ? '30%' : '34%', cell: (p) => p.title },
    { header: 'Team', width: '16%', cell: (p) => p.team },
    {
      header: 'Focus areas',
      width: withKeyResults ? '20%' : '22%',
      cell: (p) => p.focusAreas.join(', '),
    },
    ...(withKeyResults
      ? [{ header: 'Moves', width: '12%', cell: (p: ProjectLine) => p.keyResults.join(', ') }]
      : []),
    { header: 'Why', width: withKeyResults ? '22%' : '28%', cell: (p) => p.rationale },
  ];
}

function Bullet(props: { readonly text: string }) {
  return (
    <View style={styles.bullet} wrap={false}>
      <Text style={styles.bulletMark}>–</Text>
      <Text style={styles.bulletText}>{props.text}</Text>
    </View>
  );
}

function Projects(props: { readonly c: ExportContent }) {
  const c = props.c;
  const key = (_: ProjectLine, i: number) => String(i);
  return (
    <>
      <SectionHeading>Projects we keep</SectionHeading>
      {c.kept.length === 0 ? <Text style={styles.italic}>None.</Text> : null}
      {c.kept.length > 0 ? (
        <PdfTable columns={projectColumns(true)} rows={c.kept} rowKey={key} />
      ) : null}
      <SectionHeading>Not doing</SectionHeading>
      {c.killed.length === 0 && c.notDoingLines.length === 0 ? (
        <Text style={styles.italic}>Nothing listed.</Text>
      ) : null}
      {c.killed.length > 0 ? (
        <PdfTable columns={projectColumns(false)} rows={c.killed} rowKey={key} />
      ) : null}
      {c.notDoingLines.length > 0 ? <View style={{ height: 8 }} /> : null}
      {c.notDoingLines.map((line, i) => (
        <Bullet key={i} text={line} />
      ))}
      {c.unsorted.length > 0 ? (
        <>
          <SectionHeading>Not yet sorted</SectionHeading>
          <PdfTable columns={projectColumns(false)} rows={c.unsorted} rowKey={key} />
        </>
      ) : null}
    </>
  );
}

function weekdayName(iso: string): string {
  const d = dayNumber(iso);
  return d === null ? '' : (WEEKDAY_NAMES[weekdayOf(d)] ?? '');
}

const CALENDAR_COLUMNS: readonly PdfColumn<CalendarWeek>[] = [
  { header: 'Week', width: '15%', cell: (w) => String(w.week) },
  { header: 'Check-in', width: '50%', cell: (w) => `${weekdayName(w.date)}, ${longDate(w.date)}` },
  {
    header: 'Recorded',
    width: '35%',
    cell: (w) => (w.checkIns > 0 ? `✓ ${w.checkIns} check-in${w.checkIns === 1 ? '' : 's'}` : ''),
  },
];

export const STATUS_COLUMNS: readonly PdfColumn<StatusRow>[] = [
  { header: '#', width: '8%', cell: (s) => s.label },
  {
    header: 'Key result',
    width: '36%',
    cell: (s) => (
      <>
        <Text>{s.keyResult}</Text>
        {s.weeks ? <Text style={styles.initiative}>{s.weeks}</Text> : null}
        {s.note ? <Text style={[styles.initiative, styles.italic]}>{s.note}</Text> : null}
      </>
    ),
  },
  {
    header: 'Status',
    width: '20%',
    cell: (s) => (
      <>
        <Text style={{ fontWeight: 700 }}>{s.status}</Text>
        {s.why ? <Text style={styles.initiative}>{s.why}</Text> : null}
      </>
    ),
  },
  {
    header: 'Progress',
    width: '11%',
    cell: (s) => (
      <>
        <Text>{s.progress}</Text>
        {s.expected ? <Text style={styles.muted}>{`exp. ${s.expected}`}</Text> : null}
      </>
    ),
  },
  {
    header: 'Latest',
    width: '11%',
    cell: (s) => (
      <>
        <Text>{s.value ? [s.value, s.unit].filter(Boolean).join(' ') : '—'}</Text>
        {s.confidence ? <Text style={styles.muted}>{`conf. ${s.confidence}`}</Text> : null}
      </>
    ),
  },
  { header: 'Checked in', width: '14%', cell: (s) => checkedIn(s) || '—' },
];

/** An objective's chart, then its key results' charts two by two. */
export function DrumbeatCharts(props: { readonly objectives: readonly DrumbeatObjective[] }) {
  return (
    <>
      <PdfChartLegend />
      {props.objectives.map((o) => (
        <View key={o.id} style={{ marginBottom: 6 }}>
          <View wrap={false} minPresenceAhead={120}>
            <Text style={styles.h3}>{`${o.label}  ${o.title}`}</Text>
            <PdfProgressChart chart={o.chart} width={420} height={90} />
          </View>
          <View style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
            {o.keyResults.map((k) => (
              <View key={k.id} style={{ width: '50%', paddingRight: 8 }} wrap={false}>
                <PdfProgressChart
                  chart={k.chart}
                  width={190}
                  height={56}
                  title={`${k.label}  ${k.status}`}
                />
              </View>
            ))}
          </View>
        </View>
      ))}
    </>
  );
}

function Drumbeat(props: { readonly c: ExportContent }) {
  const { calendar, status, drumbeat, hasCheckIns, generatedOn } = props.c;
  return (
    <>
      <SectionHeading>Drumbeat: the first weeks</SectionHeading>
      <Text style={[styles.muted, { marginBottom: 6 }]} minPresenceAhead={60}>
        {calendar.basis}
      </Text>
      {calendar.weeks.length > 0 ? (
        <PdfTable columns={CALENDAR_COLUMNS} rows={calendar.weeks} rowKey={(w) => w.date} />
      ) : null}
      <SectionHeading>{`Status on ${longDate(generatedOn)}`}</SectionHeading>
      {hasCheckIns ? (
        <>
          <Text style={[styles.muted, { marginBottom: 6 }]} minPresenceAhead={60}>
            {STATUS_LEGEND}
          </Text>
          <PdfTable columns={STATUS_COLUMNS} rows={status} rowKey={(s) => s.id} />
        </>
      ) : (
        // Before the first check-in every key result would read "No data": said once.
        <Text style={styles.italic}>No check-ins yet.</Text>
      )}
      {hasCheckIns ? (
        <>
          <SectionHeading>Progress and confidence over the weeks</SectionHeading>
          <DrumbeatCharts objectives={drumbeat} />
        </>
      ) : null}
    </>
  );
}

/** Everything after the one-pager, flowing over as many pages as it needs. */
export function OkrSections(props: { readonly content: ExportContent }) {
  const c = props.content;
  return (
    <>
      <SectionHeading first>OKRs</SectionHeading>
      {c.objectives.length === 0 ? <Text style={styles.italic}>No objectives yet.</Text> : null}
      {c.objectives.map((o) => (
        <Fragment key={o.id}>
          <Objective o={o} />
        </Fragment>
      ))}
      <Alignment lines={c.alignment} />
      <Projects c={c} />
      <Drumbeat c={c} />
    </>
  );
}
