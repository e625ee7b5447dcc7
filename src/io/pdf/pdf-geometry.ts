/**
 * The page's measures, in points, where the styles and the breaking of long words
 * (fonts.ts) both need them.
 */
/** A4's width and the page's side margins, in points: what is left is the text's width. */
const A4_WIDTH = 595.28;
export const SIDE_MARGIN = 48;
export const CONTENT_WIDTH = A4_WIDTH - 2 * SIDE_MARGIN;
/** The sizes and right-hand gaps of table cells and of a list's values, for breakLongWords. */
export const TABLE_FONT_SIZE = 9;
export const CELL_GAP = 6;
export const BODY_FONT_SIZE = 10;
export const KEY_GAP = 8;
/** The largest text in the document, the title. */
export const TITLE_FONT_SIZE = 18;
