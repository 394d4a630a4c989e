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
import { checkedIn } from '../content';
import { PdfChartLegend, PdfProgressChart } from './progress-chart';
import { dayNumber, longDate, weekdayName, weekdayOf } from '../../dates';
import type { TFunction } from 'i18next';
import { fixedT } from '../../i18n';
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

const krColumns = (t: TFunction): readonly PdfColumn<KeyResultRow>[] => [
  { header: '#', width: '8%', cell: (k) => k.label },
  {
    header: t('export.columns.keyResult'),
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
  { header: t('export.columns.metric'), width: '16%', cell: (k) => dash(k.metric) },
  {
    header: t('export.columns.baselineToTarget'),
    width: '13%',
    cell: (k) => dash(k.baselineToTarget),
  },
  { header: t('export.columns.unit'), width: '11%', cell: (k) => k.unit },
  { header: t('export.columns.current'), width: '9%', cell: (k) => dash(k.current) },
  { header: t('export.columns.confidence'), width: '12%', cell: (k) => dash(k.confidence) },
];

function Objective(props: { readonly o: ObjectiveSection; readonly t: TFunction }) {
  const { o, t } = props;
  return (
    <>
      <View style={styles.objectiveHead} wrap={false} minPresenceAhead={72}>
        <Text style={styles.objectiveTitle}>
          <Text style={styles.objectiveLabel}>{`${o.label}  `}</Text>
          {o.title}
        </Text>
        <View style={styles.facts}>
          <Text style={styles.fact}>{`${t('export.level')}: ${o.level}`}</Text>
          <Text style={styles.fact}>{`${t('export.kind')}: ${t(`export.kinds.${o.kind}`)}`}</Text>
          {o.parent !== null ? (
            <Text style={styles.fact}>{`${t('export.parent')}: ${o.parent}`}</Text>
          ) : null}
          {o.companyParent !== null ? (
            <Text style={styles.fact}>{`${t('export.companyObjective')}: ${o.companyParent}`}</Text>
          ) : null}
          {o.focusArea !== null ? (
            <Text style={styles.fact}>{`${t('export.focusArea')}: ${o.focusArea}`}</Text>
          ) : null}
        </View>
        {o.description ? (
          <Text style={[styles.muted, { marginTop: 3 }]}>{o.description}</Text>
        ) : null}
      </View>
      {o.keyResults.length === 0 ? (
        <Text style={styles.italic}>{t('export.noKeyResults')}</Text>
      ) : (
        <PdfTable columns={krColumns(t)} rows={o.keyResults} rowKey={(k) => k.id} />
      )}
    </>
  );
}

function Alignment(props: { readonly lines: ExportContent['alignment']; readonly t: TFunction }) {
  if (props.lines.length === 0) return null;
  return (
    <>
      <SectionHeading>{props.t('export.alignment')}</SectionHeading>
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

function projectColumns(t: TFunction, withKeyResults: boolean): PdfColumn<ProjectLine>[] {
  return [
    {
      header: t('export.columns.project'),
      width: withKeyResults ? '30%' : '34%',
      cell: (p) => p.title,
    },
    { header: t('export.columns.team'), width: '16%', cell: (p) => p.team },
    {
      header: t('export.columns.focusAreas'),
      width: withKeyResults ? '20%' : '22%',
      cell: (p) => p.focusAreas.join(', '),
    },
    ...(withKeyResults
      ? [
          {
            header: t('export.columns.moves'),
            width: '12%',
            cell: (p: ProjectLine) => p.keyResults.join(', '),
          },
        ]
      : []),
    {
      header: t('export.columns.why'),
      width: withKeyResults ? '22%' : '28%',
      cell: (p) => p.rationale,
    },
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
  const t = fixedT(c.language);
  const key = (_: ProjectLine, i: number) => String(i);
  return (
    <>
      <SectionHeading>{t('export.projectsKept')}</SectionHeading>
      {c.kept.length === 0 ? <Text style={styles.italic}>{t('export.none')}</Text> : null}
      {c.kept.length > 0 ? (
        <PdfTable columns={projectColumns(t, true)} rows={c.kept} rowKey={key} />
      ) : null}
      <SectionHeading>{t('onepager.notDoing')}</SectionHeading>
      {c.killed.length === 0 && c.notDoingLines.length === 0 ? (
        <Text style={styles.italic}>{t('export.nothingListed')}</Text>
      ) : null}
      {c.killed.length > 0 ? (
        <PdfTable columns={projectColumns(t, false)} rows={c.killed} rowKey={key} />
      ) : null}
      {c.notDoingLines.length > 0 ? <View style={{ height: 8 }} /> : null}
      {c.notDoingLines.map((line, i) => (
        <Bullet key={i} text={line} />
      ))}
      {c.unsorted.length > 0 ? (
        <>
          <SectionHeading>{t('export.unsorted')}</SectionHeading>
          <PdfTable columns={projectColumns(t, false)} rows={c.unsorted} rowKey={key} />
        </>
      ) : null}
    </>
  );
}

function dayName(iso: string, language: string): string {
  const d = dayNumber(iso);
  return d === null ? '' : weekdayName(weekdayOf(d), language);
}

const calendarColumns = (t: TFunction, language: string): readonly PdfColumn<CalendarWeek>[] => [
  { header: t('export.columns.week'), width: '15%', cell: (w) => String(w.week) },
  {
    header: t('export.columns.checkIn'),
    width: '50%',
    cell: (w) => `${dayName(w.date, language)}, ${longDate(w.date, language)}`,
  },
  {
    header: t('export.columns.recorded'),
    width: '35%',
    cell: (w) => (w.checkIns > 0 ? `✓ ${t('export.checkIns', { count: w.checkIns })}` : ''),
  },
];

/** The status table's columns, headed in the language of `t`. */
export const statusColumns = (t: TFunction): readonly PdfColumn<StatusRow>[] => [
  { header: '#', width: '8%', cell: (s) => s.label },
  {
    header: t('export.columns.keyResult'),
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
    header: t('export.columns.status'),
    width: '20%',
    cell: (s) => (
      <>
        <Text style={{ fontWeight: 700 }}>{s.status}</Text>
        {s.why ? <Text style={styles.initiative}>{s.why}</Text> : null}
      </>
    ),
  },
  {
    header: t('export.columns.progress'),
    width: '11%',
    cell: (s) => (
      <>
        <Text>{s.progress}</Text>
        {s.expected ? (
          <Text style={styles.muted}>{t('export.expectedShort', { value: s.expected })}</Text>
        ) : null}
      </>
    ),
  },
  {
    header: t('export.columns.latest'),
    width: '11%',
    cell: (s) => (
      <>
        <Text>{s.value ? [s.value, s.unit].filter(Boolean).join(' ') : '—'}</Text>
        {s.confidence ? (
          <Text style={styles.muted}>{t('export.confidenceShort', { value: s.confidence })}</Text>
        ) : null}
      </>
    ),
  },
  { header: t('export.columns.checkedIn'), width: '14%', cell: (s) => checkedIn(s) || '—' },
];

/** The status table's columns in English (a workshop without a language). */
export const STATUS_COLUMNS = statusColumns(fixedT('en'));

/** An objective's chart, then its key results' charts two by two. */
export function DrumbeatCharts(props: {
  readonly objectives: readonly DrumbeatObjective[];
  readonly language?: string;
}) {
  return (
    <>
      <PdfChartLegend language={props.language} />
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
  const { calendar, status, drumbeat, hasCheckIns, generatedOn, language } = props.c;
  const t = fixedT(language);
  return (
    <>
      <SectionHeading>{t('export.drumbeatHeading')}</SectionHeading>
      <Text style={[styles.muted, { marginBottom: 6 }]} minPresenceAhead={60}>
        {calendar.basis}
      </Text>
      {calendar.weeks.length > 0 ? (
        <PdfTable
          columns={calendarColumns(t, language)}
          rows={calendar.weeks}
          rowKey={(w) => w.date}
        />
      ) : null}
      <SectionHeading>
        {t('export.statusOn', { date: longDate(generatedOn, language) })}
      </SectionHeading>
      {hasCheckIns ? (
        <>
          <Text style={[styles.muted, { marginBottom: 6 }]} minPresenceAhead={60}>
            {t('export.statusLegend')}
          </Text>
          <PdfTable columns={statusColumns(t)} rows={status} rowKey={(s) => s.id} />
        </>
      ) : (
        // Before the first check-in every key result would read "No data": said once.
        <Text style={styles.italic}>{t('export.noCheckIns')}</Text>
      )}
      {hasCheckIns ? (
        <>
          <SectionHeading>{t('export.trends')}</SectionHeading>
          <DrumbeatCharts objectives={drumbeat} language={language} />
        </>
      ) : null}
    </>
  );
}

/** Everything after the one-pager, flowing over as many pages as it needs. */
export function OkrSections(props: { readonly content: ExportContent }) {
  const c = props.content;
  const t = fixedT(c.language);
  return (
    <>
      <SectionHeading first>{t('export.okrs')}</SectionHeading>
      {c.objectives.length === 0 ? (
        <Text style={styles.italic}>{t('export.noObjectives')}</Text>
      ) : null}
      {c.objectives.map((o) => (
        <Fragment key={o.id}>
          <Objective o={o} t={t} />
        </Fragment>
      ))}
      <Alignment lines={c.alignment} t={t} />
      <Projects c={c} />
      <Drumbeat c={c} />
    </>
  );
}
