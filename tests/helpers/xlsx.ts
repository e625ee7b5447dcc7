/** Small .xlsx workbooks made in memory for tests, the way Excel lays them out. */
import { strToU8, zipSync, type Zippable } from 'fflate';

export type XlsxCell =
  string | number | { formula: string } | { error: string } | { inline: string };

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The sheet XML of rows of cells; strings go to the shared strings table. */
function sheetXml(
  rows: readonly (readonly XlsxCell[])[],
  strings: string[],
  merges: readonly string[] = [],
): string {
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          const ref = `${columnName(c)}${r + 1}`;
          if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
          if (typeof cell === 'string') {
            if (cell === '') return '';
            let index = strings.indexOf(cell);
            if (index === -1) index = strings.push(cell) - 1;
            return `<c r="${ref}" t="s"><v>${index}</v></c>`;
          }
          if ('formula' in cell) return `<c r="${ref}"><f>${escape(cell.formula)}</f><v>0</v></c>`;
          if ('error' in cell) return `<c r="${ref}" t="e"><v>${escape(cell.error)}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t>${escape(cell.inline)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const merged =
    merges.length === 0
      ? ''
      : `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData>${merged}</worksheet>`;
}

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly XlsxCell[])[];
  readonly merges?: readonly string[];
}

/** The zip's parts, to be changed by a test before zipping. */
export function workbookParts(sheets: readonly SheetSpec[]): Record<string, Uint8Array> {
  const strings: string[] = [];
  const parts: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, index) => {
    parts[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(
      sheetXml(sheet.rows, strings, sheet.merges),
    );
  });
  parts['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  parts['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map(
        (sheet, index) =>
          `<sheet name="${escape(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
      )
      .join('')}</sheets></workbook>`,
  );
  parts['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, index) =>
          `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
      )
      .join('')}</Relationships>`,
  );
  parts['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}">${strings
      .map((text) => `<si><t xml:space="preserve">${escape(text)}</t></si>`)
      .join('')}</sst>`,
  );
  return parts;
}

export function zipParts(parts: Zippable): Uint8Array {
  return zipSync(parts, { level: 6 });
}

export function makeXlsx(sheets: readonly SheetSpec[]): Uint8Array {
  return zipParts(workbookParts(sheets));
}
