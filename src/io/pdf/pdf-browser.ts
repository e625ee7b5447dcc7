/**
 * The budget PDF in the browser. The app imports this module only with a dynamic
 * `import()`, so react-pdf (about 445 KB gzipped) loads when someone asks for a
 * document, never at start-up. The fonts are files the bundler emits beside the app:
 * nothing is fetched from another site.
 */
import { pdf } from '@react-pdf/renderer';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import latinRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latinExtBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?url';
import latinExtRegular from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import { BudgetDocument, type BudgetDocumentProps } from './budget-document';
import { registerFonts, sharedUntilFailure, trueTypeSources, type FontFiles } from './fonts';

const URLS: FontFiles = { latinRegular, latinBold, latinExtRegular, latinExtBold };

async function readFont(key: keyof FontFiles): Promise<Uint8Array> {
  const response = await fetch(URLS[key]);
  if (!response.ok) throw new Error(`the PDF font ${URLS[key]} could not be read`);
  return new Uint8Array(await response.arrayBuffer());
}

/** WOFF tables are zlib streams, which the browser's "deflate" format reads. */
async function inflate(compressed: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([compressed as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Reads and converts the fonts once a visit. A browser without DecompressionStream
 * (Safari before 16.4, Firefox before 113) gets the WOFF files as they are: slower for a
 * long budget, the same document.
 */
const loadFonts = sharedUntilFailure(async () => {
  const sources = typeof DecompressionStream === 'function' ? await trueTypeSources(readFont, inflate) : URLS;
  registerFonts(sources);
});

export async function budgetPdfBlob(props: BudgetDocumentProps): Promise<Blob> {
  await loadFonts();
  // Called as a function, the component gives the <Document> element react-pdf expects.
  return pdf(BudgetDocument(props)).toBlob();
}
