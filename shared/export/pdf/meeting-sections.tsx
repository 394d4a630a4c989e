import { Fragment } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { longDate } from '../../dates';
import { fixedT } from '../../i18n';
import type { ExportContent } from '../content';
import { confidenceFacts, type MeetingSection } from '../meeting-content';
import { SectionHeading } from './okr-sections';
import { Bullets, LabelledLines } from './one-pager-page';
import { styles } from './styles';

type T = ReturnType<typeof fixedT>;

/** One team's latest meeting: its four squares two by two, then its wins. */
function Meeting(props: { readonly m: MeetingSection; readonly t: T; readonly language: string }) {
  const { m, t } = props;
  const none = t('meetingExport.none');
  const confidence = m.confidence.map((k) =>
    k.latest === null
      ? `${k.label} ${k.title}: ${t('meetingExport.noCheckIn')}`
      : `${k.label} ${k.title}: ${k.latest}/10 (${confidenceFacts(t, k)})`,
  );
  const health = m.health.map(
    (h) => `${h.metric}: ${t(`meetingExport.ratings.${h.rating ?? 'none'}`)}`,
  );
  return (
    <>
      <Text style={styles.h3} minPresenceAhead={80}>
        {t('meetingExport.heading', { team: m.team, date: longDate(m.week, props.language) })}
      </Text>
      <View style={[styles.columns, styles.block]}>
        <View style={styles.column}>
          <Text style={styles.label}>{t('meetingExport.priorities').toUpperCase()}</Text>
          <View style={styles.subList}>
            <LabelledLines label={t('meetingExport.p1')} items={m.p1} empty={none} />
          </View>
          <View style={styles.subList}>
            <LabelledLines label={t('meetingExport.p2')} items={m.p2} empty={none} />
          </View>
        </View>
        <Bullets
          label={t('meetingExport.confidence')}
          items={confidence}
          empty={t('meetingExport.noKeyResults')}
        />
      </View>
      <View style={[styles.columns, styles.block]}>
        <Bullets label={t('meetingExport.next')} items={m.next} empty={none} />
        <Bullets
          label={t('meetingExport.health')}
          items={health}
          empty={t('meetingExport.noMetrics')}
        />
      </View>
      {/* Kept whole: a week's wins are a few lines, and a label alone ends no page. */}
      <View style={[styles.columns, styles.block]} wrap={false}>
        <Bullets label={t('meetingExport.wins')} items={m.wins} empty={none} />
      </View>
    </>
  );
}

/**
 * Each team's latest weekly meeting (shared/export/meeting-content.ts), after the Drumbeat;
 * nothing when no meeting was held. Ratings are words: the PDF prints in black and white.
 */
export function MeetingSections(props: {
  readonly content: ExportContent;
  readonly meetings: readonly MeetingSection[];
}) {
  const { content: c, meetings } = props;
  if (meetings.length === 0) return null;
  const t = fixedT(c.language);
  return (
    <>
      <SectionHeading>{t('meetingExport.title')}</SectionHeading>
      <Text style={[styles.paragraph, styles.muted]}>{t('meetingExport.lead')}</Text>
      {meetings.map((m) => (
        <Fragment key={m.team}>
          <Meeting m={m} t={t} language={c.language} />
        </Fragment>
      ))}
    </>
  );
}
