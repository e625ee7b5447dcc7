/**
 * The list of files in a zip (its central directory), read from a Blob in two slices, the
 * end of the file and then the directory itself, so a zip of a nation's budgets (over a
 * gigabyte unpacked) is never held whole. Zip64 (more than 65,535 entries, or past 4 GB)
 * is read. Nothing is trusted: the directory must lie within the file, its entry count is
 * at most ZIP_LIMITS.entries, every header is checked as it is read, and no two entries
 * may start at the same place. A zip split over
 * several disks is refused. What each entry holds is read by zip-entries.ts.
 */
import { problem, type Result } from '../../domain/problems';

export const ZIP_LIMITS = {
  /**
   * Entries in one zip: a little over the 200,000 budgets of a nation's caseload, with
   * room for the folders and other files a zip of its folder also lists.
   */
  entries: 250_000,
  /** The directory's bytes: 250,000 entries with names of up to about 400 bytes each. */
  directoryBytes: 128_000_000,
} as const;

export interface ZipEntry {
  /** The entry's path inside the zip, as the zip writes it (`area/budgets/ann.json`). */
  readonly name: string;
  /** 0 stored, 8 deflate; any other is not read. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly crc: number;
  readonly compressedSize: number;
  /** The size the directory declares for the entry unpacked. */
  readonly size: number;
  /** Where the entry's local header starts. */
  readonly offset: number;
  /** Where the next entry (or the directory) starts: the entry's data cannot run past it. */
  readonly end: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_HEADER = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const END_LENGTH = 22;
const LOCATOR_LENGTH = 20;
const ZIP64_END_LENGTH = 56;
const HEADER_LENGTH = 46;
/** The end record, a comment of at most 65,535 bytes, and the zip64 locator before it. */
const TAIL_LENGTH = END_LENGTH + 0xffff + LOCATOR_LENGTH;

const broken = (): Result<never> => ({
  ok: false,
  problems: [problem([], 'validation.zipBroken')],
});

/** Read, or the problem of the zip as a whole (named by the caller with the zip's name). */
export async function readZipDirectory(zip: Blob): Promise<Result<readonly ZipEntry[]>> {
  try {
    const end = await endOfDirectory(zip);
    if (!end.ok) return end;
    const { count, size, offset } = end.value;
    const bytes = new Uint8Array(await zip.slice(offset, offset + size).arrayBuffer());
    if (bytes.length !== size) return broken();
    return entriesOf(bytes, count, offset);
  } catch {
    // A file that changed or went since it was chosen cannot be read at all.
    return { ok: false, problems: [problem([], 'validation.readFile')] };
  }
}

interface End {
  readonly count: number;
  readonly size: number;
  readonly offset: number;
}

async function endOfDirectory(zip: Blob): Promise<Result<End>> {
  const tailStart = Math.max(0, zip.size - TAIL_LENGTH);
  const tail = new Uint8Array(await zip.slice(tailStart).arrayBuffer());
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  // The last end record whose comment reaches no further than the file.
  let at = tail.length - END_LENGTH;
  for (; at >= 0; at--)
    if (
      view.getUint32(at, true) === END_OF_DIRECTORY &&
      at + END_LENGTH + view.getUint16(at + 20, true) <= tail.length
    )
      break;
  if (at < 0) return broken();
  const endAt = tailStart + at;
  let count = view.getUint16(at + 10, true);
  let size = view.getUint32(at + 12, true);
  let offset = view.getUint32(at + 16, true);
  const oneDisk =
    view.getUint16(at + 4, true) === 0 &&
    view.getUint16(at + 6, true) === 0 &&
    view.getUint16(at + 8, true) === count;
  if (!oneDisk) return broken();
  let directoryEnd = endAt;
  if (at >= LOCATOR_LENGTH && view.getUint32(at - LOCATOR_LENGTH, true) === ZIP64_LOCATOR) {
    const zip64 = await zip64End(zip, view, at - LOCATOR_LENGTH, endAt - LOCATOR_LENGTH);
    if (!zip64.ok) return zip64;
    ({ count, size, offset } = zip64.value);
    directoryEnd = zip64.value.at;
  }
  if (count > ZIP_LIMITS.entries)
    return {
      ok: false,
      problems: [problem([], 'validation.zipTooManyEntries', { count, max: ZIP_LIMITS.entries })],
    };
  if (size > ZIP_LIMITS.directoryBytes || offset + size > directoryEnd) return broken();
  if (size < count * HEADER_LENGTH) return broken();
  return { ok: true, value: { count, size, offset } };
}

/** The zip64 end record the locator (at `locator` in the tail) points to, before `before`. */
async function zip64End(
  zip: Blob,
  tail: DataView,
  locator: number,
  before: number,
): Promise<Result<End & { at: number }>> {
  if (tail.getUint32(locator + 4, true) !== 0 || tail.getUint32(locator + 16, true) > 1)
    return broken();
  const at = safe(tail.getBigUint64(locator + 8, true));
  if (at === null || at + ZIP64_END_LENGTH > before) return broken();
  const bytes = new Uint8Array(await zip.slice(at, at + ZIP64_END_LENGTH).arrayBuffer());
  if (bytes.length !== ZIP64_END_LENGTH) return broken();
  const view = new DataView(bytes.buffer);
  if (view.getUint32(0, true) !== ZIP64_END) return broken();
  if (view.getUint32(16, true) !== 0 || view.getUint32(20, true) !== 0) return broken();
  const onDisk = safe(view.getBigUint64(24, true));
  const count = safe(view.getBigUint64(32, true));
  const size = safe(view.getBigUint64(40, true));
  const offset = safe(view.getBigUint64(48, true));
  if (onDisk === null || count === null || size === null || offset === null) return broken();
  if (onDisk !== count) return broken();
  return { ok: true, value: { count, size, offset, at } };
}

/** A 64-bit count or offset, or null past what a number holds exactly. */
function safe(value: bigint): number | null {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null;
}

function entriesOf(
  bytes: Uint8Array,
  count: number,
  directoryAt: number,
): Result<readonly ZipEntry[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf8 = new TextDecoder('utf-8');
  const read: Omit<ZipEntry, 'end'>[] = [];
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (at + HEADER_LENGTH > bytes.length || view.getUint32(at, true) !== DIRECTORY_HEADER)
      return broken();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const next = at + HEADER_LENGTH + nameLength + extraLength + view.getUint16(at + 32, true);
    if (next > bytes.length) return broken();
    const nameAt = at + HEADER_LENGTH;
    const sizes = withZip64(view, nameAt + nameLength, extraLength, {
      size: view.getUint32(at + 24, true),
      compressedSize: view.getUint32(at + 20, true),
      offset: view.getUint32(at + 42, true),
    });
    if (sizes === null || view.getUint16(at + 34, true) !== 0) return broken();
    read.push({
      name: utf8.decode(bytes.subarray(nameAt, nameAt + nameLength)),
      method: view.getUint16(at + 10, true),
      // Bit 0: encrypted; bit 6: strong encryption, which sets bit 0 too.
      encrypted: (view.getUint16(at + 8, true) & 0x41) !== 0,
      crc: view.getUint32(at + 16, true),
      ...sizes,
    });
    at = next;
  }
  // Two entries at one place in the file would unpack the same data twice over (a zip
  // bomb made of one entry listed many times), so the directory is refused as damaged.
  const starts = [...new Set(read.map((entry) => entry.offset))].sort((a, b) => a - b);
  if (starts.length !== read.length) return broken();
  // Each entry ends where the next one in the file starts; the last, at the directory.
  const ends = new Map<number, number>();
  starts.forEach((start, index) => ends.set(start, starts[index + 1] ?? directoryAt));
  return {
    ok: true,
    value: read.map((entry) => ({
      ...entry,
      end: entry.offset < directoryAt ? (ends.get(entry.offset) as number) : entry.offset,
    })),
  };
}

