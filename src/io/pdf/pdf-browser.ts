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
import { registerFonts } from './fonts';

export async function budgetPdfBlob(props: BudgetDocumentProps): Promise<Blob> {
  registerFonts({ latinRegular, latinBold, latinExtRegular, latinExtBold });
  // Called as a function, the component gives the <Document> element react-pdf expects.
  return pdf(BudgetDocument(props)).toBlob();
}
