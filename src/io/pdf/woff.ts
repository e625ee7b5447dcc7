/**
 * WOFF to plain TrueType (SFNT), done once when the PDF fonts are first wanted.
 *
 * Why: fontkit reads a WOFF font's tables compressed, and inflates the whole `glyf` table
 * again, in pure JavaScript, every time it looks up a glyph. For a long budget that was a
 * good part of the PDF's time. The same tables, inflated once and laid out as the
 * TrueType file the WOFF was made from, give the same glyphs with none of that.
 *
 * The layout follows the WOFF 1.0 specification (https://www.w3.org/TR/WOFF/): a 44-byte
 * header, a 20-byte directory entry per table, then each table, zlib-compressed only when
 * that made it smaller. The SFNT built here has the same tables in the same (tag) order,
 * each starting on a 4-byte boundary, with their original checksums.
 */

/** Inflates one zlib stream (Node's zlib, or the browser's); its length is checked here. */
export type Inflate = (compressed: Uint8Array) => Promise<Uint8Array>;

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const WOFF_HEADER_BYTES = 44;
const WOFF_ENTRY_BYTES = 20;
const SFNT_HEADER_BYTES = 12;
const SFNT_RECORD_BYTES = 16;

interface TableEntry {
  readonly tag: number;
  readonly offset: number;
  readonly compLength: number;
  readonly origLength: number;
  readonly checksum: number;
}

const padded = (length: number) => (length + 3) & ~3;

function readEntries(woff: DataView): { flavor: number; entries: TableEntry[] } {
  if (woff.byteLength < WOFF_HEADER_BYTES || woff.getUint32(0) !== WOFF_SIGNATURE)
    throw new Error('not a WOFF font');
  const flavor = woff.getUint32(4);
  const count = woff.getUint16(12);
  if (count === 0) throw new Error('WOFF font has no tables');
  if (WOFF_HEADER_BYTES + count * WOFF_ENTRY_BYTES > woff.byteLength)
    throw new Error('WOFF table directory runs past the end of the file');
  const entries = Array.from({ length: count }, (_, index) => {
    const at = WOFF_HEADER_BYTES + index * WOFF_ENTRY_BYTES;
    const entry: TableEntry = {
      tag: woff.getUint32(at),
      offset: woff.getUint32(at + 4),
      compLength: woff.getUint32(at + 8),
      origLength: woff.getUint32(at + 12),
      checksum: woff.getUint32(at + 16),
    };
    if (entry.offset + entry.compLength > woff.byteLength)
      throw new Error('WOFF table runs past the end of the file');
    if (entry.compLength > entry.origLength)
      throw new Error('WOFF table is stored longer than it is');
    return entry;
  });
  return { flavor, entries };
}

async function tableBytes(
  woff: Uint8Array,
  entry: TableEntry,
  inflate: Inflate,
): Promise<Uint8Array> {
  const stored = woff.subarray(entry.offset, entry.offset + entry.compLength);
  if (entry.compLength === entry.origLength) return stored;
  const table = await inflate(stored);
  if (table.byteLength !== entry.origLength)
    throw new Error('WOFF table inflates to a different length than its directory says');
  return table;
}

/**
 * The TrueType (or CFF) font a WOFF file holds: the same tables, byte for byte, in the
 * directory's order (which the specification asks to be tag order, as an SFNT's is).
 */
export async function woffToSfnt(woff: Uint8Array, inflate: Inflate): Promise<Uint8Array> {
  const { flavor, entries } = readEntries(
    new DataView(woff.buffer, woff.byteOffset, woff.byteLength),
  );
  const tables = await Promise.all(entries.map((entry) => tableBytes(woff, entry, inflate)));

  const headerBytes = SFNT_HEADER_BYTES + entries.length * SFNT_RECORD_BYTES;
  const size = tables.reduce((total, table) => total + padded(table.byteLength), headerBytes);
  const sfnt = new Uint8Array(size);
  const view = new DataView(sfnt.buffer);
  // The binary-search fields every SFNT header carries: the largest power of two not
  // above the table count, its log, and what is left over.
  const log2 = Math.floor(Math.log2(entries.length));
  const searchRange = 2 ** log2 * SFNT_RECORD_BYTES;
  view.setUint32(0, flavor);
  view.setUint16(4, entries.length);
  view.setUint16(6, searchRange);
  view.setUint16(8, log2);
  view.setUint16(10, entries.length * SFNT_RECORD_BYTES - searchRange);

  let offset = headerBytes;
  entries.forEach((entry, index) => {
    const table = tables[index] as Uint8Array;
    const record = SFNT_HEADER_BYTES + index * SFNT_RECORD_BYTES;
    view.setUint32(record, entry.tag);
    view.setUint32(record + 4, entry.checksum);
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.byteLength);
    sfnt.set(table, offset);
    offset += padded(table.byteLength);
  });
  return sfnt;
}
