/**
 * WOFF to TrueType for the PDF fonts: every table of each shipped WOFF comes out whole,
 * at its original length, on a 4-byte boundary, under an SFNT header a font reader
 * accepts; and a file that is not a WOFF is refused, not half converted.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FACES } from '../../src/io/pdf/fonts';
import { woffToSfnt, type Inflate } from '../../src/io/pdf/woff';

const require = createRequire(import.meta.url);
const inflate: Inflate = (compressed) => Promise.resolve(inflateSync(compressed));

function woffTables(woff: Buffer) {
  return Array.from({ length: woff.readUInt16BE(12) }, (_, index) => {
    const at = 44 + index * 20;
    return {
      tag: woff.toString('latin1', at, at + 4),
      offset: woff.readUInt32BE(at + 4),
      compLength: woff.readUInt32BE(at + 8),
      origLength: woff.readUInt32BE(at + 12),
      checksum: woff.readUInt32BE(at + 16),
    };
  });
}

describe.each(FACES.flatMap((face) => [face.regular, face.bold]))('%s as TrueType', (file) => {
  const woff = readFileSync(require.resolve(file));

  it('has every table, inflated, at its original length and checksum', async () => {
    const sfnt = Buffer.from(await woffToSfnt(woff, inflate));
    const tables = woffTables(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.readUInt16BE(4)).toBe(tables.length);
    tables.forEach((table, index) => {
      const record = 12 + index * 16;
      const offset = sfnt.readUInt32BE(record + 8);
      expect(sfnt.toString('latin1', record, record + 4)).toBe(table.tag);
      expect(sfnt.readUInt32BE(record + 4)).toBe(table.checksum);
      expect(sfnt.readUInt32BE(record + 12)).toBe(table.origLength);
      expect(offset % 4).toBe(0);
      const stored = woff.subarray(table.offset, table.offset + table.compLength);
      const original = table.compLength < table.origLength ? inflateSync(stored) : stored;
      expect(sfnt.subarray(offset, offset + table.origLength).equals(original)).toBe(true);
    });
  });

  it('has the binary-search fields of its table count', async () => {
    const sfnt = Buffer.from(await woffToSfnt(woff, inflate));
    const count = sfnt.readUInt16BE(4);
    const searchRange = sfnt.readUInt16BE(6);
    expect(searchRange / 16).toBe(2 ** Math.floor(Math.log2(count)));
    expect(sfnt.readUInt16BE(8)).toBe(Math.floor(Math.log2(count)));
    expect(sfnt.readUInt16BE(10)).toBe(count * 16 - searchRange);
  });
});

describe('a file that is not a WOFF font', () => {
  const shipped = () => Buffer.from(readFileSync(require.resolve(FACES[0]?.regular ?? '')));

  it('is refused by its signature, however long it is', async () => {
    const renamed = shipped();
    renamed.write('OTTO', 0, 'latin1');
    await expect(woffToSfnt(renamed, inflate)).rejects.toThrow('not a WOFF font');
    await expect(
      woffToSfnt(new TextEncoder().encode('{"not": "a font"}'), inflate),
    ).rejects.toThrow('not a WOFF font');
  });

  it('is refused when its tables run past its end', async () => {
    const woff = shipped();
    await expect(woffToSfnt(woff.subarray(0, woff.length - 100), inflate)).rejects.toThrow(
      'runs past the end',
    );
  });

  it('is refused when it has no tables, or a table stored longer than it is', async () => {
    const empty = shipped();
    empty.writeUInt16BE(0, 12);
    await expect(woffToSfnt(empty, inflate)).rejects.toThrow('has no tables');
    const swollen = shipped();
    swollen.writeUInt32BE(1, 44 + 12); // the first table's original length, below its stored one
    await expect(woffToSfnt(swollen, inflate)).rejects.toThrow('stored longer than it is');
  });
});