interface Sizes {
  readonly size: number;
  readonly compressedSize: number;
  readonly offset: number;
}

/**
 * The sizes and offset of a directory header, with those it marks as 0xFFFFFFFF read from
 * its zip64 extra field (in the order the format sets: size, compressed size, offset).
 * Null where a marked value is missing or too large.
 */
function withZip64(view: DataView, at: number, length: number, sizes: Sizes): Sizes | null {
  const FULL = 0xffffffff;
  const marked = [sizes.size, sizes.compressedSize, sizes.offset].some((value) => value === FULL);
  if (!marked) return sizes;
  for (let field = at; field + 4 <= at + length;) {
    const id = view.getUint16(field, true);
    const fieldLength = view.getUint16(field + 2, true);
    const dataAt = field + 4;
    if (dataAt + fieldLength > at + length) return null;
    if (id === ZIP64_EXTRA) {
      let next = dataAt;
      const take = (value: number): number | null => {
        if (value !== FULL) return value;
        if (next + 8 > dataAt + fieldLength) return null;
        const wide = safe(view.getBigUint64(next, true));
        next += 8;
        return wide;
      };
      const size = take(sizes.size);
      const compressedSize = take(sizes.compressedSize);
      const offset = take(sizes.offset);
      if (size === null || compressedSize === null || offset === null) return null;
      return { size, compressedSize, offset };
    }
    field = dataAt + fieldLength;
  }
  return null;
}
