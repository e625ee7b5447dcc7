/**
 * An Excel workbook (.xlsx) read as tables of text, with fflate for the zip and
 * xml-scan.ts for the sheets (docs/importing.md says why not a larger library). The zip
 * is checked before anything is inflated: at most MAX_ENTRIES entries, no zip64, and
 * the parts read at most XLSX_LIMITS bytes each and in all, as their headers declare;
 * fflate inflates into a buffer of the declared size, so a header that lies cannot make
 * it write more. A formula cell comes out as its formula, "=" first, so the import
 * refuses it; an error value (#REF!) the same way.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { TABLE_LIMITS, type Table, type TablesRead } from '../../domain/import/table';
import { scanXml, XmlRefused, type XmlEvent } from './xml-scan';

export const XLSX_LIMITS = {
  fileBytes: 20_000_000,
  entries: 1_000,
  partBytes: 64_000_000,
  totalBytes: 128_000_000,
  /** Inflated over compressed: sheet XML compresses about 10 to 1, a bomb a thousand and more. */
  ratio: 200,
} as const;

const ZIP_START = [0x50, 0x4b, 0x03, 0x04];
const OLE_START = [0xd0, 0xcf, 0x11, 0xe0];
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;

/** Every sheet of the workbook, or the reason it cannot be read. `only` reads one sheet by name. */
export function readWorkbook(bytes: Uint8Array, only?: string): TablesRead {
  if (bytes.length > XLSX_LIMITS.fileBytes)
    return { ok: false, key: 'importing.file.tooLarge', values: { max: XLSX_LIMITS.fileBytes } };
  if (startsWith(bytes, OLE_START)) return { ok: false, key: 'importing.file.oldExcel' };
  if (!startsWith(bytes, ZIP_START)) return { ok: false, key: 'importing.file.notZip' };
  const directory = directoryCheck(bytes);
  if (directory !== null) return { ok: false, key: directory };
  try {
    const infos: UnzipFileInfo[] = [];
    unzipSync(bytes, { filter: (info) => (infos.push(info), false) });
    const bomb = bombCheck(infos);
    if (bomb !== null) return { ok: false, key: bomb };
    const names = new Set(infos.map((info) => info.name));
    const parts = unzipSync(bytes, { filter: (info) => isWorkbookPart(info.name) });
    const text = (name: string): string | undefined => {
      const part = parts[name];
      return part === undefined
        ? undefined
        : new TextDecoder('utf-8', { fatal: true }).decode(part);
    };
    const workbook = text('xl/workbook.xml');
    const relations = text('xl/_rels/workbook.xml.rels');
    if (workbook === undefined || relations === undefined)
      return { ok: false, key: 'importing.file.notWorkbook' };
    const strings = sharedStrings(text('xl/sharedStrings.xml'));
    const sheets: Table[] = [];
    for (const sheet of sheetsOf(workbook, relations)) {
      if (only !== undefined && sheet.name !== only) continue;
      if (!names.has(sheet.path)) return { ok: false, key: 'importing.file.notWorkbook' };
      const xml = text(sheet.path);
      if (xml === undefined) return { ok: false, key: 'importing.file.notWorkbook' };
      sheets.push({ name: sheet.name, rows: sheetRows(xml, strings) });
    }
    if (only !== undefined && sheets.length === 0)
      return { ok: false, key: 'importing.file.noSheet', values: { sheet: only } };
    return { ok: true, sheets };
  } catch (error) {
    if (error instanceof XmlRefused) return { ok: false, key: 'importing.file.badXml' };
    // fflate's "invalid zip data", a part that is not UTF-8, a broken deflate stream.
    return { ok: false, key: 'importing.file.notZip' };
  }
}

function startsWith(bytes: Uint8Array, start: readonly number[]): boolean {
  return start.every((byte, index) => bytes[index] === byte);
}

/** The end-of-directory record's entry counts, read before fflate walks them: a count of millions is refused. */
function directoryCheck(bytes: Uint8Array): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 22; at >= 0 && bytes.length - at <= 65_557; at--) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    if (at >= 20 && view.getUint32(at - 20, true) === ZIP64_LOCATOR) return 'importing.file.zip64';
    const onDisk = view.getUint16(at + 8, true);
    const total = view.getUint16(at + 10, true);
    if (onDisk !== total) return 'importing.file.notZip';
    return total > XLSX_LIMITS.entries ? 'importing.file.tooManyEntries' : null;
  }
  return 'importing.file.notZip';
}

function bombCheck(infos: readonly UnzipFileInfo[]): string | null {
  if (infos.length > XLSX_LIMITS.entries) return 'importing.file.tooManyEntries';
  let total = 0;
  for (const info of infos) {
    if (!isWorkbookPart(info.name)) continue;
    if (info.compression !== 0 && info.compression !== 8) return 'importing.file.notZip';
    total += info.originalSize;
    if (info.originalSize > XLSX_LIMITS.partBytes || total > XLSX_LIMITS.totalBytes)
      return 'importing.file.zipBomb';
    if (info.originalSize > 1_000_000 && info.originalSize > info.size * XLSX_LIMITS.ratio)
      return 'importing.file.zipBomb';
  }
  return null;
}

