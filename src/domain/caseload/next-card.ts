/**
 * Next year's rates on the whole caseload (docs/commissioner.md): every budget priced on
 * this year's card and on next year's, as at the same day, side by side. Only budgets
 * priced on both cards are compared, so the two totals are of the same budgets; a budget
 * that next year's card cannot price is listed. Each figure is a sum of the budgets' own
 * rounded figures on that card, and each difference is worked out from those sums.
 */
import {
  Dec,
  parseMoney,
  roundPercent,
  subtractMoney,
  toMoneyText,
  type Money,
  type MoneyText,
} from '../money';
import { byCodeUnits, byFile } from '../code-unit-order';
import { GENERAL_DOMAIN } from '../pricing/amounts';
import { RESOURCE_BUCKETS } from '../pricing/totals';
import type { RateCard } from '../schema/rate-card';
import type { CaseloadAmounts, CaseloadEntry } from './entry';
import type { CaseloadFigures } from './figures';
import { PartSums, type ByTotals, type Sums } from './next-card-sums';
import { isAboveZero, sortByAmountDescending, subtractMoneyTexts } from '../pence';

/** What the comparison needs of a budget priced on next year's card: small, to cross from a worker. */
export interface NextEntry {
  readonly file: string;
  readonly totals: { readonly weekly: MoneyText; readonly annual: MoneyText };
  readonly byDomain: Readonly<Record<string, CaseloadAmounts>>;
  readonly byResource: Readonly<Record<string, CaseloadAmounts>>;
}

export function nextEntryOf(entry: CaseloadEntry): NextEntry {
  return {
    file: entry.file,
    totals: { weekly: entry.totals.weekly, annual: entry.totals.annual },
    byDomain: entry.byDomain,
    byResource: entry.byResource,
  };
}

export interface Change {
  readonly thisYear: MoneyText;
  readonly nextYear: MoneyText;
  /** Next year's − this year's. */
  readonly difference: MoneyText;
  /** The difference as a percent of this year's, half-up to one place; null when this year's is 0. */
  readonly percent: string | null;
}

export interface RisingBudget {
  readonly file: string;
  readonly id: string;
  readonly person: string;
  /** This year's annual total: what the ranked tables call `annual`. */
  readonly annual: MoneyText;
  readonly nextAnnual: MoneyText;
  readonly rise: MoneyText;
  readonly percent: string | null;
}

export interface CardComparison extends ByTotals<Change> {
  readonly thisCard: string;
  readonly nextCard: string;
  /** Budgets priced on both cards: every figure is of these. */
  readonly count: number;
  /** Files of the budgets next year's card cannot price, sorted. */
  readonly notOnNextCard: readonly string[];
  /** The budgets whose annual cost rises most, most first (equal rises by file). */
  readonly rises: readonly RisingBudget[];
}

export const RISES_SHOWN = 10;

/**
 * The comparison over some of a caseload's budgets, before its differences and percents:
 * how many both cards priced, the files next year's card could not, the sums, and the
 * part's own RISES_SHOWN greatest rises. Parts of any split of the caseload merge into
 * the whole's (sums of pennies never round, and each of the whole's greatest rises is
 * among its own part's greatest), so each of the page's workers compares its own budgets
 * and hands on a part this size, never every budget's figures (a nation's, gathered in
 * one worker, were 2.7 GB).
 */
export interface ComparisonPart extends ByTotals<Sums> {
  readonly count: number;
  readonly notOnNextCard: readonly string[];
  readonly rises: readonly RisingBudget[];
}

/** This year's card against next year's over `entries`, their figures on next year's card in `next`. */
export function compareCards(
  entries: readonly CaseloadFigures[],
  next: readonly NextEntry[],
  thisCard: RateCard,
  nextCard: RateCard,
): CardComparison {
  return comparisonOf(comparisonPartOf(entries, next), thisCard, nextCard);
}

