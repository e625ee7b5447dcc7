/**
 * Text a person reads is plain text: it prints as it reads, on every screen, page and
 * terminal. Two rules keep it so (docs/plain-text.md):
 *
 * - On the way in, every free-text field of a budget or rate card, and every form field
 *   that fills one, refuses the characters below: one-line fields all of them, the few
 *   multi-line fields (an outcome's words and what good looks like, a revision's reason, a card's notes and source
 *   text) all but the line feed.
 * - On the way out, the text report, the CSV and the PDF make any that got past inert, so
 *   a line break can never start a line of its own (a forged "Totals" line) and an escape
 *   sequence or a direction override never reaches a terminal or a reader.
 */

/**
 * C0 controls (tab, line feed, carriage return, escape…), DEL, C1 controls (next line…),
 * the line and paragraph separators, and the direction embeddings, overrides and isolates
 * that make text read in another order than it is written.
 */
const REFUSED = '\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069';
/** The same, less the line feed that a multi-line field may hold. */
const REFUSED_BUT_LINE_FEED =
  '\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069';

/** Whether a field is one line (a name, an activity) or may hold line breaks (notes). */
export type TextLines = 'one' | 'many';

const refused = (lines: TextLines) => (lines === 'one' ? REFUSED : REFUSED_BUT_LINE_FEED);

/** The whole text holds none of the refused characters: a pattern JSON Schema can carry too. */
export function plainTextPattern(lines: TextLines): RegExp {
  return new RegExp(`^[^${refused(lines)}]*$`);
}

/** The first refused character, as "U+001B", and where it is, counting characters from 1. */
export interface RefusedCharacter {
  readonly character: string;
  readonly position: number;
}

export function firstRefusedCharacter(text: string, lines: TextLines): RefusedCharacter | null {
  const match = new RegExp(`[${refused(lines)}]`).exec(text);
  if (match === null) return null;
  const code = match[0].codePointAt(0) ?? 0;
  return {
    character: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
    // Characters as a person counts them: an emoji before it is one, not two.
    position: [...text.slice(0, match.index)].length + 1,
  };
}

/** Breaks and tabs: whitespace, so on output each becomes one space and the words stay apart. */
const BREAK_OR_TAB = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g;
const OTHER_REFUSED = new RegExp(`[${REFUSED}]`, 'g');

/**
 * Text made safe to print on one line: each line break or tab a space, and every other
 * refused character U+FFFD (�), so that something was there shows, but does nothing.
 */
export function inertText(text: string): string {
  return text.replace(BREAK_OR_TAB, ' ').replace(OTHER_REFUSED, '\uFFFD');
}
