import { Fragment } from 'react';
import { Document, Page, Text, View } from '@react-pdf/renderer';
import { longDate } from '../../dates';
import type { TFunction } from 'i18next';
import { fixedT } from '../../i18n';
import {
  type CycleReportContent,
  type ReportKeyResult,
  type ReportObjective,
  type ReportRetro,
} from '../cycle-report';
import type { Paper } from './document';
import { Fact } from './cover-page';
import { PdfFooter } from './footer';
import { SectionHeading } from './okr-sections';
import { OnePagerPage } from './one-pager-page';
import { PdfChartLegend, PdfProgressChart } from './progress-chart';
import { styles } from './styles';
import { PdfTable, type PdfColumn } from './table';

const PAGE_SIZE = { a4: 'A4', letter: 'LETTER' } as const;

const gradeColumns = (t: TFunction): readonly PdfColumn<ReportKeyResult>[] => [
  { header: '#', width: '8%', cell: (k) => k.label },
  {
    header: t('export.columns.keyResult'),
    width: '34%',
    cell: (k) => (
      <>
        <Text>{k.title}</Text>
        {k.baselineToTarget ? (
          <Text style={styles.initiative}>
            {[k.baselineToTarget, k.unit].filter(Boolean).join(' ')}
          </Text>
        ) : null}
      </>
    ),
  },
  {
    header: t('cycleReportExport.columns.end'),
    width: '14%',
    cell: (k) => (
      <>
        <Text>{k.final ? [k.final, k.unit].filter(Boolean).join(' ') : '—'}</Text>
        <Text style={styles.muted}>{`${k.progress} · ${k.status}`}</Text>
      </>
    ),
  },
  {
    header: t('cycleReportExport.columns.grade'),
    width: '11%',
    cell: (k) => (
      <>
        <Text style={{ fontSize: 11, fontWeight: 700 }}>{k.grade}</Text>
        {!k.graded && k.grade !== '—' ? (
          <Text style={styles.muted}>{t('cycleReportExport.suggested')}</Text>
        ) : null}
      </>
    ),
  },
  { header: t('cycleReportExport.columns.reason'), width: '33%', cell: (k) => k.reason || '—' },
];

function Retro(props: { readonly t: TFunction; readonly answers: readonly ReportRetro[] }) {
  if (props.answers.length === 0)
    return <Text style={styles.italic}>{props.t('cycleReportExport.notWritten')}</Text>;
  return (
    <>
      {props.answers.map((a) => (
        <View key={a.question} style={{ marginBottom: 6 }} wrap={false}>
          <Text style={styles.label}>{a.question.toUpperCase()}</Text>
          <Text>{a.answer}</Text>
        </View>
      ))}
    </>
  );
}

function Objective(props: { readonly t: TFunction; readonly o: ReportObjective }) {
  const { o, t } = props;
  return (
    <>
      <View style={styles.objectiveHead} wrap={false} minPresenceAhead={90}>
        <Text style={styles.objectiveTitle}>
          <Text style={styles.objectiveLabel}>{`${o.label}  `}</Text>
          {o.title}
        </Text>
        <View style={styles.facts}>
          <Text style={[styles.fact, { color: '#1f2328', fontWeight: 700 }]}>
            {t('cycleReportExport.score', { score: o.score })}
          </Text>
          <Text style={styles.fact}>
            {t('cycleReportExport.expectedKindCapital', {
              expected: o.expected,
              kind: t(`export.kinds.${o.kind}`),
            })}
          </Text>
          <Text style={styles.fact}>{o.level}</Text>
        </View>
        {o.gradedNote ? (
          <Text style={[styles.italic, { marginTop: 3 }]}>{o.gradedNote}</Text>
        ) : null}
      </View>
      {o.keyResults.length === 0 ? (
        <Text style={styles.italic}>{t('cycleReportExport.noKeyResults')}</Text>
      ) : (
        <PdfTable columns={gradeColumns(t)} rows={o.keyResults} rowKey={(k) => k.id} />
      )}
      <View style={{ marginTop: 8 }} wrap={false}>
        <PdfProgressChart
          chart={o.chart}
          width={420}
          height={90}
          title={t('cycleReportExport.overTheWeeks')}
        />
      </View>
      <View style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
        {o.keyResults.map((k) => (
          <View key={k.id} style={{ width: '50%', paddingRight: 8 }} wrap={false}>
            <PdfProgressChart chart={k.chart} width={190} height={56} title={k.label} />
          </View>
        ))}
      </View>
      <Text style={styles.h3} minPresenceAhead={40}>
        {t('cycleReportExport.retroOf', { label: o.label })}
      </Text>
      <Retro t={t} answers={o.retrospective} />
    </>
  );
}

