/**
 * The budget PDF in Node, for the headless command and the tests: the fonts come from
 * their files in node_modules, and react-pdf renders straight to a buffer.
 */
import { createRequire } from 'node:module';
import { renderToBuffer } from '@react-pdf/renderer';
import { BudgetDocument, type BudgetDocumentProps } from './budget-document';
import { FONT_FILE_NAMES, registerFonts, type FontFiles } from './fonts';

const require = createRequire(import.meta.url);

function fontPaths(): FontFiles {
  const path = (name: string) => require.resolve(`@fontsource/noto-sans/files/${name}`);
  return {
    latinRegular: path(FONT_FILE_NAMES.latinRegular),
    latinBold: path(FONT_FILE_NAMES.latinBold),
    latinExtRegular: path(FONT_FILE_NAMES.latinExtRegular),
    latinExtBold: path(FONT_FILE_NAMES.latinExtBold),
  };
}

export async function budgetPdfBuffer(props: BudgetDocumentProps): Promise<Buffer> {
  registerFonts(fontPaths());
  // Called as a function, the component gives the <Document> element react-pdf expects
  // (it uses no hooks), without this module needing JSX.
  return renderToBuffer(BudgetDocument(props));
}
