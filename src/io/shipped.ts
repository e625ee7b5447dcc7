/**
 * The rate cards and example budgets shipped with the app, bundled at build time and
 * validated on load with the same schemas as the command line.
 */
import type { Budget } from '../domain/schema/budget';
import type { RateCard } from '../domain/schema/rate-card';
import { readBudget, readRateCard } from '../domain/read';
import type { Problem, Result } from '../domain/problems';

const cardFiles = import.meta.glob<unknown>('../../rate-cards/*.json', { eager: true, import: 'default' });
const exampleFiles = import.meta.glob<unknown>('../../examples/*.json', { eager: true, import: 'default' });

export interface Shipped<T> {
  readonly items: readonly T[];
  /** A shipped file that fails validation is a fault of the release, shown, never hidden. */
  readonly problems: readonly { file: string; problems: readonly Problem[] }[];
}

function load<T>(files: Record<string, unknown>, read: (data: unknown) => Result<T>): Shipped<T> {
  const items: T[] = [];
  const problems: { file: string; problems: readonly Problem[] }[] = [];
  for (const [file, data] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const result = read(data);
    if (result.ok) items.push(result.value);
    else problems.push({ file: file.split('/').pop() ?? file, problems: result.problems });
  }
  return { items, problems };
}

export const shippedRateCards: Shipped<RateCard> = load(cardFiles, readRateCard);
export const shippedExamples: Shipped<Budget> = load(exampleFiles, readBudget);
