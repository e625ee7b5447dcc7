/**
 * The PDF's fonts, shipped with the app and never fetched from elsewhere. The built-in
 * Helvetica has no ŵ or ŷ, so every figure and name is set in Noto Sans. Fontsource
 * splits Noto Sans into subsets: £ is in `latin`, ŵ and ŷ in `latin-ext`. react-pdf takes
 * a list of families and picks, letter by letter, the first that has the glyph, so the
 * two subsets are registered as two families and named in that order.
 */
import { Font } from '@react-pdf/renderer';
import { woffToSfnt, type Inflate } from './woff';

const LATIN = 'NotoSans';
const LATIN_EXT = 'NotoSansExt';

/** The `fontFamily` of every text in the document: latin first, latin-ext for the rest. */
export const BODY_FONTS: string[] = [LATIN, LATIN_EXT];

export const REGULAR = 400;
export const BOLD = 700;

/** One source for each of the four fonts: a path or URL to read, or a data: URL to register. */
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

/** Reads one of the WOFF files by its key: from node_modules in Node, by URL in the browser. */
export type ReadFont = (file: keyof FontFiles) => Promise<Uint8Array>;

const BASE64_CHUNK = 0x8000;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.byteLength; at += BASE64_CHUNK)
    binary += String.fromCharCode(...bytes.subarray(at, at + BASE64_CHUNK));
  return btoa(binary);
}

/**
 * The four fonts as data: URLs of their TrueType, for react-pdf to register. TrueType, not
 * the WOFF as shipped: see woff.ts for the time that saves on every PDF.
 */
export async function trueTypeSources(read: ReadFont, inflate: Inflate): Promise<FontFiles> {
  const keys = Object.keys(FONT_FILE_NAMES) as (keyof FontFiles)[];
  const sources = await Promise.all(
    keys.map(async (key) => {
      const trueType = await woffToSfnt(await read(key), inflate);
      return [key, `data:font/ttf;base64,${base64(trueType)}`] as const;
    }),
  );
  return Object.fromEntries(sources) as Record<keyof FontFiles, string>;
}

/** A load every caller shares until it fails; after a failure, the next call tries again. */
export function sharedUntilFailure(load: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

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
