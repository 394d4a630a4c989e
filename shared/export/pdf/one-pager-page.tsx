import { Text, View } from '@react-pdf/renderer';
import type { ExportContent } from '../content';
import { styles } from './styles';
import { fixedT } from '../../i18n';

/**
 * Text sizes for the one-pager: it is meant to fit one page, so long texts get a smaller
 * size; past that the page flows on rather than clipping anything.
 */
function fontSizeFor(p: ExportContent['onePager']): number {
  const chars =
    p.purpose.length +
    p.vision.length +
    p.customers.length +
    p.focusAreas.reduce((n, f) => n + f.title.length + f.description.length, 0) +
    [...p.notDoing, ...p.metrics].reduce((n, t) => n + t.length + 40, 0);
  if (chars > 4500) return 7.5;
  if (chars > 2500) return 8.5;
  return 10;
}

function TextBlock(props: {
  readonly label: string;
  readonly text: string;
  readonly empty: string;
}) {
  return (
    <View style={styles.block}>
      <Text style={styles.label}>{props.label.toUpperCase()}</Text>
      <Text style={props.text ? styles.paragraph : styles.italic}>{props.text || props.empty}</Text>
    </View>
  );
}

/** A labelled list of lines, or a quiet word when it is empty (also the weekly meetings'). */
export function LabelledLines(props: {
  readonly label: string;
  readonly items: readonly string[];
  readonly empty: string;
}) {
  return (
    <>
      <Text style={styles.label}>{props.label.toUpperCase()}</Text>
      {props.items.length === 0 ? <Text style={styles.italic}>{props.empty}</Text> : null}
      {props.items.map((item, i) => (
        <View key={i} style={styles.bullet} wrap={false}>
          <Text style={styles.bulletMark}>–</Text>
          <Text style={styles.bulletText}>{item}</Text>
        </View>
      ))}
    </>
  );
}

/** {@link LabelledLines} as one column of a row. */
export function Bullets(props: {
  readonly label: string;
  readonly items: readonly string[];
  readonly empty: string;
}) {
  return (
    <View style={styles.column}>
      <LabelledLines {...props} />
    </View>
  );
}

/** The strategy one-pager: purpose, vision, customers, focus areas, not doing, health metrics. */
export function OnePagerPage(props: { readonly content: ExportContent }) {
  const p = props.content.onePager;
  const t = fixedT(props.content.language);
  const empty = t('export.notWritten');
  return (
    <View style={{ fontSize: fontSizeFor(p) }}>
      <Text style={styles.h1}>{t('steps.onepager.label')}</Text>
      <TextBlock label={t('onepager.purpose')} text={p.purpose} empty={empty} />
      <TextBlock label={t('onepager.vision')} text={p.vision} empty={empty} />
      <TextBlock label={t('onepager.customers')} text={p.customers} empty={empty} />
      <Text style={styles.label}>{t('onepager.focusAreas').toUpperCase()}</Text>
      {p.focusAreas.length === 0 ? (
        <Text style={[styles.italic, styles.block]}>{t('export.noneYet')}</Text>
      ) : null}
      <View style={styles.focusRow}>
        {p.focusAreas.map((f, i) => (
          <View key={i} style={styles.focusCard} wrap={false}>
            <View style={styles.focusInner}>
              <Text style={styles.focusTitle}>{`${i + 1}. ${f.title}`}</Text>
              {f.description ? <Text style={styles.muted}>{f.description}</Text> : null}
            </View>
          </View>
        ))}
      </View>
      <View style={styles.columns}>
        <Bullets
          label={t('export.willNotDo')}
          items={p.notDoing}
          empty={t('export.nothingListed')}
        />
        <Bullets label={t('onepager.metrics')} items={p.metrics} empty={t('export.noneListed')} />
      </View>
    </View>
  );
}
