import { Text, View } from '@react-pdf/renderer';
import type { ExportContent } from '../content';
import { longDate } from '../../dates';
import { styles } from './styles';
import { fixedT } from '../../i18n';

export function Fact(props: { readonly label: string; readonly value: string }) {
  return (
    <View style={styles.coverFact} wrap={false}>
      <Text style={styles.coverFactLabel}>{props.label}</Text>
      <Text style={styles.coverFactValue}>{props.value}</Text>
    </View>
  );
}

/** The cover: title, cycle, date, who took part, and how much the set holds. */
export function CoverPage(props: { readonly content: ExportContent }) {
  const c = props.content;
  const t = fixedT(c.language);
  const dates =
    c.cycleStart || c.cycleEnd
      ? `${longDate(c.cycleStart, c.language) || '…'} – ${longDate(c.cycleEnd, c.language) || '…'}`
      : '';
  return (
    <View>
      <View style={styles.coverBar} />
      <Text style={styles.coverTitle}>{c.title || t('app.untitled')}</Text>
      <Text style={styles.coverCycle}>
        {[t('export.okrs'), c.cycle].filter(Boolean).join(' · ')}
      </Text>
      <View style={styles.coverFacts}>
        {dates ? <Fact label={t('export.cycle')} value={dates} /> : null}
        <Fact label={t('export.date')} value={longDate(c.generatedOn, c.language)} />
        {c.participants.length > 0 ? (
          <Fact label={t('export.whoTookPart')} value={c.participants.join(', ')} />
        ) : null}
        <Fact
          label={t('export.inThisDocument')}
          value={[
            t('export.counts.objectives', { count: c.counts.objectives }),
            t('export.counts.keyResults', { count: c.counts.keyResults }),
            t('export.counts.kept', { count: c.kept.length }),
            t('export.counts.killed', { count: c.killed.length }),
          ].join(', ')}
        />
        {c.agreed ? (
          <Fact label={t('export.status')} value={`✓ ${t('export.agreedByRoom')}`} />
        ) : null}
      </View>
    </View>
  );
}
