/**
 * The PDF's fonts, shipped with the app and never fetched from elsewhere. The built-in
 * Helvetica has no ŵ or ŷ, so every figure and name is set in Noto Sans. Fontsource
 * splits Noto Sans into subsets: £ is in `latin`, ŵ and ŷ in `latin-ext`. react-pdf takes
 * a list of families and picks, letter by letter, the first that has the glyph, so the
 * two subsets are registered as two families and named in that order.
 */
import { Font } from '@react-pdf/renderer';

const LATIN = 'NotoSans';
const LATIN_EXT = 'NotoSansExt';

/** The `fontFamily` of every text in the document: latin first, latin-ext for the rest. */
export const BODY_FONTS: string[] = [LATIN, LATIN_EXT];

export const REGULAR = 400;
export const BOLD = 700;

/** Where each WOFF file is: a path in Node, a URL the bundler emits in the browser. */
export interface FontFiles {
  readonly latinRegular: string;
  readonly latinBold: string;
  readonly latinExtRegular: string;
  readonly latinExtBold: string;
}

/** The four WOFF files of @fontsource/noto-sans the document uses (WOFF2 is not supported). */
export const FONT_FILE_NAMES: Readonly<Record<keyof FontFiles, string>> = {
  latinRegular: 'noto-sans-latin-400-normal.woff',
  latinBold: 'noto-sans-latin-700-normal.woff',
  latinExtRegular: 'noto-sans-latin-ext-400-normal.woff',
  latinExtBold: 'noto-sans-latin-ext-700-normal.woff',
};

let registered = false;

/** Registers the families once: react-pdf's font store is global, and adding twice duplicates. */
export function registerFonts(files: FontFiles): void {
  if (registered) return;
  Font.register({
    family: LATIN,
    fonts: [
      { src: files.latinRegular, fontWeight: REGULAR },
      { src: files.latinBold, fontWeight: BOLD },
    ],
  });
  Font.register({
    family: LATIN_EXT,
    fonts: [
      { src: files.latinExtRegular, fontWeight: REGULAR },
      { src: files.latinExtBold, fontWeight: BOLD },
    ],
  });
  // Never hyphenate: a name, an id or a figure split across lines reads as two, and a
  // finance officer copying text out of the PDF would get a stray hyphen.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
