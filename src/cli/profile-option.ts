/** A `--profile` option: a shipped profile by its id, or a profile file by its path. */
import type { Result } from '../domain/problems';
import { readRegularFile } from './files';
import { inFile, type Loaded } from './load';

/** Profiles are small: a few hundred words at most. */
const PROFILE_FILE_BYTES = 200_000;

export function loadProfileOption<T>(
  reference: string,
  shipped: ReadonlyMap<string, T>,
  readBytes: (bytes: Uint8Array) => Result<T>,
): Loaded<T> {
  const byName = shipped.get(reference);
  if (byName !== undefined) return { ok: true, value: byName };
  if (!reference.endsWith('.json') && !reference.includes('/') && !reference.includes('\\')) {
    return {
      ok: false,
      problems: [
        {
          path: '--profile',
          key: 'importing.cli.unknownProfile',
          values: { name: reference, known: [...shipped.keys()].join(', ') },
        },
      ],
    };
  }
  const bytes = readRegularFile(reference, PROFILE_FILE_BYTES, { followLinks: true });
  const profile = bytes.ok ? readBytes(bytes.value) : bytes;
  return profile.ok
    ? profile
    : { ok: false, problems: inFile(reference, profile.problems, `${reference} `) };
}

/** The one spreadsheet, `--profile` and `--out` an import needs; null unless each is given once. */
export function fileProfileOut(
  positional: readonly string[],
  options: ReadonlyMap<string, string>,
): { file: string; profile: string; out: string } | null {
  const [file] = positional;
  const profile = options.get('--profile');
  const out = options.get('--out');
  return positional.length !== 1 || file === undefined || profile === undefined || out === undefined
    ? null
    : { file, profile, out };
}
