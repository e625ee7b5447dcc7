/**
 * One worker's share of a zip of files: every worker is handed the same zip (a Blob, which
 * crosses to a worker without a copy) and reads its directory; the entries it takes (the
 * `.json` files, each name once and none already loaded) are cut into batches, and each
 * worker unpacks the batches whose index, modulo the number of workers, is its own, so the
 * workers share the zip as they share chosen files, batch by batch in turn. A batch is
 * unpacked only as it is wanted, so no more than a batch's files (at most BATCH_BYTES
 * unpacked) are held at once, with the next batch's packed bytes read ahead.
 */
import { problem, type Problem, type Result } from '../../domain/problems';
import { readZipDirectory } from './zip-directory';
import { fetchZipEntries, isJsonEntry, unpackZipEntries } from './zip-entries';

/**
 * The most a batch unpacks to, as its entries declare: a batch of 250 budgets is about
 * 2 MB, but 250 entries each of a budget file's 5 MB would be over a gigabyte at once.
 */
const BATCH_BYTES = 32_000_000;

/** A chosen file the workers read as a zip of files, by its name, as they have nothing else to go by. */
export const isZipName = (name: string): boolean => name.toLowerCase().endsWith('.zip');

export interface ZipShare {
  /** The zip's own name, as chosen: its problems as a whole are named by it. */
  readonly name: string;
  readonly file: Blob;
  /** This worker's share, counting from 0, of `shares`. */
  readonly share: number;
  readonly shares: number;
  /** Names already loaded, one a line: an entry of the same name is left out, as a file chosen twice is. */
  readonly loaded: string;
}

/** An entry's bytes, or why not, named by its path in the zip. */
export interface EntryRead {
  readonly name: string;
  readonly read: Result<Uint8Array>;
}

export type ShareStep =
  /**
   * First: how many entries (or the zip itself, where it cannot be read) this share will
   * give, and, in share 0 alone, how many were left out as already loaded.
   */
  | { readonly kind: 'listed'; readonly count: number; readonly repeated: number }
  | { readonly kind: 'batch'; readonly files: readonly EntryRead[] };

export interface ShareLimits {
  readonly batch: number;
  readonly maxBytes: number;
  readonly sizeProblem: (bytes: number) => Problem | null;
}

export async function* readZipShare(
  share: ZipShare,
  limits: ShareLimits,
): AsyncGenerator<ShareStep> {
  const first = share.share === 0;
  const directory = await readZipDirectory(share.file);
  const refused = (read: Result<never>): ShareStep[] =>
    first
      ? [
          { kind: 'listed', count: 1, repeated: 0 },
          { kind: 'batch', files: [{ name: share.name, read }] },
        ]
      : [{ kind: 'listed', count: 0, repeated: 0 }];
  if (!directory.ok) return yield* refused(directory);
  const loaded = new Set(share.loaded === '' ? [] : share.loaded.split('\n'));
  const taken = [];
  let repeated = 0;
  for (const entry of directory.value) {
    if (!isJsonEntry(entry.name)) continue;
    if (loaded.has(entry.name)) repeated++;
    else {
      loaded.add(entry.name);
      taken.push(entry);
    }
  }
  if (taken.length === 0 && repeated === 0)
    return yield* refused({ ok: false, problems: [problem([], 'validation.zipNoBudgets')] });
  // Every share cuts the same batches from the same directory, and takes its own.
  const batches: (typeof taken)[] = [];
  let batch: typeof taken = [];
  let bytes = 0;
  for (const entry of taken) {
    if (batch.length === limits.batch || (batch.length > 0 && bytes + entry.size > BATCH_BYTES)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(entry);
    bytes += entry.size;
  }
  if (batch.length > 0) batches.push(batch);
  const mine = batches.filter((_, index) => index % share.shares === share.share);
  yield {
    kind: 'listed',
    count: mine.reduce((count, each) => count + each.length, 0),
    repeated: first ? repeated : 0,
  };
  const fetch = (at: number) => {
    const each = mine[at];
    return each === undefined
      ? null
      : fetchZipEntries(share.file, each, limits.maxBytes, limits.sizeProblem);
  };
  // The next batch is read from the zip while this one is unpacked and checked: the wait
  // for the browser to hand over a slice was about a sixth of a worker's reading.
  let next = fetch(0);
  for (let at = 1; next !== null; at++) {
    const fetched = await next;
    next = fetch(at);
    const reads = unpackZipEntries(fetched);
    yield {
      kind: 'batch',
      files: fetched.entries.map((entry, index) => ({
        name: entry.name,
        read: reads[index] as Result<Uint8Array>,
      })),
    };
  }
}
