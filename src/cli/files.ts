/**
 * Reading budget and rate-card files from disk. Only regular files are read: a pipe, a
 * device or a socket is refused before it is opened, so a FIFO cannot block for ever and
 * /dev/zero cannot fill the memory. The size limit is checked against the size the system
 * reports and again while reading, which stops at one byte over the limit whatever the
 * file claims. The bytes must be UTF-8 (see text-encoding.ts), as in the app.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  statSync,
  type Stats,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fileSizeProblem,
  parseJsonBytes,
  readPastLimitProblem,
  type JsonLimits,
} from '../domain/json-text';
import { failed, ok, problem, type Problem, type Result } from '../domain/problems';

/** What the system's error codes mean to a person; any other is "could not be read". */
const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'validation.noSuchFile',
  ENOTDIR: 'validation.noSuchFile',
  EISDIR: 'validation.isAFolder',
  EACCES: 'validation.notAllowed',
  EPERM: 'validation.notAllowed',
  ELOOP: 'validation.symbolicLink',
};

/** The shipped rate cards, beside `src/` in the repository. */
export const SHIPPED_CARDS_DIR = fileURLToPath(new URL('../../rate-cards/', import.meta.url));

export interface ReadOptions {
  /** False for the files of a `--cohort` folder: a link there is refused, not followed. */
  readonly followLinks: boolean;
}

export function readJsonFile(
  path: string,
  limits: JsonLimits,
  options: ReadOptions = { followLinks: true },
): Result<unknown> {
  const bytes = readRegularFile(path, limits.maxLength, options);
  return bytes.ok ? parseJsonBytes(bytes.value, limits) : bytes;
}

/**
 * A regular file's bytes, at most `maxBytes` of them. The file is opened without waiting
 * (O_NONBLOCK, so a FIFO put in its place after the check cannot block) and checked again
 * once open, as it may have been swapped in between.
 */
export function readRegularFile(
  path: string,
  maxBytes: number,
  { followLinks }: ReadOptions,
): Result<Uint8Array> {
  let fd: number | null = null;
  try {
    const named = followLinks ? statSync(path) : lstatSync(path);
    const kind = kindProblem(named);
    if (kind !== null) return failed([kind]);
    fd = openSync(
      path,
      constants.O_RDONLY |
        (constants.O_NONBLOCK ?? 0) |
        (followLinks ? 0 : (constants.O_NOFOLLOW ?? 0)),
    );
    const opened = fstatSync(fd);
    const swapped =
      kindProblem(opened) ??
      (opened.ino === named.ino && opened.dev === named.dev
        ? null
        : problem([], 'validation.readFile'));
    if (swapped !== null) return failed([swapped]);
    const tooLarge = fileSizeProblem(opened.size, { maxLength: maxBytes });
    if (tooLarge !== null) return failed([tooLarge]);
    return readAtMost(fd, maxBytes);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    return failed([problem([], FILE_ERRORS[code] ?? 'validation.readFile')]);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Reads until the end or one byte past the limit, whichever comes first. */
function readAtMost(fd: number, maxBytes: number): Result<Uint8Array> {
  const buffer = Buffer.alloc(Math.min(maxBytes + 1, 64 * 1024));
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, maxBytes + 1 - total), null);
    if (read === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
    total += read;
    if (total > maxBytes) return failed([readPastLimitProblem({ maxLength: maxBytes })]);
  }
  return ok(new Uint8Array(Buffer.concat(chunks, total)));
}

/** Null for a regular file; otherwise what it is, as a problem with the whole file. */
function kindProblem(stats: Stats): Problem | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return problem([], 'validation.isAFolder');
  if (stats.isSymbolicLink()) return problem([], 'validation.symbolicLink');
  return problem([], 'validation.notAFile');
}

/** `england-2025-26` names a shipped card; anything with a slash or `.json` is a path. */
export function isCardPath(reference: string): boolean {
  return reference.endsWith('.json') || reference.includes('/') || reference.includes('\\');
}

export function shippedCardPath(id: string, folder = SHIPPED_CARDS_DIR): string {
  return join(folder, `${id}.json`);
}

export function shippedCardIds(folder = SHIPPED_CARDS_DIR): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}
