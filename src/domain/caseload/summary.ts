/**
 * A caseload's figures from its priced budgets (`CaseloadEntry`): the app's summary, the
 * headless command's `--cohort` output and the CSV all come from this one function.
 * Every total is the sum of the budgets' own rounded totals, so it adds up to the penny.
 */
import { CARER_FLAG_IDS, type CarerFlagId } from '../carer-burden';
import {
  Dec,
  parseMoney,
  roundHoursForDisplay,
  subtractMoney,
  sumMoney,
  toMoneyText,
  type Money,
  type MoneyText,
} from '../money';
import { RESOURCES, type Resource } from '../schema/budget-values';
import type { RateCard } from '../schema/rate-card';
import { WARNING_IDS } from '../warnings';
import { agreedInCaseload, type AgreedInCaseload } from './agreed';
import { payersInCaseload, type PayersInCaseload } from './funders';
import { caseloadAvoidance, type CaseloadAvoidance } from './cost-avoidance';
import type { CaseloadAmounts, CaseloadEntry } from './entry';
import { caseloadInYear, type CaseloadInYear } from './in-year';
import { histogramOf } from './histogram';
import { meanOf, medianOfSorted, quartilesOfSorted, sortAmounts } from './statistics';

export interface CaseloadSummary {
  readonly rateCard: string;
  /** The day every budget is priced as at (rule 11). */
  readonly asOf: string;
  readonly weeksPerYear: string;
  readonly count: number;
  readonly totals: {
    weekly: MoneyText;
    annual: MoneyText;
    oneOff: MoneyText;
    firstYear: MoneyText;
  };
  /** Figures of the budgets' annual totals; null when there are no budgets. */
  readonly annual: {
    readonly mean: MoneyText;
    readonly median: MoneyText;
    readonly lowest: MoneyText;
    readonly highest: MoneyText;
    /** Null with fewer than four budgets. */
    readonly quartiles: { q1: MoneyText; q3: MoneyText; outlierAbove: MoneyText } | null;
  } | null;
  readonly histogram: readonly { from: MoneyText; to: MoneyText | null; count: number }[];
  readonly byDomain: Readonly<Record<string, CaseloadAmounts>>;
  readonly byResource: Readonly<Record<string, CaseloadAmounts>>;
  readonly hoursWeekly: Readonly<Record<Resource, string>>;
  /** Every budget at home against the same people each in the setting, a year. */
  readonly settings: readonly {
    id: string;
    homeAnnual: MoneyText;
    settingAnnual: MoneyText;
    difference: MoneyText;
    /** Budgets whose annual total is more than the setting's. */
    costMoreAtHome: number;
  }[];
  /** Budgets with each carer flag (any carer), every flag listed. */
  readonly carerFlags: Readonly<Record<CarerFlagId, number>>;
  /** Budgets with each warning, every warning listed. */
  readonly warnings: Readonly<Record<string, number>>;
  /** Budgets and lines on agreed rates or pay, and their cost above the card's (rule 17). */
  readonly agreed: AgreedInCaseload;
  /** Who pays the caseload, a year, by payer (the person, the ICB, the council). */
  readonly payers: PayersInCaseload;
  /** The ten highest-cost budgets, dearest first. */
  readonly highest: readonly RankedBudget[];
  /** The budgets above the outlier threshold, dearest first. */
  readonly outliers: readonly RankedBudget[];
  /** Cost avoided against traditional packages (rule 15). */
  readonly traditional: CaseloadAvoidance;
  /** The cost this quarter and this financial year, and the year's outturn (rule 12 summed). */
  readonly inYear: CaseloadInYear;
}

/** A budget named by its file (unique in a caseload) and its id, with its annual total. */
export interface RankedBudget {
  readonly file: string;
  readonly id: string;
  readonly person: string;
  readonly annual: MoneyText;
}

export const HIGHEST_COUNT = 10;

