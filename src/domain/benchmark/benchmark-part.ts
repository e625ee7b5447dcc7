/**
 * What a benchmark file (benchmark.ts) is made from, over some of a caseload's budgets:
 * counts, exact sums and every annual total, nothing that a rule rounds or withholds.
 * Parts of any split of a caseload merge into the part of the whole (counts add, sums of
 * pennies never round, the annual totals are put in order), so each of the page's workers
 * keeps the part of the budgets it priced, and a benchmark file is made from the merged
 * parts without pricing the caseload again (at a nation, half a minute).
 */
import type { MoneyText } from '../money';
import { isAboveZero, MoneyTotal, sortByAmountDescending } from '../pence';
import type { CaseloadFigures } from '../caseload/figures';

export interface BenchmarkPart {
  /** Budgets by cohort and funding route, as `cohort|route`. */
  readonly cells: Readonly<Record<string, number>>;
  /** Their annual totals summed, by the same keys. */
  readonly cellAnnual: Readonly<Record<string, MoneyText>>;
  /**
   * Budgets that spend anything in each area of life and with each who gives support, as
   * `domain:id` and `resource:id`; 0 where budgets name one and spend nothing on it.
   */
  readonly buckets: Readonly<Record<string, number>>;
  /** Every budget's annual cost in each of those, summed. */
  readonly bucketAnnual: Readonly<Record<string, MoneyText>>;
  readonly weekly: MoneyText;
  readonly traditionalAnnual: MoneyText;
  /** Budgets with each carer flag and each warning, by id. */
  readonly carerFlags: Readonly<Record<string, number>>;
  readonly warnings: Readonly<Record<string, number>>;
  /** Every budget's annual total, lowest first. */
  readonly annuals: readonly MoneyText[];
}

export const cell = (cohort: string, route: string) => `${cohort}|${route}`;

/** The part these budgets make. */
export function benchmarkPartOf(entries: readonly CaseloadFigures[]): BenchmarkPart {
  const builder = new BenchmarkPartBuilder();
  builder.add(entries);
  return builder.part();
}

/** A benchmark part made as budgets are priced, a chunk at a time: the engines' way. */
export class BenchmarkPartBuilder {
  private readonly cells = new Tally();
  private readonly domains = new Tally();
  private readonly resources = new Tally();
  private readonly carerFlags = new Map<string, number>();
  private readonly warnings = new Map<string, number>();
  private readonly weekly = new MoneyTotal();
  private readonly traditional = new MoneyTotal();
  private readonly annuals: MoneyText[] = [];

  add(entries: readonly CaseloadFigures[]): void {
    for (const entry of entries) {
      const annual = entry.totals.annual;
      this.annuals.push(annual);
      this.cells.add(cell(entry.cohort, entry.fundingRoute), annual, true);
      this.domains.addSpending(entry.byDomain);
      this.resources.addSpending(entry.byResource);
      this.weekly.add(entry.totals.weekly);
      this.traditional.add(entry.traditional.annual);
      countOnce(this.carerFlags, entry.carerFlags);
      countOnce(this.warnings, entry.warnings);
    }
  }

  part(): BenchmarkPart {
    return {
      cells: this.cells.counts(),
      cellAnnual: this.cells.sums(),
      buckets: { ...this.domains.counts('domain:'), ...this.resources.counts('resource:') },
      bucketAnnual: { ...this.domains.sums('domain:'), ...this.resources.sums('resource:') },
      weekly: this.weekly.text(),
      traditionalAnnual: this.traditional.text(),
      carerFlags: Object.fromEntries(this.carerFlags),
      warnings: Object.fromEntries(this.warnings),
      annuals: sortedLowestFirst(this.annuals),
    };
  }
}

/** Budgets counted by key, with their annual costs summed. */
class Tally {
  private readonly kept = new Map<string, { count: number; readonly annual: MoneyTotal }>();

  add(key: string, annual: string, counted: boolean): void {
    let one = this.kept.get(key);
    if (one === undefined) this.kept.set(key, (one = { count: 0, annual: new MoneyTotal() }));
    if (counted) one.count++;
    one.annual.add(annual);
  }

  /** A budget's annual cost by area of life (or who gives support), counted where above £0. */
  addSpending(amounts: Readonly<Record<string, { readonly annual: string }>>): void {
    for (const id in amounts) {
      const annual = (amounts[id] as { readonly annual: string }).annual;
      this.add(id, annual, isAboveZero(annual));
    }
  }

  counts(prefix = ''): Record<string, number> {
    return Object.fromEntries([...this.kept].map(([key, one]) => [prefix + key, one.count]));
  }

  sums(prefix = ''): Record<string, MoneyText> {
    return Object.fromEntries(
      [...this.kept].map(([key, one]) => [prefix + key, one.annual.text()]),
    );
  }
}

/** Each id of a budget's list counted once, however often the list names it. */
function countOnce(counts: Map<string, number>, ids: readonly string[]): void {
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index] as string;
    if (ids.indexOf(id) === index) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
}

/** The parts as one: counts added, sums summed, the annual totals in order. */
export function mergeBenchmarkParts(parts: readonly BenchmarkPart[]): BenchmarkPart {
  const counts = (pick: (part: BenchmarkPart) => Readonly<Record<string, number>>) => {
    const merged: Record<string, number> = {};
    for (const part of parts)
      for (const [key, count] of Object.entries(pick(part)))
        merged[key] = (merged[key] ?? 0) + count;
    return merged;
  };
  const sums = (pick: (part: BenchmarkPart) => Readonly<Record<string, MoneyText>>) => {
    const merged = new Map<string, MoneyTotal>();
    for (const part of parts)
      for (const [key, sum] of Object.entries(pick(part))) {
        let total = merged.get(key);
        if (total === undefined) merged.set(key, (total = new MoneyTotal()));
        total.add(sum);
      }
    return Object.fromEntries([...merged].map(([key, total]) => [key, total.text()]));
  };
  const total = (pick: (part: BenchmarkPart) => MoneyText) => {
    const sum = new MoneyTotal();
    for (const part of parts) sum.add(pick(part));
    return sum.text();
  };
  return {
    cells: counts((part) => part.cells),
    cellAnnual: sums((part) => part.cellAnnual),
    buckets: counts((part) => part.buckets),
    bucketAnnual: sums((part) => part.bucketAnnual),
    weekly: total((part) => part.weekly),
    traditionalAnnual: total((part) => part.traditionalAnnual),
    carerFlags: counts((part) => part.carerFlags),
    warnings: counts((part) => part.warnings),
    annuals: sortedLowestFirst(parts.flatMap((part) => part.annuals)),
  };
}

/** Amounts lowest first (pence.ts sorts them, as whole pence where they read as pence). */
function sortedLowestFirst(amounts: readonly MoneyText[]): MoneyText[] {
  return sortByAmountDescending(
    amounts,
    (amount) => amount,
    () => 0,
  ).reverse();
}
