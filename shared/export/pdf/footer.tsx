import { Text, View } from '@react-pdf/renderer';
import { styles } from './styles';
import { fixedT } from '../../i18n';

/** Longer titles are cut with "…", so the footer stays one line on every page. */
const MAX_TITLE = 80;

/** `Title · Cycle · Page n of m`: what the document is and where in it, as one line. */
export function footerLine(
  title: string,
  cycle: string,
  page: number,
  pages: number,
  language = 'en',
): string {
  const t = fixedT(language);
  const name = title.trim() || t('app.untitled');
  const chars = Array.from(name);
  const short =
    chars.length > MAX_TITLE
      ? `${chars
          .slice(0, MAX_TITLE - 1)
          .join('')
          .trimEnd()}…`
      : name;
  return [short, cycle.trim(), t('export.page', { page, pages })].filter(Boolean).join(' · ');
}

/**
 * The footer on every page, one text with " · " between its parts: two texts side by side
 * read back (and copy-paste) as one run-on line.
 */
export function PdfFooter(props: {
  readonly title: string;
  readonly cycle: string;
  readonly language?: string;
}) {
  return (
    <View style={styles.footer} fixed>
      <Text
        render={({ pageNumber, totalPages }) =>
          footerLine(props.title, props.cycle, pageNumber, totalPages, props.language)
        }
      />
    </View>
  );
}