export function summariseCaseload(
  entries: readonly CaseloadEntry[],
  card: RateCard,
  asOf: string,
): CaseloadSummary {
  const annuals = entries.map((entry) => parseMoney(entry.totals.annual));
  const sorted = sortAmounts(annuals);
  const quartiles = quartilesOfSorted(sorted);
  const byCost = rankByAnnual(entries, annuals);
  const outliers =
    quartiles === null ? [] : byCost.filter((ranked) => ranked.annual.gt(quartiles.outlierAbove));
  const highestCovered =
    quartiles === null ? sorted.at(-1) : sorted.filter((a) => a.lte(quartiles.outlierAbove)).at(-1);
  const total = (pick: (entry: CaseloadEntry) => string) =>
    toMoneyText(sumMoney(entries.map((e) => parseMoney(pick(e)))));
  const homeAnnual = sumMoney(annuals);
  return {
    rateCard: card.id,
    asOf,
    weeksPerYear: card.weeksPerYear,
    count: entries.length,
    totals: {
      weekly: total((e) => e.totals.weekly),
      annual: toMoneyText(homeAnnual),
      oneOff: total((e) => e.totals.oneOff),
      firstYear: total((e) => e.totals.firstYear),
    },
    annual:
      sorted.length === 0
        ? null
        : {
            mean: toMoneyText(meanOf(annuals) as Money),
            median: toMoneyText(medianOfSorted(sorted) as Money),
            lowest: toMoneyText(sorted[0] as Money),
            highest: toMoneyText(sorted.at(-1) as Money),
            quartiles:
              quartiles === null
                ? null
                : {
                    q1: toMoneyText(quartiles.q1),
                    q3: toMoneyText(quartiles.q3),
                    outlierAbove: toMoneyText(quartiles.outlierAbove),
                  },
          },
    histogram: histogramOf(sorted, highestCovered ?? (new Dec(0) as Money)).map((band) => ({
      from: toMoneyText(band.from),
      to: band.to === null ? null : toMoneyText(band.to),
      count: band.count,
    })),
    byDomain: sumBuckets(entries, (entry) => entry.byDomain, [
      ...card.domains.map((d) => d.id),
      'general',
    ]),
    byResource: sumBuckets(entries, (entry) => entry.byResource, [...RESOURCES, 'expenses']),
    hoursWeekly: hoursByResource(entries),
    settings: card.settings.map((setting) => {
      const comparisons = entries.map((entry) => entry.settings.find((s) => s.id === setting.id));
      const settingAnnual = sumMoney(comparisons.map((c) => parseMoney(c?.annual ?? '0.00')));
      return {
        id: setting.id,
        homeAnnual: toMoneyText(homeAnnual),
        settingAnnual: toMoneyText(settingAnnual),
        difference: toMoneyText(subtractMoney(homeAnnual, settingAnnual)),
        costMoreAtHome: comparisons.filter((c) => c !== undefined && parseMoney(c.difference).gt(0))
          .length,
      };
    }),
    carerFlags: countBudgets(entries, CARER_FLAG_IDS, (entry) => entry.carerFlags),
    warnings: countBudgets(entries, WARNING_IDS, (entry) => entry.warnings),
    agreed: agreedInCaseload(entries),
    payers: payersInCaseload(entries),
    highest: byCost.slice(0, HIGHEST_COUNT).map(rankedBudget),
    outliers: outliers.map(rankedBudget),
    traditional: caseloadAvoidance(entries),
    inYear: caseloadInYear(entries, asOf),
  };
}

interface Ranked {
  readonly entry: CaseloadEntry;
  readonly annual: Money;
}

const rankedBudget = ({ entry }: Ranked): RankedBudget => ({
  file: entry.file,
  id: entry.id,
  person: entry.person,
  annual: entry.totals.annual,
});

/** Dearest first; equal totals in the order of their files, so the order never depends on loading. */
export function rankByAnnual(
  entries: readonly CaseloadEntry[],
  annuals: readonly Money[],
): Ranked[] {
  return entries
    .map((entry, index) => ({ entry, annual: annuals[index] as Money }))
    .sort((a, b) => b.annual.comparedTo(a.annual) || compareText(a.entry.file, b.entry.file));
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sumBuckets(
  entries: readonly CaseloadEntry[],
  pick: (entry: CaseloadEntry) => Readonly<Record<string, CaseloadAmounts>>,
  known: readonly string[],
): Record<string, CaseloadAmounts> {
  const sums = new Map<string, { weekly: Money[]; annual: Money[] }>(
    known.map((id) => [id, { weekly: [], annual: [] }]),
  );
  for (const entry of entries) {
    for (const [id, amounts] of Object.entries(pick(entry))) {
      let sum = sums.get(id);
      if (sum === undefined) sums.set(id, (sum = { weekly: [], annual: [] }));
      sum.weekly.push(parseMoney(amounts.weekly));
      sum.annual.push(parseMoney(amounts.annual));
    }
  }
  return Object.fromEntries(
    [...sums].map(([id, sum]) => [
      id,
      { weekly: toMoneyText(sumMoney(sum.weekly)), annual: toMoneyText(sumMoney(sum.annual)) },
    ]),
  );
}

function hoursByResource(entries: readonly CaseloadEntry[]): Record<Resource, string> {
  const minutes = Object.fromEntries(RESOURCES.map((resource) => [resource, 0])) as Record<
    Resource,
    number
  >;
  const averaged = Object.fromEntries(
    RESOURCES.map((resource) => [resource, new Dec(0)]),
  ) as Record<Resource, Dec>;
  for (const entry of entries) {
    for (const resource of RESOURCES) {
      minutes[resource] += entry.minutesWeekly[resource];
      averaged[resource] = averaged[resource].plus(entry.averagedHoursWeekly[resource]);
    }
  }
  // Whole minutes divided once, then the averaged hours of lines that do not come every week (rule 9).
  return Object.fromEntries(
    RESOURCES.map((resource) => [
      resource,
      roundHoursForDisplay(new Dec(minutes[resource]).div(60).plus(averaged[resource])),
    ]),
  ) as Record<Resource, string>;
}

function countBudgets<K extends string>(
  entries: readonly CaseloadEntry[],
  ids: readonly K[],
  found: (entry: CaseloadEntry) => readonly string[],
): Record<K, number> {
  const counts = Object.fromEntries(ids.map((id) => [id, 0])) as Record<K, number>;
  for (const entry of entries) for (const id of found(entry)) if (id in counts) counts[id as K]++;
  return counts;
}
