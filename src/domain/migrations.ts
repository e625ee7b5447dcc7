/**
 * Upgrades from each released file version to the next, keyed by the version they read.
 * Each version keeps a fixture of the old version in the tests, so old files keep opening.
 */
import { cardPoliciesInOne } from './migrate-card-policy';
import { lineOutcomesToOutcomes } from './migrate-outcomes';

export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

export type Migrations = Readonly<Record<number, Migration>>;

export const BUDGET_MIGRATIONS: Migrations = {
  // Version 2 adds the history of revisions: a version 1 file has none yet. A stray
  // `revisions` field in a version 1 file is left for the schema to judge, never dropped.
  1: (document) => ({ revisions: [], ...document, version: 2 }),
  // Version 3 puts the plan in time. Every new field is optional and a file without
  // them prices as before (every line every week, always active): nothing to add.
  2: (document) => ({ ...document, version: 3 }),
  // Version 4 writes the plan around the money: each line's free-text `outcome` becomes
  // an outcome of the plan that the line serves (migrate-outcomes.ts).
  3: (document) => ({ ...lineOutcomesToOutcomes(document), version: 4 }),
};
export const RATE_CARD_MIGRATIONS: Migrations = {
  // Version 2 keeps the card's policies in one `policy` with named parts: version 1's
  // `chargingPolicy` and `monitoringPolicy` move in, their sources with them
  // (migrate-card-policy.ts). Cards kept on people's devices keep opening.
  1: (document) => ({ ...cardPoliciesInOne(document), version: 2 }),
};
