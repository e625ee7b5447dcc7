/** Import profiles: read and checked like every file this tool reads, and the shipped ones by name. */
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
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return failed([problem([], 'validation.notAnObject')]);
  const record = data as Record<string, unknown>;
  if (record['format'] !== PROFILE_FORMAT)
    return failed([problem(['format'], 'validation.format', { format: PROFILE_FORMAT })]);
  if (typeof record['version'] === 'number' && record['version'] > PROFILE_VERSION) {
    return failed([
      problem(['version'], 'validation.newerVersion', {
        version: record['version'],
        known: PROFILE_VERSION,
      }),
    ]);
  }
  const parsed = importProfileSchema.safeParse(data, { reportInput: true });
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

/** A profile as the JSON a person downloads and shares. */
export function profileFileText(profile: ImportProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}
