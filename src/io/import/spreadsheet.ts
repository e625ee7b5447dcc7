/**
 * A spreadsheet file as tables, by its name: a .csv is read at once; the workbook reader
 * (.xlsx) is loaded only when a workbook is opened, so it is never part of the app's
 * start-up code.
 */
import type { TablesRead } from '../../domain/import/table';
import { readCsv } from './csv-table';

export async function readSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  sheet?: string,
): Promise<TablesRead> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    const read = readCsv(bytes, fileName);
    return read.ok ? { ok: true, sheets: [read.table] } : read;
  }
  if (lower.endsWith('.xlsx') || lower.endsWith('.xls')) {
    const { readWorkbook } = await import('./xlsx-table');
    return readWorkbook(bytes, sheet);
  }
  return { ok: false, key: 'importing.file.notSpreadsheet' };
}
