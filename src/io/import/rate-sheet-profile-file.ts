/** Rate sheet profiles: read and checked like an import profile, and the shipped ones by id. */
import { parseJsonBytes } from '../../domain/json-text';
import type { Result } from '../../domain/problems';
import {
  RATE_SHEET_PROFILE_FORMAT,
  RATE_SHEET_PROFILE_VERSION,
  rateSheetProfileSchema,
  type RateSheetProfile,
} from '../../domain/import/rate-sheet-profile';
import councilRateSchedule from '../../../import-profiles/council-rate-schedule.json';
import standardRateSheet from '../../../import-profiles/standard-rate-sheet.json';
import { PROFILE_LIMITS, readProfileOf } from './profile-file';

export function readRateSheetProfile(data: unknown): Result<RateSheetProfile> {
  return readProfileOf(
    data,
    RATE_SHEET_PROFILE_FORMAT,
    RATE_SHEET_PROFILE_VERSION,
    rateSheetProfileSchema,
  );
}

export function readRateSheetProfileBytes(bytes: Uint8Array): Result<RateSheetProfile> {
  const json = parseJsonBytes(bytes, PROFILE_LIMITS);
  return json.ok ? readRateSheetProfile(json.value) : json;
}

/** The rate sheet profiles that come with the tool, by id, each checked as a file would be. */
export function shippedRateSheetProfiles(): ReadonlyMap<string, RateSheetProfile> {
  const found = new Map<string, RateSheetProfile>();
  for (const data of [standardRateSheet, councilRateSchedule]) {
    const profile = readRateSheetProfile(data);
    if (!profile.ok)
      throw new Error(
        `A shipped rate sheet profile is not valid: ${JSON.stringify(profile.problems)}`,
      );
    found.set(profile.value.id, profile.value);
  }
  return found;
}
