/**
 * The look of the PDF: A4, Noto Sans 10pt, NHS blue only on headings and rules, tables
 * with right-aligned figures so pence line up down a column. Noto Sans sets every digit
 * at the same width already (tests/unit/pdf-fonts.test.ts holds it to that), so no font
 * feature is asked for: `tnum` changed nothing but cost time on every figure.
 */
import { StyleSheet } from '@react-pdf/renderer';
import { BOLD } from './fonts';
import {
  BODY_FONT_SIZE,
  CELL_GAP,
  KEY_GAP,
  SIDE_MARGIN,
  TABLE_FONT_SIZE,
  TITLE_FONT_SIZE,
} from './pdf-geometry';

/** NHS.UK identity colours: blue, text, secondary text, and the border grey. */
export const NHS_BLUE = '#005eb8';
const TEXT = '#212b32';
const SECONDARY = '#4c6272';
const BORDER = '#d8dde0';
const PALE = '#f0f4f5';

export const styles = StyleSheet.create({
  // The page's font families are the document's own (budget-document.tsx): only those
  // its text needs.
  page: {
    fontSize: 10,
    color: TEXT,
    paddingTop: 56,
    paddingBottom: 56,
    paddingHorizontal: SIDE_MARGIN,
  },
  // Line height lives here, not on the page: react-pdf drops a page-number <Text render>
  // whose ancestor sets it (diegomura/react-pdf#3402, #3566).
  // A unitless line height is resolved against the same style's font size (18 if none) and
  // inherited as points, so the size is given here too, and smaller text sets its own.
  content: { fontSize: BODY_FONT_SIZE, lineHeight: 1.35 },
  header: {
    position: 'absolute',
    top: 24,
    left: SIDE_MARGIN,
    right: SIDE_MARGIN,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderBottomWidth: 1,
    borderBottomColor: NHS_BLUE,
    paddingBottom: 4,
    fontSize: 8,
    color: SECONDARY,
  },
  footer: {
    position: 'absolute',
    bottom: 24,
    // A set height: an auto-height fixed footer at `bottom` drifts page by page (react-pdf#3416).
    height: 16,
    left: SIDE_MARGIN,
    right: SIDE_MARGIN,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderTopWidth: 0.5,
    borderTopColor: BORDER,
    paddingTop: 4,
    fontSize: 8,
    color: SECONDARY,
  },
  title: { fontSize: TITLE_FONT_SIZE, fontWeight: BOLD, lineHeight: 1.2, marginBottom: 4 },
  kind: { fontSize: 10, lineHeight: 1.35, color: SECONDARY, marginBottom: 8 },
  heading: {
    fontSize: 13,
    lineHeight: 1.3,
    fontWeight: BOLD,
    color: NHS_BLUE,
    marginTop: 14,
    marginBottom: 6,
  },
  subheading: { fontSize: 11, lineHeight: 1.3, fontWeight: BOLD, marginTop: 8, marginBottom: 4 },
  body: { marginBottom: 6 },
  small: { fontSize: 8.5, lineHeight: 1.3, color: SECONDARY },
  note: { fontSize: 9, lineHeight: 1.35, color: SECONDARY, marginBottom: 6 },
  bold: { fontWeight: BOLD },
  inset: {
    borderLeftWidth: 3,
    borderLeftColor: NHS_BLUE,
    paddingLeft: 8,
    paddingVertical: 2,
    marginBottom: 6,
  },
  table: { marginBottom: 8, fontSize: TABLE_FONT_SIZE, lineHeight: 1.3 },
  headRow: {
    flexDirection: 'row',
    borderBottomWidth: 1,
    borderBottomColor: TEXT,
    fontWeight: BOLD,
  },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: BORDER },
  cell: { paddingVertical: 3, paddingRight: CELL_GAP },
  numeric: { textAlign: 'right' },
  keyRow: {
    flexDirection: 'row',
    borderBottomWidth: 0.5,
    borderBottomColor: BORDER,
    paddingVertical: 3,
  },
  key: { width: '40%', fontWeight: BOLD, paddingRight: KEY_GAP },
  value: { width: '60%' },
  figure: { fontWeight: BOLD },
  card: { backgroundColor: PALE, padding: 8, marginBottom: 8 },
  flag: { marginTop: 6 },
  signatures: { flexDirection: 'row', marginTop: 4 },
  signatureBox: { width: '50%', paddingRight: 16 },
  signatureLine: { flexDirection: 'row', alignItems: 'flex-end', marginTop: 18 },
  signatureLabel: { width: 60 },
  rule: { flexGrow: 1, borderBottomWidth: 0.75, borderBottomColor: TEXT, height: 12 },
});
