/**
 * A small zip writer, streaming: each file's local header and data are written as it is
 * added, the central directory at the end, so a nation's caseload (200,000 files, over a
 * gigabyte unpacked) is never held whole. Zip64 records are written when the entries pass
 * 65,535 or the offsets 4 GB, or always with `zip64: true` (for tests of the reader).
 * fflate's zipSync holds the whole zip in memory and writes no zip64, hence this.
 */
import { deflateSync } from 'fflate';
import { crc32 } from '../../src/io/zip/crc32';

interface Written {
  readonly name: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

const FULL = 0xffffffff;

export class ZipWriter {
  private readonly entries: Written[] = [];
  private at = 0;

  constructor(
    private readonly write: (bytes: Uint8Array) => void,
    private readonly options: { readonly zip64?: boolean } = {},
  ) {}

  /** Adds a file, deflated (method 8) unless `stored`. */
  add(name: string, data: Uint8Array, stored = false): void {
    const encoded = new TextEncoder().encode(name);
    const packed = stored ? data : deflateSync(data, { level: 6 });
    const entry: Written = {
      name: encoded,
      method: stored ? 0 : 8,
      crc: crc32(data),
      compressedSize: packed.length,
      size: data.length,
      offset: this.at,
    };
    const header = new Uint8Array(30 + encoded.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, 0x0800, true); // names in UTF-8
    view.setUint16(8, entry.method, true);
    view.setUint32(14, entry.crc, true);
    view.setUint32(18, entry.compressedSize, true);
    view.setUint32(22, entry.size, true);
    view.setUint16(26, encoded.length, true);
    header.set(encoded, 30);
    this.put(header);
    this.put(packed);
    this.entries.push(entry);
  }

  finish(): void {
    const directoryAt = this.at;
    const wide = this.options.zip64 === true;
    for (const entry of this.entries) {
      const zip64 = wide || entry.offset >= FULL;
      const extra = zip64 ? 28 : 0;
      const header = new Uint8Array(46 + entry.name.length + extra);
      const view = new DataView(header.buffer);
      view.setUint32(0, 0x02014b50, true);
      view.setUint16(4, zip64 ? 45 : 20, true);
      view.setUint16(6, zip64 ? 45 : 20, true);
      view.setUint16(8, 0x0800, true);
      view.setUint16(10, entry.method, true);
      view.setUint32(16, entry.crc, true);
      view.setUint32(20, zip64 ? FULL : entry.compressedSize, true);
      view.setUint32(24, zip64 ? FULL : entry.size, true);
      view.setUint16(28, entry.name.length, true);
      view.setUint16(30, extra, true);
      view.setUint32(42, zip64 ? FULL : entry.offset, true);
      header.set(entry.name, 46);
      if (zip64) {
        const at = 46 + entry.name.length;
        view.setUint16(at, 0x0001, true);
        view.setUint16(at + 2, 24, true);
        view.setBigUint64(at + 4, BigInt(entry.size), true);
        view.setBigUint64(at + 12, BigInt(entry.compressedSize), true);
        view.setBigUint64(at + 20, BigInt(entry.offset), true);
      }
      this.put(header);
    }
    const size = this.at - directoryAt;
    const count = this.entries.length;
    const zip64 = wide || count > 0xffff || directoryAt >= FULL || size >= FULL;
    if (zip64) {
      const endAt = this.at;
      const record = new Uint8Array(56 + 20);
      const view = new DataView(record.buffer);
      view.setUint32(0, 0x06064b50, true);
      view.setBigUint64(4, 44n, true);
      view.setUint16(12, 45, true);
      view.setUint16(14, 45, true);
      view.setBigUint64(24, BigInt(count), true);
      view.setBigUint64(32, BigInt(count), true);
      view.setBigUint64(40, BigInt(size), true);
      view.setBigUint64(48, BigInt(directoryAt), true);
      view.setUint32(56, 0x07064b50, true);
      view.setBigUint64(64, BigInt(endAt), true);
      view.setUint32(72, 1, true);
      this.put(record);
    }
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, zip64 ? 0xffff : count, true);
    view.setUint16(10, zip64 ? 0xffff : count, true);
    view.setUint32(12, zip64 ? FULL : size, true);
    view.setUint32(16, zip64 ? FULL : directoryAt, true);
    this.put(end);
  }

  private put(bytes: Uint8Array): void {
    this.write(bytes);
    this.at += bytes.length;
  }
}

/** A whole zip in memory, for tests. */
export function zipOf(
  files: readonly { readonly name: string; readonly data: Uint8Array; readonly stored?: boolean }[],
  options: { readonly zip64?: boolean } = {},
): Uint8Array {
  const parts: Uint8Array[] = [];
  const writer = new ZipWriter((bytes) => parts.push(bytes), options);
  for (const file of files) writer.add(file.name, file.data, file.stored);
  writer.finish();
  const all = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}
