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
import { registerFonts, trueTypeSources, type FontFiles } from './fonts';

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

let fonts: Promise<void> | undefined;

/** Reads and converts the fonts once a visit; a failure is not kept, so a retry reads again. */
function loadFonts(): Promise<void> {
  fonts ??= trueTypeSources(readFont, inflate)
    .then(registerFonts)
    .catch((error: unknown) => {
      fonts = undefined;
      throw error;
    });
  return fonts;
}

export async function budgetPdfBlob(props: BudgetDocumentProps): Promise<Blob> {
  await loadFonts();
  // Called as a function, the component gives the <Document> element react-pdf expects.
  return pdf(BudgetDocument(props)).toBlob();
}
