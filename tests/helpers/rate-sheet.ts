/** The sample council rate schedule and its shipped profile, as the rate sheet tests read them. */
import { readFileSync } from 'node:fs';
import type { RateSheetProfile } from '../../src/domain/import/rate-sheet-profile';
import type { Table } from '../../src/domain/import/table';
import { readCsv } from '../../src/io/import/csv-table';
import { shippedRateSheetProfiles } from '../../src/io/import/rate-sheet-profile-file';

export const SCHEDULE_FILE = 'council-rate-schedule.csv';
export const SCHEDULE_PATH = `tests/fixtures/import/${SCHEDULE_FILE}`;

/** The schedule as a table named as its file, as a CSV is read. */
export function scheduleTable(): Table {
  const read = readCsv(readFileSync(SCHEDULE_PATH), SCHEDULE_FILE);
  if (!read.ok) throw new Error(read.key);
  return read.table;
}

export function scheduleProfile(): RateSheetProfile {
  const profile = shippedRateSheetProfiles().get('council-rate-schedule');
  if (profile === undefined) throw new Error('council-rate-schedule is not shipped');
  return profile;
}
