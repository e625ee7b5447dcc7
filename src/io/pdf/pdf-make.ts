/**
 * The budget PDF made in the browser, in the PDF worker (pdf-worker.ts) or, where there is
 * no Worker, on the page (pdf-browser.ts loads this module with `import()` then). Either
 * way react-pdf (about 445 KB gzipped) loads when someone asks for a document, never at
 * start-up. The fonts are files the bundler emits beside the app: nothing is fetched from
 * another site, and only the families a budget's text needs are fetched at all
 * (printable.ts).
 *
 * What it is given is plain data that can be posted to a worker (pdf-request.ts): the
 * budget, its card and the as-at day, priced here again with the same function as the
 * page (the pricing itself holds Decimals, which a worker cannot be sent), and the
 * messages of the page's i18next instance, so the document says what the page says.
 */
import { pdf } from '@react-pdf/renderer';
import bengaliBold from '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-700-normal.woff?url';
import bengaliRegular from '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff?url';
import cyrillicBold from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff?url';
import cyrillicExtBold from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff?url';
import cyrillicExtRegular from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff?url';
import cyrillicRegular from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url';
import devanagariBold from '@fontsource/noto-sans/files/noto-sans-devanagari-700-normal.woff?url';
import devanagariRegular from '@fontsource/noto-sans/files/noto-sans-devanagari-400-normal.woff?url';
import greekBold from '@fontsource/noto-sans/files/noto-sans-greek-700-normal.woff?url';
import greekExtBold from '@fontsource/noto-sans/files/noto-sans-greek-ext-700-normal.woff?url';
import greekExtRegular from '@fontsource/noto-sans/files/noto-sans-greek-ext-400-normal.woff?url';
import greekRegular from '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import latinExtBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?url';
import latinExtRegular from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import latinRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import vietnameseBold from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff?url';
import vietnameseRegular from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff?url';
import { priceOnCard } from '../../domain/pricing/price-budget';
import { createInstance } from '../../i18n/instance';
import { preparedDocument, type Prepared } from './budget-document';
import { familyLoader, trueTypeSource, type FontSource } from './fonts';
import type { PdfRequest, PdfStage } from './pdf-request';

/** Each font file's URL in the build, by its module path (fonts.ts names them). */
export const FONT_URLS: Readonly<Record<string, string>> = {
  '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff': latinRegular,
  '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff': latinBold,
  '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff': latinExtRegular,
  '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff': latinExtBold,
  '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff': greekRegular,
  '@fontsource/noto-sans/files/noto-sans-greek-700-normal.woff': greekBold,
  '@fontsource/noto-sans/files/noto-sans-greek-ext-400-normal.woff': greekExtRegular,
  '@fontsource/noto-sans/files/noto-sans-greek-ext-700-normal.woff': greekExtBold,
  '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff': cyrillicRegular,
  '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff': cyrillicBold,
  '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff': cyrillicExtRegular,
  '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff': cyrillicExtBold,
  '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff': vietnameseRegular,
  '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff': vietnameseBold,
  '@fontsource/noto-sans/files/noto-sans-devanagari-400-normal.woff': devanagariRegular,
  '@fontsource/noto-sans/files/noto-sans-devanagari-700-normal.woff': devanagariBold,
  '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff': bengaliRegular,
  '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-700-normal.woff': bengaliBold,
};

function urlOf(file: string): string {
  const url = FONT_URLS[file];
  if (url === undefined) throw new Error(`the PDF font ${file} is not in the build`);
  return url;
}

async function readFont(file: string): Promise<Uint8Array> {
  const response = await fetch(urlOf(file));
  if (!response.ok) throw new Error(`the PDF font ${urlOf(file)} could not be read`);
  return new Uint8Array(await response.arrayBuffer());
}

/** WOFF tables are zlib streams, which the browser's "deflate" format reads. */
async function inflate(compressed: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([compressed as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Reads and converts each family once a visit. A browser without DecompressionStream
 * (Safari before 16.4, Firefox before 113) gets the WOFF files as they are: slower for a
 * long budget, the same document.
 */
const source: FontSource =
  typeof DecompressionStream === 'function'
    ? trueTypeSource(readFont, inflate)
    : (file) => Promise.resolve(urlOf(file));
const loadFamilies = familyLoader(source);

/**
 * The PDF, or why it was not made (then nothing is laid out). `stage` hears when the fonts
 * are being loaded and when the pages are being set out, the long part.
 */
export async function makePdf(
  request: PdfRequest,
  stage: (stage: PdfStage) => void,
): Promise<Prepared<Blob>> {
  const { budget, card, asOf, language, messages, madeOn, revision } = request;
  const priced = priceOnCard(budget, card, { asOf });
  // The page priced the same budget before asking, so this fails only if the two differ.
  if (!priced.ok) throw new Error('the budget given for the PDF cannot be priced');
  const { t } = createInstance(language, messages);
  stage('fonts');
  const prepared = await preparedDocument(
    { pricing: priced.value, t, language, madeOn, revision },
    loadFamilies,
  );
  if (!prepared.ok) return prepared;
  stage('layout');
  return { ok: true, value: await pdf(prepared.value).toBlob() };
}
