import { Document, Page } from '@react-pdf/renderer';
import type { ExportContent } from '../content';
import { CoverPage } from './cover-page';
import { OnePagerPage } from './one-pager-page';
import { OkrSections } from './okr-sections';
import { MeetingSections } from './meeting-sections';
import type { MeetingSection } from '../meeting-content';
import { PdfFooter } from './footer';
import { styles } from './styles';
import { fixedT } from '../../i18n';

/** Paper sizes the PDF is laid out for. @public */
export type Paper = 'a4' | 'letter';

const PAGE_SIZE = { a4: 'A4', letter: 'LETTER' } as const;

/**
 * The whole PDF as a @react-pdf `<Document>`: cover, the strategy one-pager on its own page,
 * then the OKRs, alignment, projects, drumbeat and the teams' latest weekly meetings flowing
 * over as many pages as they need.
 * Every page carries the footer with page numbers.
 * @public
 */
export function WorkshopPdfDocument(props: {
  readonly content: ExportContent;
  /** A family, or a stack: each character is drawn by the first family that has it. */
  readonly fontFamily: string | readonly string[];
  readonly paper: Paper;
  readonly generatedAt: Date;
  /** Each team's latest weekly meeting (meetingSections); none: no such section. */
  readonly meetings?: readonly MeetingSection[];
}) {
  const { content: c, fontFamily, paper } = props;
  const pageStyle = [
    styles.page,
    { fontFamily: typeof fontFamily === 'string' ? fontFamily : [...fontFamily] },
  ];
  const t = fixedT(c.language);
  const footer = <PdfFooter title={c.title} cycle={c.cycle} language={c.language} />;
  return (
    <Document
      title={[c.title || t('app.untitled'), c.cycle, t('export.okrs')].filter(Boolean).join(' — ')}
      subject={t('export.subject')}
      creator="Offsite"
      producer="Offsite"
      creationDate={props.generatedAt}
      language={c.language}
    >
      <Page size={PAGE_SIZE[paper]} style={pageStyle}>
        <CoverPage content={c} />
        {footer}
      </Page>
      <Page size={PAGE_SIZE[paper]} style={pageStyle}>
        <OnePagerPage content={c} />
        {footer}
      </Page>
      <Page size={PAGE_SIZE[paper]} style={pageStyle}>
        <OkrSections content={c} />
        <MeetingSections content={c} meetings={props.meetings ?? []} />
        {footer}
      </Page>
    </Document>
  );
}
