/**
 * The few shapes the document is built from: a section with its heading, a list of
 * labelled values, and a table. Rows never split across pages.
 */
import { View } from '@react-pdf/renderer';
import { breakLongWords } from './fonts';
import { BODY_FONT_SIZE, CELL_GAP, CONTENT_WIDTH, KEY_GAP, TABLE_FONT_SIZE } from './pdf-geometry';
import { Text } from './pdf-text';
import { styles } from './pdf-styles';

/** Rows of content, typed without importing React (src/io stays free of the React package). */
type Children = React.ReactNode;

/**
 * No page may break within this many points after a heading, so that no heading is left
 * alone at the foot of a page. A block that starts inside that distance and cannot split
 * (a table's header with its first row, a row) goes with the heading whole, so the
 * distance only has to reach past an intro note to the table. A longer one chains: under
 * react-pdf's pagination (budget-document.tsx) a short section's distance reaches past its
 * end into the next heading's, and both move to the next page, leaving this one's foot
 * empty (110 points did that to the example's expenses).
 */
const HEADING_KEEP_WITH_NEXT = 60;
/** A table's header row is kept with at least its first row or two. */
const HEADER_KEEP_WITH_NEXT = 60;

/** Sections this short or shorter are kept on one page rather than split. */
export const KEEP_TOGETHER_ROWS = 16;

export function Section({
  heading,
  keep = false,
  children,
}: {
  heading: string;
  /** Keep the whole section on one page: only for sections known to be short. */
  keep?: boolean;
  children: Children;
}) {
  return (
    <View wrap={!keep}>
      <Heading>{heading}</Heading>
      {children}
    </View>
  );
}

/** A section's heading, kept with what follows it. */
export function Heading({ children }: { children: string }) {
  return (
    <Text style={styles.heading} minPresenceAhead={HEADING_KEEP_WITH_NEXT}>
      {children}
    </Text>
  );
}

export function Subheading({ children }: { children: string }) {
  return (
    <Text style={styles.subheading} minPresenceAhead={HEADING_KEEP_WITH_NEXT}>
      {children}
    </Text>
  );
}

export function Paragraph({ children, note = false }: { children: string; note?: boolean }) {
  return <Text style={note ? styles.note : styles.body}>{children}</Text>;
}

export interface KeyValue {
  readonly key: string;
  readonly hint?: string | undefined;
  readonly value: string;
  /** A figure: in bold, so totals stand out (Noto Sans digits are one width, so they line up). */
  readonly figure?: boolean;
}

/** The width left for text in a share of the page ("40%") less its gap, in points. */
const widthOf = (share: string, gap: number) =>
  (Number.parseFloat(share) / 100) * CONTENT_WIDTH - gap;

// A list's keys take 40% of the width and its values 60% (styles.key, styles.value).
const keyWords = breakLongWords(widthOf('40%', KEY_GAP), BODY_FONT_SIZE);
const valueWords = breakLongWords(widthOf('60%', 0), BODY_FONT_SIZE);
const pageWords = breakLongWords(CONTENT_WIDTH, TABLE_FONT_SIZE);

export function KeyValues({ rows }: { rows: readonly KeyValue[] }) {
  return (
    <View style={styles.body}>
      {rows.map((row) => (
        <View key={row.key} style={styles.keyRow} wrap={false}>
          <View style={styles.key}>
            <Text hyphenationCallback={keyWords}>{row.key}</Text>
            {row.hint !== undefined && <Text style={styles.small}>{row.hint}</Text>}
          </View>
          <Text
            style={row.figure === true ? [styles.value, styles.figure] : styles.value}
            hyphenationCallback={valueWords}
          >
            {row.value}
          </Text>
        </View>
      ))}
    </View>
  );
}

export interface Column {
  readonly heading: string;
  /** A share of the table's width, like "20%". */
  readonly width: string;
  readonly numeric?: boolean;
}

/** A cell is one text, or several lines (a line's rates by day), each its own text. */
export type Cell = string | readonly string[];

export interface Row {
  readonly key: string;
  readonly cells: readonly Cell[];
}

export function Table({
  columns,
  rows,
  lead,
}: {
  columns: readonly Column[];
  rows: readonly Row[];
  /** A heading set with the header row and the first row, never left alone at a page foot. */
  lead?: Children;
}) {
  const box = (column: Column | undefined) => [styles.cell, { width: column?.width ?? 'auto' }];
  const align = (column: Column | undefined) => (column?.numeric === true ? styles.numeric : {});
  // A word too wide for its column breaks, rather than print over the next column.
  const breaking = columns.map((column) =>
    breakLongWords(widthOf(column.width, CELL_GAP), TABLE_FONT_SIZE),
  );
  const words = (index: number) => breaking[index] ?? pageWords;
  const row = (row: Row) => (
    <View key={row.key} style={styles.row} wrap={false}>
      {row.cells.map((cell, index) =>
        // Lines as separate texts, never joined with "\n": react-pdf sets a newline in
        // its fallback Helvetica, which would put a font in the file that has no ŵ.
        typeof cell === 'string' ? (
          <Text
            key={index}
            style={[...box(columns[index]), align(columns[index])]}
            hyphenationCallback={words(index)}
          >
            {cell}
          </Text>
        ) : (
          <View key={index} style={box(columns[index])}>
            {cell.map((line, lineIndex) => (
              <Text
                key={lineIndex}
                style={align(columns[index])}
                hyphenationCallback={words(index)}
              >
                {line}
              </Text>
            ))}
          </View>
        ),
      )}
    </View>
  );
  const [first, ...rest] = rows;
  // The heading, the header row and the first row are one unit that never splits:
  // react-pdf's minPresenceAhead alone left a heading or header alone at a page foot.
  return (
    <View style={styles.table}>
      <View wrap={false}>
        {lead}
        <View style={styles.headRow} minPresenceAhead={HEADER_KEEP_WITH_NEXT}>
          {columns.map((column, index) => (
            <Text
              key={column.heading}
              style={[...box(column), align(column)]}
              hyphenationCallback={words(index)}
            >
              {column.heading}
            </Text>
          ))}
        </View>
        {first === undefined ? null : row(first)}
      </View>
      {rest.map(row)}
    </View>
  );
}
