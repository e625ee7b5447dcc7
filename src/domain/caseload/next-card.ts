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
  sumMoney,
  toMoneyText,
  type Money,
  type MoneyText,
} from '../money';
import { byFile } from '../code-unit-order';
import type { CaseloadAmounts, CaseloadEntry } from './entry';
import type { CaseloadFigures } from './figures';

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

export interface CardComparison {
  readonly thisCard: string;
  readonly nextCard: string;
  /** Budgets priced on both cards: every figure below is of these. */
  readonly count: number;
  /** Files of the budgets next year's card cannot price, sorted. */
  readonly notOnNextCard: readonly string[];
  readonly weekly: Change;
  readonly annual: Change;
  /** Annual cost by area of life, by who gives support and by cohort. */
  readonly byDomain: Readonly<Record<string, Change>>;
  readonly byResource: Readonly<Record<string, Change>>;
  readonly byCohort: Readonly<Record<string, Change>>;
  /** The budgets whose annual cost rises most, most first (equal rises by file). */
  readonly rises: readonly RisingBudget[];
}

export const RISES_SHOWN = 10;

export function compareCards(
  entries: readonly CaseloadFigures[],
  next: readonly NextEntry[],
  thisCard: string,
  nextCard: string,
): CardComparison {
  const nextByFile = new Map(next.map((entry) => [entry.file, entry]));
  const pairs = entries.flatMap((entry) => {
    const other = nextByFile.get(entry.file);
    return other === undefined ? [] : [{ entry, next: other }];
  });
  const priced = new Set(pairs.map((pair) => pair.entry.file));
  const sumOf = (
    pick: (pair: (typeof pairs)[number]) => [string | undefined, string | undefined],
  ) => {
    const thisYear: Money[] = [];
    const nextYear: Money[] = [];
    for (const pair of pairs) {
      const [a, b] = pick(pair);
      thisYear.push(parseMoney(a ?? '0.00'));
      nextYear.push(parseMoney(b ?? '0.00'));
    }
    return change(sumMoney(thisYear), sumMoney(nextYear));
  };
  const keysOf = (
    pick: (entry: NextEntry | CaseloadFigures) => Readonly<Record<string, CaseloadAmounts>>,
  ) => [
    ...new Set(
      pairs.flatMap((pair) => [...Object.keys(pick(pair.entry)), ...Object.keys(pick(pair.next))]),
    ),
  ];
  const breakdown = (
    pick: (entry: NextEntry | CaseloadFigures) => Readonly<Record<string, CaseloadAmounts>>,
  ) =>
    Object.fromEntries(
      keysOf(pick).map((id) => [
        id,
        sumOf((pair) => [pick(pair.entry)[id]?.annual, pick(pair.next)[id]?.annual]),
      ]),
    );
  const cohorts = [...new Set(pairs.map((pair) => pair.entry.cohort))].sort();
  const rises = pairs
    .map(({ entry, next: other }) => ({
      entry,
      other,
      rise: subtractMoney(parseMoney(other.totals.annual), parseMoney(entry.totals.annual)),
    }))
    .filter(({ rise }) => rise.gt(0))
    .sort((a, b) => b.rise.comparedTo(a.rise) || byFile(a.entry, b.entry))
    .slice(0, RISES_SHOWN)
    .map(({ entry, other }) => {
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
    });
  return {
    thisCard,
    nextCard,
    count: pairs.length,
    notOnNextCard: entries
      .filter((entry) => !priced.has(entry.file))
      .map((entry) => entry.file)
      .sort(),
    weekly: sumOf((pair) => [pair.entry.totals.weekly, pair.next.totals.weekly]),
    annual: sumOf((pair) => [pair.entry.totals.annual, pair.next.totals.annual]),
    byDomain: breakdown((entry) => entry.byDomain),
    byResource: breakdown((entry) => entry.byResource),
    byCohort: Object.fromEntries(
      cohorts.map((cohort) => [
        cohort,
        sumOf((pair) =>
          pair.entry.cohort === cohort
            ? [pair.entry.totals.annual, pair.next.totals.annual]
            : ['0.00', '0.00'],
        ),
      ]),
    ),
    rises,
  };
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
