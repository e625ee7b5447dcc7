/**
 * The PDF's fonts, shipped with the app and never fetched from elsewhere. The built-in
 * Helvetica has no ŵ or ŷ, so every figure and name is set in Noto Sans. Fontsource
 * splits Noto Sans into one file per script: £ is in `latin`, ŵ and ŷ in `latin-ext`,
 * Олена in `cyrillic`, and so on. react-pdf takes a list of families and picks, letter
 * by letter, the first that has the glyph, so each file is registered as a family of its
 * own and named in the order below. A document names only the families its text needs
 * (printable.ts), so a budget written in English loads two, not nine.
 *
 * What is not here, and why (docs/pdf.md): Arabic and Hebrew (react-pdf's right-to-left
 * layout drops and misplaces Arabic letters), Gurmukhi (its shaping throws in fontkit),
 * Chinese, Japanese and Korean (each some megabytes), emoji and the other scripts. Text
 * in any of them is refused by name before a PDF is made, never printed as junk.
 */
import { Font } from '@react-pdf/renderer';
import { CONTENT_WIDTH, TITLE_FONT_SIZE } from './pdf-geometry';
import { keepShapes, type Shaper } from './shaping-cache';
import { woffToSfnt, type Inflate } from './woff';

export const REGULAR = 400;
export const BOLD = 700;

/** One family: its react-pdf name and its two WOFF files, as module paths. */
export interface FontFace {
  readonly family: string;
  readonly regular: string;
  readonly bold: string;
}

function face(family: string, pkg: string, subset: string): FontFace {
  const file = (weight: number) => `@fontsource/${pkg}/files/${subset}-${weight}-normal.woff`;
  return { family, regular: file(REGULAR), bold: file(BOLD) };
}

/**
 * Every family the PDF can use, in the order react-pdf tries them. Latin comes first, as
 * almost every text is set in it; WOFF, as react-pdf cannot read WOFF2.
 */
export const FACES: readonly FontFace[] = [
  face('NotoSans', 'noto-sans', 'noto-sans-latin'),
  face('NotoSansExt', 'noto-sans', 'noto-sans-latin-ext'),
  face('NotoSansGreek', 'noto-sans', 'noto-sans-greek'),
  face('NotoSansGreekExt', 'noto-sans', 'noto-sans-greek-ext'),
  face('NotoSansCyrillic', 'noto-sans', 'noto-sans-cyrillic'),
  face('NotoSansCyrillicExt', 'noto-sans', 'noto-sans-cyrillic-ext'),
  face('NotoSansVietnamese', 'noto-sans', 'noto-sans-vietnamese'),
  face('NotoSansDevanagari', 'noto-sans', 'noto-sans-devanagari'),
  face('NotoSansBengali', 'noto-sans-bengali', 'noto-sans-bengali-bengali'),
];

/** The families every document loads: the app's own words are English or Welsh. */
export const BASE_FACES: readonly FontFace[] = FACES.slice(0, 2);

/** What a word is measured with: the bold Latin font as react-pdf holds it, once loaded. */
interface Measure {
  layout(text: string): { advanceWidth: number };
  readonly unitsPerEm: number;
}

let measure: Measure | undefined;

/**
 * A word's width in points, set in bold Noto Sans: bold is the wider weight, so a word
 * that fits by this measure fits in either. Letters of other scripts are measured as the
 * Latin font's blank, which is as wide as a wide letter.
 */
export function wordWidth(word: string, fontSize: number): number {
  if (measure === undefined) throw new Error('the PDF fonts are not loaded yet');
  let advance = advances.get(word);
  if (advance === undefined) {
    // Shaping a word is the costly part; a document asks for the same words (ids, units,
    // figures, days) over and over, and again at each page react-pdf lays out anew.
    if (advances.size >= MAX_KEPT_WIDTHS) advances.clear();
    advance = measure.layout(word).advanceWidth;
    advances.set(word, advance);
  }
  return (advance * fontSize) / measure.unitsPerEm;
}

/** Each word's advance in the measuring font's units, kept for the worker's or process's life. */
const advances = new Map<string, number>();
const MAX_KEPT_WIDTHS = 50_000;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A hyphenation callback for text `width` points wide at `fontSize`: a word that fits is
 * never broken (a name, an id or a figure split across lines reads as two, and a finance
 * officer copying text out would get a stray hyphen); a word wider than that, such as a
 * web address, may break between any two letters, with a hyphen, rather than run over
 * the next column's figures.
 */
export function breakLongWords(width: number, fontSize: number): (word: string) => string[] {
  return (word) =>
    wordWidth(word, fontSize) <= width
      ? [word]
      : Array.from(graphemes.segment(word), (part) => part.segment);
}

/** Reads one WOFF file by its module path: from node_modules in Node, by URL in the browser. */
export type ReadFont = (file: string) => Promise<Uint8Array>;

/** Gives react-pdf something it can register for one file: a data: URL or a plain URL. */
export type FontSource = (file: string) => Promise<string>;

const BASE64_CHUNK = 0x8000;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.byteLength; at += BASE64_CHUNK)
    binary += String.fromCharCode(...bytes.subarray(at, at + BASE64_CHUNK));
  return btoa(binary);
}

/**
 * A font as a data: URL of its TrueType, for react-pdf to register. TrueType, not the
 * WOFF as shipped: see woff.ts for the time that saves on every PDF.
 */
export function trueTypeSource(read: ReadFont, inflate: Inflate): FontSource {
  return async (file) => {
    const trueType = await woffToSfnt(await read(file), inflate);
    return `data:font/ttf;base64,${base64(trueType)}`;
  };
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

/**
 * Loads and registers families when a document first needs them, each once a process
 * or visit: react-pdf's font store is global, and adding a family twice duplicates it.
 */
export function familyLoader(source: FontSource): (faces: readonly FontFace[]) => Promise<void> {
  const loads = new Map<string, () => Promise<void>>();
  const loadOne = (font: FontFace) => {
    let load = loads.get(font.family);
    if (load === undefined) {
      load = sharedUntilFailure(async () => {
        const [regular, bold] = await Promise.all([source(font.regular), source(font.bold)]);
        Font.register({
          family: font.family,
          fonts: [
            { src: regular, fontWeight: REGULAR },
            { src: bold, fontWeight: BOLD },
          ],
        });
        // Loaded here rather than when react-pdf first sets a text in them, so that each
        // keeps the texts it shapes (shaping-cache.ts).
        const weights = [REGULAR, BOLD].map((fontWeight) => ({
          fontFamily: font.family,
          fontWeight,
        }));
        await Promise.all(weights.map((weight) => Font.load(weight)));
        for (const weight of weights) {
          const loaded = Font.getFont(weight).data as Shaper | null;
          if (loaded !== null) keepShapes(loaded);
        }
        if (font === FACES[0]) {
          const bold = { fontFamily: font.family, fontWeight: BOLD };
          measure = (Font.getFont(bold).data as Measure | null) ?? undefined;
          advances.clear();
        }
      });
      loads.set(font.family, load);
    }
    return load();
  };
  // Text the width of the page breaks only a word wider than the page, even at the title's
  // size; table cells and listed values say their own, narrower, widths (pdf-blocks.tsx).
  Font.registerHyphenationCallback(breakLongWords(CONTENT_WIDTH, TITLE_FONT_SIZE));
  return async (faces) => {
    await Promise.all(faces.map(loadOne));
  };
}