/**
 * The cycle report as a @react-pdf `<Document>`: a cover, the one-pager, then each
 * objective with its score, grades, charts and retrospective, and the cycle's
 * retrospective, flowing over as many pages as they need, each with the footer.
 * @public
 */
export function CycleReportPdfDocument(props: {
  readonly report: CycleReportContent;
  readonly fontFamily: string | readonly string[];
  readonly paper: Paper;
  readonly generatedAt: Date;
}) {
  const { report: r, fontFamily, paper } = props;
  const c = r.base;
  const t = fixedT(c.language);
  const untitled = t('app.untitled');
  const reportName = t('cycleReportExport.documentTitle');
  const pageStyle = [
    styles.page,
    { fontFamily: typeof fontFamily === 'string' ? fontFamily : [...fontFamily] },
  ];
  const footer = (
    <PdfFooter
      title={c.title}
      cycle={t('cycleReportExport.footer', { cycle: c.cycle }).trim()}
      language={c.language}
    />
  );
  const dates =
    c.cycleStart || c.cycleEnd
      ? `${longDate(c.cycleStart, c.language) || '…'} – ${longDate(c.cycleEnd, c.language) || '…'}`
      : '';
  return (
    <Document
      title={[c.title || untitled, c.cycle, reportName].filter(Boolean).join(' — ')}
      subject={t('cycleReportExport.subject')}
      creator="Offsite"
      producer="Offsite"
      creationDate={props.generatedAt}
      language={c.language}
    >
      <Page size={PAGE_SIZE[paper]} style={pageStyle}>
        <View>
          <View style={styles.coverBar} />
          <Text style={styles.coverTitle}>{c.title || untitled}</Text>
          <Text style={styles.coverCycle}>{[reportName, c.cycle].filter(Boolean).join(' · ')}</Text>
          <View style={styles.coverFacts}>
            {dates ? <Fact label={t('export.cycle')} value={dates} /> : null}
            <Fact label={t('export.date')} value={longDate(c.generatedOn, c.language)} />
            {r.previousCycle ? (
              <Fact label={t('cycleReportExport.follows')} value={r.previousCycle} />
            ) : null}
            {c.participants.length > 0 ? (
              <Fact label={t('export.whoTookPart')} value={c.participants.join(', ')} />
            ) : null}
            {r.objectives.map((o) => (
              <Fact
                key={o.id}
                label={t('cycleReportExport.scoreOf', { label: o.label })}
                value={t('cycleReportExport.scoreExpected', {
                  score: o.score,
                  expected: o.expected,
                })}
              />
            ))}
          </View>
        </View>
        {footer}
      </Page>
      <Page size={PAGE_SIZE[paper]} style={pageStyle}>
        <OnePagerPage content={c} />
        {footer}
      </Page>
      <Page size={PAGE_SIZE[paper]} style={pageStyle}>
        <SectionHeading first>{t('cycleReportExport.okrsAndGrades')}</SectionHeading>
        <Text style={[styles.muted, { marginBottom: 6 }]}>
          {t('cycleReportExport.gradingNote')}
        </Text>
        <PdfChartLegend language={c.language} />
        {r.objectives.length === 0 ? (
          <Text style={styles.italic}>{t('cycleReportExport.noObjectives')}</Text>
        ) : null}
        {r.objectives.map((o) => (
          <Fragment key={o.id}>
            <Objective t={t} o={o} />
          </Fragment>
        ))}
        <SectionHeading>{t('okrs.previous.retrospective')}</SectionHeading>
        <Retro t={t} answers={r.retrospective} />
        {footer}
      </Page>
    </Document>
  );
}
