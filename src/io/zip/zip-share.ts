/**
 * One worker's share of a zip of files: every worker is handed the same zip (a Blob, which
 * crosses to a worker without a copy) and reads its directory; the entries it takes (the
 * `.json` files, each name once and none already loaded) are cut into batches, and each
 * worker unpacks the batches whose index, modulo the number of workers, is its own, so the
 * workers share the zip as they share chosen files, batch by batch in turn. A batch is
 * unpacked only as it is wanted, so no more than a batch's files are held at once.
 */
import { problem, type Problem, type Result } from '../../domain/problems';
import { readZipDirectory } from './zip-directory';
import { isJsonEntry, readZipEntries } from './zip-entries';

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
  const batches: (typeof taken)[] = [];
  for (let at = share.share * limits.batch; at < taken.length; at += share.shares * limits.batch)
    batches.push(taken.slice(at, at + limits.batch));
  yield {
    kind: 'listed',
    count: batches.reduce((count, batch) => count + batch.length, 0),
    repeated: first ? repeated : 0,
  };
  for (const batch of batches) {
    const reads = await readZipEntries(share.file, batch, limits.maxBytes, limits.sizeProblem);
    yield {
      kind: 'batch',
      files: batch.map((entry, index) => ({
        name: entry.name,
        read: reads[index] as Result<Uint8Array>,
      })),
    };
  }
}
