/**
 * What a zip's entries hold, a batch at a time: the batch's bytes read from the Blob in as
 * few slices as the entries allow (entries that follow one another in the file share one
 * slice of at most SLICE_BYTES), each entry unpacked on its own. Each entry is checked
 * before it is unpacked: not encrypted, stored (0) or deflated (8), and its declared size
 * within `maxBytes`. It is inflated into a buffer one byte larger than its declared size, so
 * a header that lies cannot make it write more, and a size other than the declared one, or
 * a checksum other than the directory's, names the entry as damaged.
 */
import { inflateSync } from 'fflate';
import { problem, type Problem, type Result } from '../../domain/problems';
import { crc32 } from './crc32';
import type { ZipEntry } from './zip-directory';

/** The most read from the zip in one slice. */
const SLICE_BYTES = 16_000_000;
const LOCAL_HEADER = 0x04034b50;
const LOCAL_LENGTH = 30;
/** The local header's name and extra field, each at most 65,535 bytes. */
const LOCAL_MOST = LOCAL_LENGTH + 0xffff + 0xffff;

/** An entry is a budget file as the folder input takes one: a `.json` file, not a folder. */
export function isJsonEntry(name: string): boolean {
  // A Mac's zip keeps each file's Finder details in `__MACOSX/` as `._name.json`.
  return (
    name.toLowerCase().endsWith('.json') && !name.startsWith('__MACOSX/') && !name.endsWith('/')
  );
}

const damaged = (): Result<never> => ({
  ok: false,
  problems: [problem([], 'validation.zipEntryDamaged')],
});

/**
 * Why an entry is not unpacked at all, or null. `sizeProblem` gives the problem of a
 * declared size over the limit (the same words as a file chosen on its own).
 */
function refused(
  entry: ZipEntry,
  maxBytes: number,
  sizeProblem: (bytes: number) => Problem | null,
): Result<never> | null {
  if (entry.encrypted) return { ok: false, problems: [problem([], 'validation.zipEncrypted')] };
  if (entry.method !== 0 && entry.method !== 8)
    return {
      ok: false,
      problems: [problem([], 'validation.zipMethod', { method: entry.method })],
    };
  const tooLarge = entry.size > maxBytes ? sizeProblem(entry.size) : null;
  if (tooLarge !== null) return { ok: false, problems: [tooLarge] };
  // Deflate never makes data more than a little larger; stored is the size itself.
  const most = entry.method === 0 ? entry.size : entry.size + (entry.size >> 5) + 1024;
  if (entry.compressedSize > most || entry.offset >= entry.end) return damaged();
  return null;
}

/** How far an entry's slice must reach: its local header, its data, and no further than `end`. */
const reach = (entry: ZipEntry) =>
  Math.min(entry.end, entry.offset + LOCAL_MOST + entry.compressedSize);

/**
 * A batch's bytes as read from the zip, not yet unpacked: each entry's refusal, or the
 * slice that holds it. Reading waits on the browser, unpacking on this thread's own work, so
 * a reader can have the next batch read while it unpacks this one (see zip-share.ts).
 */
export interface FetchedEntries {
  readonly entries: readonly ZipEntry[];
  readonly refusals: readonly (Result<never> | null)[];
  /** Runs of entries that follow one another in the file, with the slice read for each (null where it could not be read). */
  readonly runs: readonly FetchedRun[];
}

interface FetchedRun {
  /** Indexes into `entries`. */
  readonly indexes: readonly number[];
  readonly slice: Uint8Array | null;
  /** Where the slice starts in the zip. */
  readonly start: number;
}

/** Reads the slices of the zip that hold the entries that may be unpacked, in as few slices as they allow. */
export async function fetchZipEntries(
  zip: Blob,
  entries: readonly ZipEntry[],
  maxBytes: number,
  sizeProblem: (bytes: number) => Problem | null,
): Promise<FetchedEntries> {
  const refusals = entries.map((entry) => refused(entry, maxBytes, sizeProblem));
  // The entries that may be unpacked (the rest keep their refusal), by their place in `entries`.
  const wanted = entries.flatMap((_, index) => (refusals[index] === null ? [index] : []));
  const runs: FetchedRun[] = [];
  for (let at = 0; at < wanted.length;) {
    const indexes = [wanted[at] as number];
    let last = entries[indexes[0] as number] as ZipEntry;
    const start = last.offset;
    for (let next = at + 1; next < wanted.length; next++) {
      const entry = entries[wanted[next] as number] as ZipEntry;
      if (entry.offset !== last.end || reach(entry) - start > SLICE_BYTES) break;
      indexes.push(wanted[next] as number);
      last = entry;
    }
    at += indexes.length;
    let slice: Uint8Array | null;
    try {
      slice = new Uint8Array(await zip.slice(start, reach(last)).arrayBuffer());
    } catch {
      slice = null;
    }
    runs.push({ indexes, slice, start });
  }
  return { entries, refusals, runs };
}

/** Each fetched entry unpacked, or why not, in the order the entries were given. */
export function unpackZipEntries({
  entries,
  refusals,
  runs,
}: FetchedEntries): Result<Uint8Array>[] {
  const results: Result<Uint8Array>[] = refusals.map((refusal) => refusal ?? damaged());
  for (const { indexes, slice, start } of runs)
    for (const index of indexes)
      results[index] =
        slice === null
          ? { ok: false, problems: [problem([], 'validation.readFile')] }
          : unpacked(entries[index] as ZipEntry, slice, start);
  return results;
}

/** One entry unpacked from `slice`, which starts at `sliceAt` in the zip. */
function unpacked(entry: ZipEntry, slice: Uint8Array, sliceAt: number): Result<Uint8Array> {
  const at = entry.offset - sliceAt;
  const view = new DataView(slice.buffer, slice.byteOffset, slice.byteLength);
  if (at + LOCAL_LENGTH > slice.length || view.getUint32(at, true) !== LOCAL_HEADER)
    return damaged();
  const dataAt = at + LOCAL_LENGTH + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const dataEnd = dataAt + entry.compressedSize;
  if (dataEnd > reach(entry) - sliceAt || dataEnd > slice.length) return damaged();
  const data = slice.subarray(dataAt, dataEnd);
  let bytes: Uint8Array;
  if (entry.method === 0) bytes = data;
  else {
    try {
      // One byte more than declared: a stream that fills it is longer than its header says.
      bytes = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
    } catch {
      return damaged();
    }
  }
  if (bytes.length !== entry.size || crc32(bytes) !== entry.crc) return damaged();
  return { ok: true, value: bytes };
}
