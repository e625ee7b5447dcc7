/** Reads back the CSV the app writes, to test it as another system would read it. */
const BOM = '\uFEFF';

/**
 * A strict RFC 4180 reader: records end with CRLF, a field is either bare (no quote,
 * comma or line break) or wholly quoted with quotes doubled. Anything else throws, so a
 * badly formed file fails the test rather than being read leniently.
 */
export function parseCsv(csv: string): string[][] {
  if (!csv.startsWith(BOM)) throw new Error('no byte-order mark');
  const body = csv.slice(BOM.length);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < body.length) {
    if (body[i] === '"') {
      // A quoted field runs to the next quote that is not doubled.
      i++;
      for (;;) {
        if (i >= body.length) throw new Error('unclosed quote');
        if (body[i] === '"' && body[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (body[i] === '"') {
          i++;
          break;
        } else {
          field += body[i];
          i++;
        }
      }
    } else {
      while (i < body.length && !/[",\r\n]/.test(body[i] ?? '')) {
        field += body[i];
        i++;
      }
    }
    if (body[i] === ',') {
      endField();
      i++;
    } else if (body.startsWith('\r\n', i)) {
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`unexpected ${JSON.stringify(body[i])} at ${i}`);
    }
  }
  if (row.length > 0 || field !== '') throw new Error('the last record has no CRLF');
  return rows;
}
