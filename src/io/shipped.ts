/**
 * The rate cards and example budget shipped with the app, bundled at build time.
 *
 * They are part of the release, like its code, and are checked before it ships: `npm test`
 * fails if any fails the schemas and rules the command line uses
 * (scripts/shipped-files-check.ts; tests/unit/rate-cards.test.ts reads each card too).
 * So the app does not check them again on every start, which would put zod into its
 * start-up script. Files from people (opened, imported, or read back from the
 * device) are always checked in full; see state/stored-state-reader.ts and io/budget-file-read.ts.
 *
 * The cards (some 12 KB gzipped, with their sources and notes) are a chunk of their own,
 * fetched with `import()` as the app starts, beside its messages and the device's saved
 * data, rather than inside the start-up script that must be read before anything runs:
 * main.tsx waits for `loadShippedRateCards` before the first page, as every page may
 * price a budget, so nothing ever sees the list empty.
 */
import { byCodeUnits } from '../domain/code-unit-order';
import type { Budget } from '../domain/schema/budget';
import type { RateCard } from '../domain/schema/rate-card';

const cardFiles = import.meta.glob<RateCard>('../../rate-cards/*.json', { import: 'default' });
// Only "Try an example" needs the example: loaded when asked, not at start-up.
const exampleFiles = import.meta.glob<Budget>('../../examples/*.json', { import: 'default' });

export interface Shipped<T> {
  readonly items: readonly T[];
}

const inFileOrder = <T>(files: Record<string, T>): T[] =>
  Object.entries(files)
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([, value]) => value);

let cards: readonly RateCard[] | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the shipped cards, once; a failed load (the network gone before the offline copy
 * was made) may be tried again.
 */
export function loadShippedRateCards(): Promise<void> {
  loading ??= Promise.all(inFileOrder(cardFiles).map((load) => load())).then(
    (loaded) => {
      cards = loaded;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The shipped cards, in file order; loadShippedRateCards must have finished. */
export const shippedRateCards: Shipped<RateCard> = {
  get items() {
    if (cards === undefined)
      throw new Error('the shipped rate cards are read before loadShippedRateCards has finished');
    return cards;
  },
};

/**
 * The file name of the example in a language: `example-ann.json` is the English, and
 * `example-ann.cy.json` the same budget with its own words in Welsh. The two must price
 * the same to the penny (tests/unit/example-welsh.test.ts), as only the words differ.
 */
export function exampleFileFor(files: readonly string[], language: string): string | undefined {
  const sorted = files.slice().sort(byCodeUnits);
  const english = sorted.filter((file) => !/\.[a-z]{2}\.json$/.test(file));
  const first = english[0];
  if (first === undefined) return undefined;
  const own = first.replace(/\.json$/, `.${language}.json`);
  return sorted.includes(own) ? own : first;
}

/**
 * The example budget "Try an example" opens, in the page's language: its needs, outcomes
 * and notes in Welsh when the page is in Welsh, and the English where a language has no
 * copy of its own.
 */
export async function loadShippedExample(language: string): Promise<Budget | undefined> {
  const file = exampleFileFor(Object.keys(exampleFiles), language);
  const load = file === undefined ? undefined : exampleFiles[file];
  return load === undefined ? undefined : load();
}