/** The part of `entries`, each compared with its own file's figures in `next` where there are some. */
export function comparisonPartOf(
  entries: readonly CaseloadFigures[],
  next: readonly NextEntry[],
): ComparisonPart {
  const nextByFile = new Map(next.map((entry) => [entry.file, entry]));
  const sums = new PartSums();
  const notOnNextCard: string[] = [];
  const rises: {
    readonly entry: CaseloadFigures;
    readonly other: NextEntry;
    readonly rise: MoneyText;
  }[] = [];
  let count = 0;
  for (const entry of entries) {
    const other = nextByFile.get(entry.file);
    if (other === undefined) {
      notOnNextCard.push(entry.file);
      continue;
    }
    count++;
    sums.weekly.add(entry.totals.weekly, other.totals.weekly);
    sums.annual.add(entry.totals.annual, other.totals.annual);
    sums.add(sums.byDomain, entry.byDomain, other.byDomain);
    sums.add(sums.byResource, entry.byResource, other.byResource);
    sums.bucket(sums.byCohort, entry.cohort).add(entry.totals.annual, other.totals.annual);
    const rise = subtractMoneyTexts(other.totals.annual, entry.totals.annual);
    if (isAboveZero(rise)) rises.push({ entry, other, rise });
  }
  return {
    count,
    notOnNextCard,
    ...sums.texts(),
    rises: greatestRises(rises, (a, b) => byFile(a.entry, b.entry)).map(({ entry, other }) => {
      const { difference, percent } = change(
        parseMoney(entry.totals.annual),
        parseMoney(other.totals.annual),
      );
      return {
        file: entry.file,
        id: entry.id,
        person: entry.person,
        annual: entry.totals.annual,
        nextAnnual: other.totals.annual,
        rise: difference,
        percent,
      };
    }),
  };
}

/** The parts as one part: counts added, sums summed, the greatest rises of them all. */
export function mergeComparisonParts(parts: readonly ComparisonPart[]): ComparisonPart {
  const sums = new PartSums();
  for (const part of parts) {
    sums.weekly.add(part.weekly.thisYear, part.weekly.nextYear);
    sums.annual.add(part.annual.thisYear, part.annual.nextYear);
    for (const [into, from] of [
      [sums.byDomain, part.byDomain],
      [sums.byResource, part.byResource],
      [sums.byCohort, part.byCohort],
    ] as const)
      for (const [key, each] of Object.entries(from))
        sums.bucket(into, key).add(each.thisYear, each.nextYear);
  }
  const rises = parts.flatMap((part) => part.rises);
  return {
    count: parts.reduce((count, part) => count + part.count, 0),
    notOnNextCard: parts.flatMap((part) => part.notOnNextCard),
    ...sums.texts(),
    rises: greatestRises(rises, byFile),
  };
}

/**
 * The comparison of a part that is the whole caseload. Areas of life come in this year's
 * card's order, then next year's new ones, then general costs and any other; who gives
 * support in the order of the budget's own totals; cohorts in code-unit order. So the
 * order is the same however the caseload was loaded or split between workers.
 */
export function comparisonOf(
  whole: ComparisonPart,
  thisCard: RateCard,
  nextCard: RateCard,
): CardComparison {
  const domains = [...thisCard.domains, ...nextCard.domains].map((domain) => domain.id);
  return {
    thisCard: thisCard.id,
    nextCard: nextCard.id,
    count: whole.count,
    notOnNextCard: [...whole.notOnNextCard].sort(byCodeUnits),
    weekly: changeOf(whole.weekly),
    annual: changeOf(whole.annual),
    byDomain: changesOf(whole.byDomain, [...domains, GENERAL_DOMAIN]),
    byResource: changesOf(whole.byResource, RESOURCE_BUCKETS),
    byCohort: changesOf(whole.byCohort, []),
    rises: whole.rises,
  };
}

/** The RISES_SHOWN greatest rises, most first, equal rises by `tie` (their files). */
function greatestRises<T extends { readonly rise: MoneyText }>(
  rises: readonly T[],
  tie: (a: T, b: T) => number,
): T[] {
  return sortByAmountDescending(rises, (each) => each.rise, tie).slice(0, RISES_SHOWN);
}

const changeOf = (sums: Sums) => change(parseMoney(sums.thisYear), parseMoney(sums.nextYear));

/** Each key's change: the `known` keys in their order, then the rest in code-unit order. */
function changesOf(
  sums: Readonly<Record<string, Sums>>,
  known: readonly string[],
): Record<string, Change> {
  const rank = new Map<string, number>();
  for (const key of known) if (!rank.has(key)) rank.set(key, rank.size);
  const keys = Object.keys(sums).sort(
    (a, b) => (rank.get(a) ?? rank.size) - (rank.get(b) ?? rank.size) || byCodeUnits(a, b),
  );
  return Object.fromEntries(keys.map((key) => [key, changeOf(sums[key] as Sums)]));
}

function change(thisYear: Money, nextYear: Money): Change {
  const difference = subtractMoney(nextYear, thisYear);
  return {
    thisYear: toMoneyText(thisYear),
    nextYear: toMoneyText(nextYear),
    difference: toMoneyText(difference),
    percent: thisYear.isZero() ? null : roundPercent(new Dec(difference).times(100).div(thisYear)),
  };
}
