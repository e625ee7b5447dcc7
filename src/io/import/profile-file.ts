/** Import profiles: read and checked like every file this tool reads, and the shipped ones by name. */
import type { z } from 'zod';
import { parseJsonBytes } from '../../domain/json-text';
import { failed, ok, problem, problemsFromZod, type Result } from '../../domain/problems';
import {
  importProfileSchema,
  PROFILE_FORMAT,
  PROFILE_VERSION,
  type ImportProfile,
} from '../../domain/import/profile';
import chcPackage from '../../../import-profiles/chc-package.json';
import councilDomiciliary from '../../../import-profiles/council-domiciliary.json';
import paWeeklyHours from '../../../import-profiles/pa-weekly-hours.json';
import serviceAgreement from '../../../import-profiles/service-agreement.json';

/** A profile is small: a few hundred words at most. */
export const PROFILE_LIMITS = { maxLength: 200_000, maxDepth: 6 } as const;

export function readProfile(data: unknown): Result<ImportProfile> {
  return readProfileOf(data, PROFILE_FORMAT, PROFILE_VERSION, importProfileSchema);
}

/** A profile of either kind: its format and version first, then its schema. */
export function readProfileOf<T>(
  data: unknown,
  format: string,
  version: number,
  schema: z.ZodType<T>,
): Result<T> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return failed([problem([], 'validation.notAnObject')]);
  const record = data as Record<string, unknown>;
  if (record['format'] !== format)
    return failed([problem(['format'], 'validation.format', { format })]);
  if (typeof record['version'] === 'number' && record['version'] > version) {
    return failed([
      problem(['version'], 'validation.newerVersion', {
        version: record['version'],
        known: version,
      }),
    ]);
  }
  const parsed = schema.safeParse(data, { reportInput: true });
  return parsed.success ? ok(parsed.data) : failed(problemsFromZod(parsed.error));
}

export function readProfileBytes(bytes: Uint8Array): Result<ImportProfile> {
  const json = parseJsonBytes(bytes, PROFILE_LIMITS);
  return json.ok ? readProfile(json.value) : json;
}

/** The profiles that come with the tool, by id, each checked as a file would be. */
export function shippedProfiles(): ReadonlyMap<string, ImportProfile> {
  const found = new Map<string, ImportProfile>();
  for (const data of [councilDomiciliary, chcPackage, paWeeklyHours, serviceAgreement]) {
    const profile = readProfile(data);
    if (!profile.ok)
      throw new Error(`A shipped import profile is not valid: ${JSON.stringify(profile.problems)}`);
    found.set(profile.value.id, profile.value);
  }
  return found;
}

/** A profile (of packages or of rates) as the JSON a person downloads and shares. */
export function profileFileText(profile: object): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}
