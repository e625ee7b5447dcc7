/**
 * Upgrades from each released file version to the next, keyed by the version they read.
 * Version 1 is the first release of both formats, so there is nothing to upgrade yet;
 * a new version adds its step here and a fixture of the old version to the tests.
 */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;
export type Migrations = Readonly<Record<number, Migration>>;

export const BUDGET_MIGRATIONS: Migrations = {};
export const RATE_CARD_MIGRATIONS: Migrations = {};
