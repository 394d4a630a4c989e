import { StyleSheet } from '@react-pdf/renderer';

/**
 * A calm, print-friendly look: near-black text on white, one muted accent, hairline rules
 * instead of filled boxes (cheap on toner, readable in black and white).
 */
export const COLORS = {
  text: '#1f2328',
  muted: '#59636e',
  accent: '#2f4b7c',
  rule: '#c9d1d9',
  faint: '#f3f5f7',
} as const;

/*
 * No `lineHeight` anywhere, on purpose: @react-pdf 4.9 re-resolves styles on every
 * pagination pass and multiplies a line height by the font size each time, so a long
 * document crashes pdfkit ("unsupported number: …e+21") and the "Page n of m" footer
 * silently vanishes (react-pdf#3452, #3402). Spacing comes from margins instead.
 */
export const styles = StyleSheet.create({
  page: {
    paddingTop: 48,
    paddingBottom: 64,
    paddingHorizontal: 48,
    fontSize: 9.5,
    color: COLORS.text,
  },
  footer: {
    position: 'absolute',
    bottom: 28,
    left: 48,
    right: 48,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderTopWidth: 0.5,
    borderTopColor: COLORS.rule,
    paddingTop: 6,
    fontSize: 7.5,
    color: COLORS.muted,
  },

  coverBar: {
    height: 4,
    width: 64,
    backgroundColor: COLORS.accent,
    marginTop: 120,
    marginBottom: 24,
  },
  coverTitle: { fontSize: 26, fontWeight: 700, marginBottom: 10 },
  coverCycle: { fontSize: 14, color: COLORS.accent, marginBottom: 36 },
  coverFacts: { borderTopWidth: 0.5, borderTopColor: COLORS.rule, paddingTop: 14 },
  coverFact: { flexDirection: 'row', marginBottom: 8 },
  coverFactLabel: { width: 110, color: COLORS.muted },
  coverFactValue: { flex: 1 },

  h1: { fontSize: 18, fontWeight: 700, color: COLORS.accent, marginBottom: 14 },
  h2: { fontSize: 13, fontWeight: 700, color: COLORS.accent, marginTop: 18, marginBottom: 8 },
  h3: { fontSize: 11, fontWeight: 700, marginTop: 10, marginBottom: 4 },
  label: {
    fontSize: 7.5,
    fontWeight: 700,
    color: COLORS.muted,
    letterSpacing: 0.6,
    marginBottom: 3,
  },
  paragraph: { marginBottom: 4 },
  muted: { color: COLORS.muted },
  italic: { fontStyle: 'italic', color: COLORS.muted },
  small: { fontSize: 8 },

  block: { marginBottom: 12 },
  focusRow: { flexDirection: 'row', flexWrap: 'wrap', marginHorizontal: -4, marginBottom: 8 },
  focusCard: {
    width: '33.33%',
    paddingHorizontal: 4,
    marginBottom: 8,
  },
  focusInner: {
    borderLeftWidth: 2,
    borderLeftColor: COLORS.accent,
    paddingLeft: 8,
    paddingVertical: 2,
  },
  focusTitle: { fontWeight: 700, marginBottom: 2 },
  columns: { flexDirection: 'row', marginHorizontal: -8 },
  column: { flex: 1, paddingHorizontal: 8 },
  bullet: { flexDirection: 'row', marginBottom: 2 },
  bulletMark: { width: 10, color: COLORS.muted },
  bulletText: { flex: 1 },
  /** A list inside a column (a meeting's P1 and P2 under its priorities). */
  subList: { marginLeft: 6, marginTop: 2 },

  objectiveHead: { marginTop: 16, marginBottom: 6 },
  objectiveTitle: { fontSize: 12, fontWeight: 700, marginBottom: 3 },
  objectiveLabel: { color: COLORS.accent },
  facts: { flexDirection: 'row', flexWrap: 'wrap', fontSize: 8, color: COLORS.muted },
  fact: { marginRight: 12 },

  tableHead: {
    flexDirection: 'row',
    backgroundColor: COLORS.faint,
    borderBottomWidth: 0.75,
    borderBottomColor: COLORS.muted,
    fontSize: 7.5,
    fontWeight: 700,
    color: COLORS.muted,
  },
  row: {
    flexDirection: 'row',
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.rule,
    fontSize: 8.5,
  },
  cell: { paddingVertical: 4, paddingHorizontal: 4 },
  initiative: { fontSize: 7.5, color: COLORS.muted, marginTop: 2 },

  treeLine: { flexDirection: 'row', marginBottom: 3 },
  treeMark: { width: 12, color: COLORS.muted },
});
