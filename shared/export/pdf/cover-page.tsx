import { Text, View } from '@react-pdf/renderer';
import type { ExportContent } from '../content';
import { longDate } from '../../dates';
import { styles } from './styles';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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
  const dates =
    c.cycleStart || c.cycleEnd
      ? `${longDate(c.cycleStart) || '…'} – ${longDate(c.cycleEnd) || '…'}`
      : '';
  return (
    <View>
      <View style={styles.coverBar} />
      <Text style={styles.coverTitle}>{c.title || 'Untitled workshop'}</Text>
      <Text style={styles.coverCycle}>{['OKRs', c.cycle].filter(Boolean).join(' · ')}</Text>
      <View style={styles.coverFacts}>
        {dates ? <Fact label="Cycle" value={dates} /> : null}
        <Fact label="Date" value={longDate(c.generatedOn)} />
        {c.participants.length > 0 ? (
          <Fact label="Who took part" value={c.participants.join(', ')} />
        ) : null}
        <Fact
          label="In this document"
          value={[
            count(c.counts.objectives, 'objective', 'objectives'),
            count(c.counts.keyResults, 'key result', 'key results'),
            count(c.kept.length, 'project kept', 'projects kept'),
            count(c.killed.length, 'project stopped', 'projects stopped'),
          ].join(', ')}
        />
        {c.agreed ? <Fact label="Status" value="✓ Agreed by the room" /> : null}
      </View>
    </View>
  );
}
