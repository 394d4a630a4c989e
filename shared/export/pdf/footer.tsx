import { Text, View } from '@react-pdf/renderer';
import { styles } from './styles';

/** The footer on every page: what the document is, and "Page n of m". */
export function PdfFooter(props: { readonly title: string; readonly cycle: string }) {
  const what = [props.title || 'Untitled workshop', props.cycle].filter(Boolean).join(' · ');
  return (
    <View style={styles.footer} fixed>
      <Text style={styles.footerTitle}>{`${what} — OKRs`}</Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}
