import { Fragment } from 'react';
import { Document, Page, Text, View } from '@react-pdf/renderer';
import { longDate } from '../../dates';
import {
  GRADING_NOTE,
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

const GRADE_COLUMNS: readonly PdfColumn<ReportKeyResult>[] = [
  { header: '#', width: '8%', cell: (k) => k.label },
  {
    header: 'Key result',
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
    header: 'End',
    width: '14%',
    cell: (k) => (
      <>
        <Text>{k.final ? [k.final, k.unit].filter(Boolean).join(' ') : '—'}</Text>
        <Text style={styles.muted}>{`${k.progress} · ${k.status}`}</Text>
      </>
    ),
  },
  {
    header: 'Grade',
    width: '11%',
    cell: (k) => (
      <>
        <Text style={{ fontSize: 11, fontWeight: 700 }}>{k.grade}</Text>
        {!k.graded && k.grade !== '—' ? <Text style={styles.muted}>suggested</Text> : null}
      </>
    ),
  },
  { header: 'Reason', width: '33%', cell: (k) => k.reason || '—' },
];

function Retro(props: { readonly answers: readonly ReportRetro[] }) {
  if (props.answers.length === 0) return <Text style={styles.italic}>Not written.</Text>;
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

function Objective(props: { readonly o: ReportObjective }) {
  const o = props.o;
  return (
    <>
      <View style={styles.objectiveHead} wrap={false} minPresenceAhead={90}>
        <Text style={styles.objectiveTitle}>
          <Text style={styles.objectiveLabel}>{`${o.label}  `}</Text>
          {o.title}
        </Text>
        <View style={styles.facts}>
          <Text style={[styles.fact, { color: '#1f2328', fontWeight: 700 }]}>
            {`Score ${o.score}`}
          </Text>
          <Text style={styles.fact}>{`Expected ${o.expected} (${o.kind})`}</Text>
          <Text style={styles.fact}>{o.level}</Text>
        </View>
        {o.gradedNote ? (
          <Text style={[styles.italic, { marginTop: 3 }]}>{o.gradedNote}</Text>
        ) : null}
      </View>
      {o.keyResults.length === 0 ? (
        <Text style={styles.italic}>No key results.</Text>
      ) : (
        <PdfTable columns={GRADE_COLUMNS} rows={o.keyResults} rowKey={(k) => k.id} />
      )}
      <View style={{ marginTop: 8 }} wrap={false}>
        <PdfProgressChart chart={o.chart} width={420} height={90} title="Over the weeks" />
      </View>
      <View style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
        {o.keyResults.map((k) => (
          <View key={k.id} style={{ width: '50%', paddingRight: 8 }} wrap={false}>
            <PdfProgressChart chart={k.chart} width={190} height={56} title={k.label} />
          </View>
        ))}
      </View>
      <Text style={styles.h3} minPresenceAhead={40}>{`Retrospective of ${o.label}`}</Text>
      <Retro answers={o.retrospective} />
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
  const pageStyle = [
    styles.page,
    { fontFamily: typeof fontFamily === 'string' ? fontFamily : [...fontFamily] },
  ];
  const footer = <PdfFooter title={c.title} cycle={`${c.cycle} cycle report`.trim()} />;
  const dates =
    c.cycleStart || c.cycleEnd
      ? `${longDate(c.cycleStart) || '…'} – ${longDate(c.cycleEnd) || '…'}`
      : '';
  return (
    <Document
      title={[c.title || 'Untitled workshop', c.cycle, 'Cycle report'].filter(Boolean).join(' — ')}
      subject="How the cycle went: grades, progress and retrospective"
      creator="Offsite"
      producer="Offsite"
      creationDate={props.generatedAt}
      language="en"
    >
      <Page size={PAGE_SIZE[paper]} style={pageStyle}>
        <View>
          <View style={styles.coverBar} />
          <Text style={styles.coverTitle}>{c.title || 'Untitled workshop'}</Text>
          <Text style={styles.coverCycle}>
            {['Cycle report', c.cycle].filter(Boolean).join(' · ')}
          </Text>
          <View style={styles.coverFacts}>
            {dates ? <Fact label="Cycle" value={dates} /> : null}
            <Fact label="Date" value={longDate(c.generatedOn)} />
            {r.previousCycle ? <Fact label="Follows" value={r.previousCycle} /> : null}
            {c.participants.length > 0 ? (
              <Fact label="Who took part" value={c.participants.join(', ')} />
            ) : null}
            {r.objectives.map((o) => (
              <Fact
                key={o.id}
                label={`${o.label} score`}
                value={`${o.score} (expected ${o.expected})`}
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
        <SectionHeading first>OKRs and grades</SectionHeading>
        <Text style={[styles.muted, { marginBottom: 6 }]}>{GRADING_NOTE}</Text>
        <PdfChartLegend />
        {r.objectives.length === 0 ? <Text style={styles.italic}>No objectives.</Text> : null}
        {r.objectives.map((o) => (
          <Fragment key={o.id}>
            <Objective o={o} />
          </Fragment>
        ))}
        <SectionHeading>Retrospective of the cycle</SectionHeading>
        <Retro answers={r.retrospective} />
        {footer}
      </Page>
    </Document>
  );
}
