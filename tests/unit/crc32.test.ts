/**
 * The zip's checksum (src/io/zip/crc32.ts), eight bytes a step, is the CRC-32 of zip, PNG
 * and gzip: the standard's check value, and Node's own zlib on any bytes of any length
 * (so every way a length can end after the steps of eight) and any offset into a buffer.
 */
import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/io/zip/crc32';

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("is zlib's CRC-32 of any bytes, from any place in a buffer", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat({ max: 7 }), (bytes, offset) => {
        const placed = new Uint8Array(bytes.length + offset);
        placed.set(bytes, offset);
        const view = placed.subarray(offset);
        expect(crc32(view)).toBe(zlibCrc32(view));
      }),
      { numRuns: 500 },
    );
  });

  it('is the same over a budget-sized run of every byte value', () => {
    const bytes = Uint8Array.from({ length: 9_001 }, (_, index) => (index * 131 + 7) % 256);
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });
});
