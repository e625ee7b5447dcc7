/**
 * The rate cards and example budget shipped with the app, bundled at build time.
 *
 * They are part of the release, like its code, and are checked before it ships: `npm test`
 * fails if any fails the schemas and rules the command line uses
 * (scripts/shipped-files-check.ts; tests/unit/rate-cards.test.ts reads each card too).
 * So the app does not check them again on every start, which would put zod into its
 * start-up script. Files from people (opened, imported, or read back from the
 * device) are always checked in full; see state/stored-state-reader.ts and io/budget-file-read.ts.
 */
import type { Budget } from '../domain/schema/budget';
import type { RateCard } from '../domain/schema/rate-card';

const cardFiles = import.meta.glob<RateCard>('../../rate-cards/*.json', { eager: true, import: 'default' });
// Only "Try an example" needs the example: loaded when asked, not at start-up.
const exampleFiles = import.meta.glob<Budget>('../../examples/*.json', { import: 'default' });

export interface Shipped<T> {
  readonly items: readonly T[];
}

const inFileOrder = <T>(files: Record<string, T>): T[] =>
  Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, value]) => value);

export const shippedRateCards: Shipped<RateCard> = { items: inFileOrder(cardFiles) };

/** The example budget "Try an example" opens (the first by file name). */
export async function loadShippedExample(): Promise<Budget | undefined> {
  const [load] = inFileOrder(exampleFiles);
  return load === undefined ? undefined : load();
}
