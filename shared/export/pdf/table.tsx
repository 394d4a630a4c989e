import type { ReactNode } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { styles } from './styles';

/** One column of a PDF table: its header, width (a percentage) and cell content. */
export interface PdfColumn<T> {
  readonly header: string;
  readonly width: string;
  readonly cell: (row: T) => ReactNode;
}

/**
 * A table as a header row followed by its rows, returned as siblings (a fragment) so the
 * caller's heading sits in the same parent: @react-pdf only honours `minPresenceAhead`
 * against following siblings. Every row is `wrap={false}`: a row moves to the next page
 * whole rather than being cut in half; the header keeps at least one row with it.
 */
export function PdfTable<T>(props: {
  readonly columns: readonly PdfColumn<T>[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T, index: number) => string;
}): ReactNode {
  const { columns, rows, rowKey } = props;
  return (
    <>
      <View style={styles.tableHead} wrap={false} minPresenceAhead={56}>
        {columns.map((c) => (
          <Text key={c.header} style={[styles.cell, { width: c.width }]}>
            {c.header}
          </Text>
        ))}
      </View>
      {rows.map((row, i) => (
        <View key={rowKey(row, i)} style={styles.row} wrap={false}>
          {columns.map((c) => {
            const content = c.cell(row);
            return typeof content === 'string' || typeof content === 'number' ? (
              <Text key={c.header} style={[styles.cell, { width: c.width }]}>
                {content}
              </Text>
            ) : (
              <View key={c.header} style={[styles.cell, { width: c.width }]}>
                {content}
              </View>
            );
          })}
        </View>
      ))}
    </>
  );
}
