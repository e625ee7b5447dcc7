/**
 * A caseload's figures from its priced budgets (`CaseloadEntry`): the app's summary, the
 * headless command's `--cohort` output and the CSV all come from here. Every total is the
 * sum of the budgets' own rounded totals, so it adds up to the penny; the page sums its
 * workers' parts apart and merges them (summary-parts.ts) into the same figures.
 */
import type { CarerFlagId } from '../carer-burden';
import {
  Dec,
  parseMoney,
  roundHoursForDisplay,
  subtractMoney,
  toMoneyText,
  type Money,
  type MoneyText,
} from '../money';
import { RESOURCES, type Resource } from '../schema/budget-values';
import type { RateCard } from '../schema/rate-card';
import { costAvoidance } from '../traditional';
import { byCodeUnits } from '../code-unit-order';
import type { AgreedInCaseload } from './agreed';
import type { PayersInCaseload } from './funders';
import type { CaseloadAvoidance } from './cost-avoidance';
import type { CaseloadAmounts, CaseloadEntry } from './entry';
import type { CaseloadInYear } from './in-year';
import { histogramOf } from './histogram';
import { countFrom, meanOfSum, medianOfSorted, quartilesOfSorted } from './statistics';
import {
  caseloadPartOf,
  inYearOfPart,
  mergeCaseloadParts,
  sortedAnnuals,
  type CaseloadPart,
  type RankedBudget,
} from './summary-parts';

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

export type { RankedBudget };

export const HIGHEST_COUNT = 10;

export function summariseCaseload(
  entries: readonly CaseloadEntry[],
  card: RateCard,
  asOf: string,
): CaseloadSummary {
  return summaryOfPart(caseloadPartOf(entries, card, asOf), card, asOf);
}

/** The summary of parts summed apart (by the page's workers): the same as of the whole. */
export function summariseParts(
  parts: readonly CaseloadPart[],
  card: RateCard,
  asOf: string,
): CaseloadSummary {
  return summaryOfPart(mergeCaseloadParts(parts, card), card, asOf);
}

/** Everything a rule rounds after summing is worked out here, from the whole caseload's sums. */
function summaryOfPart(part: CaseloadPart, card: RateCard, asOf: string): CaseloadSummary {
  const sorted = sortedAnnuals(part);
  const quartiles = quartilesOfSorted(sorted);
  const outlierAbove = quartiles?.outlierAbove;
  // Ranked dearest first, so the outliers are its first budgets and the rest are covered.
  const outlierCount = outlierAbove === undefined ? 0 : countFrom(sorted, outlierAbove, true);
  const outliers = part.ranked.slice(0, outlierCount);
  const highestCovered = sorted.at(sorted.length - 1 - outlierCount);
  const homeAnnual = parseMoney(part.totals.annual);
  const avoidance = costAvoidance(
    parseMoney(part.traditional.annual),
    parseMoney(part.totals.annual),
  );
  return {
    rateCard: card.id,
    asOf,
    weeksPerYear: card.weeksPerYear,
    count: part.count,
    totals: { ...part.totals },
    annual:
      sorted.length === 0
        ? null
        : {
            // The part's annual total is the sum of its budgets' annual totals.
            mean: toMoneyText(meanOfSum(homeAnnual, sorted.length)),
            median: toMoneyText(medianOfSorted(sorted) as Money),
            lowest: toMoneyText(sorted.at(0) as Money),
            highest: toMoneyText(sorted.at(sorted.length - 1) as Money),
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
    byDomain: orderBuckets(part.byDomain, [...card.domains.map((d) => d.id), 'general']),
    byResource: orderBuckets(part.byResource, [...RESOURCES, 'expenses']),
    hoursWeekly: hoursByResource(part),
    settings: card.settings.map((setting) => {
      const summed = part.settings[setting.id];
      const settingAnnual = parseMoney(summed?.settingAnnual ?? '0.00');
      return {
        id: setting.id,
        homeAnnual: toMoneyText(homeAnnual),
        settingAnnual: toMoneyText(settingAnnual),
        difference: toMoneyText(subtractMoney(homeAnnual, settingAnnual)),
        costMoreAtHome: summed?.costMoreAtHome ?? 0,
      };
    }),
    carerFlags: { ...part.carerFlags },
    warnings: { ...part.warnings },
    agreed: part.agreed,
    payers: part.payers,
    highest: part.ranked.slice(0, HIGHEST_COUNT),
    outliers,
    traditional: {
      traditionalWeekly: part.traditional.weekly,
      traditionalAnnual: part.traditional.annual,
      planAnnual: part.totals.annual,
      avoided: toMoneyText(avoidance.annual),
      percent: avoidance.percent,
      recorded: part.traditional.recorded,
      costMore: part.traditional.costMore,
    },
    inYear: inYearOfPart(part, asOf),
  };
}

const NO_AMOUNTS: CaseloadAmounts = {
  weekly: toMoneyText(new Dec(0) as Money),
  annual: toMoneyText(new Dec(0) as Money),
};

/** The known keys first, in their order (0.00 where none is met), then any others by id. */
function orderBuckets(
  sums: Readonly<Record<string, CaseloadAmounts>>,
  known: readonly string[],
): Record<string, CaseloadAmounts> {
  const others = Object.keys(sums)
    .filter((id) => !known.includes(id))
    .sort(byCodeUnits);
  return Object.fromEntries([...known, ...others].map((id) => [id, sums[id] ?? NO_AMOUNTS]));
}

function hoursByResource(part: CaseloadPart): Record<Resource, string> {
  // Whole minutes divided once, then the averaged hours of lines that do not come every week (rule 9).
  return Object.fromEntries(
    RESOURCES.map((resource) => [
      resource,
      roundHoursForDisplay(
        new Dec(part.minutesWeekly[resource]).div(60).plus(part.averagedHoursWeekly[resource]),
      ),
    ]),
  ) as Record<Resource, string>;
}
