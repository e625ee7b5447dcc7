/**
 * The budget PDF in Node, for the headless command and the tests: the fonts come from
 * their files in node_modules, and react-pdf renders straight to a buffer.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { inflate } from 'node:zlib';
import { renderToBuffer } from '@react-pdf/renderer';
import { BudgetDocument, type BudgetDocumentProps } from './budget-document';
import {
  FONT_FILE_NAMES,
  registerFonts,
  sharedUntilFailure,
  trueTypeSources,
  type FontFiles,
} from './fonts';

const require = createRequire(import.meta.url);
const inflateZlib = promisify(inflate);

const readFont = (key: keyof FontFiles) =>
  readFile(require.resolve(`@fontsource/noto-sans/files/${FONT_FILE_NAMES[key]}`));

/** Reads and converts the fonts once a process, however many PDFs it makes. */
const loadFonts = sharedUntilFailure(() =>
  trueTypeSources(readFont, (compressed) => inflateZlib(compressed)).then(registerFonts),
);

export async function budgetPdfBuffer(props: BudgetDocumentProps): Promise<Buffer> {
  await loadFonts();
  // Called as a function, the component gives the <Document> element react-pdf expects
  // (it uses no hooks), without this module needing JSX.
  return renderToBuffer(BudgetDocument(props));
}