/** The parts a table is read from; styles, images and the rest are never inflated. */
function isWorkbookPart(name: string): boolean {
  return (
    name === 'xl/workbook.xml' ||
    name === 'xl/_rels/workbook.xml.rels' ||
    name === 'xl/sharedStrings.xml' ||
    /^xl\/worksheets\/[\w.-]+\.xml$/.test(name)
  );
}

function sheetsOf(workbook: string, relations: string): { name: string; path: string }[] {
  const targets = new Map<string, string>();
  scanXml(relations, (event) => {
    if (event.kind === 'open' && event.name === 'Relationship') {
      targets.set(event.attributes.get('Id') ?? '', event.attributes.get('Target') ?? '');
    }
  });
  const sheets: { name: string; path: string }[] = [];
  scanXml(workbook, (event) => {
    if (event.kind !== 'open' || event.name !== 'sheet') return;
    const target = targets.get(event.attributes.get('r:id') ?? '') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    sheets.push({ name: event.attributes.get('name') ?? '', path });
  });
  return sheets;
}

function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  scanXml(xml, (event) => {
    if (event.kind === 'open') {
      if (event.name === 'si') current = [];
      else if (event.name === 'rPh') phonetic++;
      else if (event.name === 't' && !event.selfClosing) inText = true;
    } else if (event.kind === 'close') {
      if (event.name === 'si' && current !== null) {
        strings.push(current.join(''));
        current = null;
      } else if (event.name === 'rPh') phonetic--;
      else if (event.name === 't') inText = false;
    } else if (inText && phonetic === 0 && current !== null) current.push(event.text);
  });
  return strings;
}

/**
 * The rows of a sheet as text. Rows and cells carry their own place (`r="C4"`), so gaps
 * stay gaps. Reading stops one row past the table's limit, and a cell past its column
 * limit makes the row that wide, so the import refuses the table saying which limit.
 */
function sheetRows(xml: string, strings: readonly string[]): string[][] {
  const rows: string[][] = [];
  let row: string[] | null = null;
  let cell: {
    column: number;
    type: string;
    value: string;
    formula: string | null;
    inline: string;
  } | null = null;
  let into: 'v' | 'f' | 't' | null = null;
  let stopped = false;
  const maxRows = TABLE_LIMITS.rows + 1;
  scanXml(xml, (event: XmlEvent) => {
    if (stopped) return;
    if (event.kind === 'open') {
      if (event.name === 'row') {
        const number = Number.parseInt(event.attributes.get('r') ?? String(rows.length + 1), 10);
        const at =
          Number.isFinite(number) && number >= 1 ? Math.min(number, maxRows) : rows.length + 1;
        while (rows.length < at - 1) rows.push([]);
        row = [];
        rows.push(row);
      } else if (event.name === 'c' && row !== null) {
        const place = event.attributes.get('r');
        const column = place === undefined ? row.length : columnIndex(place);
        cell = {
          column: Math.min(column, TABLE_LIMITS.columns),
          type: event.attributes.get('t') ?? 'n',
          value: '',
          formula: null,
          inline: '',
        };
      } else if (
        cell !== null &&
        (event.name === 'v' || event.name === 'f' || event.name === 't')
      ) {
        into = event.name;
        if (event.name === 'f') cell.formula = '';
      }
    } else if (event.kind === 'close') {
      if (event.name === 'c' && row !== null && cell !== null) {
        while (row.length < cell.column) row.push('');
        row[cell.column] = cellText(cell, strings);
        cell = null;
      } else if (event.name === 'row') {
        row = null;
        if (rows.length >= maxRows) stopped = true;
      } else if (event.name === into) into = null;
    } else if (cell !== null && into !== null) {
      if (into === 'v') cell.value += event.text;
      else if (into === 'f') cell.formula = (cell.formula ?? '') + event.text;
      else cell.inline += event.text;
    }
  });
  return rows;
}

function cellText(
  cell: { type: string; value: string; formula: string | null; inline: string },
  strings: readonly string[],
): string {
  if (cell.formula !== null) return `=${cell.formula}`;
  switch (cell.type) {
    case 's':
      return strings[Number.parseInt(cell.value, 10)] ?? '';
    case 'inlineStr':
      return cell.inline;
    case 'b':
      return cell.value === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return `=${cell.value}`;
    default:
      return cell.value;
  }
}

/** `C4` is column 2 (counting from 0); a reference without letters is column 0. */
function columnIndex(reference: string): number {
  const letters = /^[A-Z]{1,3}/.exec(reference)?.[0] ?? 'A';
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}
