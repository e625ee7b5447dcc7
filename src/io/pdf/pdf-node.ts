/**
 * The budget PDF in Node, for the headless command and the tests: the fonts come from
 * their files in node_modules, and react-pdf renders straight to a buffer.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { inflate } from 'node:zlib';
import { renderToBuffer } from '@react-pdf/renderer';
import { preparedDocument, type BudgetDocumentProps, type Prepared } from './budget-document';
import { familyLoader, trueTypeSource } from './fonts';

const require = createRequire(import.meta.url);
const inflateZlib = promisify(inflate);

/** Reads and converts each family once a process, however many PDFs it makes. */
const loadFamilies = familyLoader(
  trueTypeSource(
    (file) => readFile(require.resolve(file)),
    (compressed) => inflateZlib(compressed),
  ),
);

/** The PDF, or why it was not made (then nothing is laid out). */
export async function budgetPdfBuffer(props: BudgetDocumentProps): Promise<Prepared<Buffer>> {
  const prepared = await preparedDocument(props, loadFamilies);
  return prepared.ok ? { ok: true, value: await renderToBuffer(prepared.value) } : prepared;
}
