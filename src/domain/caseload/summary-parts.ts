/**
 * A caseload's summary in parts (docs/caseload.md, "The summary in parts"): each of the
 * page's workers sums the budgets it priced into a `CaseloadPart`, and the page merges the
 * parts into the summary. A part holds only what adds up exactly whatever the split:
 * counts, sums of the budgets' own rounded amounts (two-decimal text), whole minutes, and
 * every budget's annual total in order. Nothing a rule rounds after summing (a mean, a
 * median, a quartile, a percent, hours for display) is worked out in a part: those come
 * from the merged figures, so the summary of the parts is the summary of the whole.
 */
import Decimal from 'decimal.js';
import { CARER_FLAG_IDS, type CarerFlagId } from '../carer-burden';
import { parseMoney, type MoneyText } from '../money';
import { isAboveZero, MoneyTotal, sortByAmountDescending, sumMoneyTexts } from '../pence';
import { RESOURCES, type Resource } from '../schema/budget-values';
import type { RateCard } from '../schema/rate-card';
import { WARNING_IDS } from '../warnings';
import { byFile } from '../code-unit-order';
import { agreedInCaseload, type AgreedInCaseload } from './agreed';
import { caseloadAvoidance, type CostMoreBudget } from './cost-avoidance';
import type { CaseloadAmounts, CaseloadEntry } from './entry';
import { payersInCaseload, PAYERS, type Payer, type PayersInCaseload } from './funders';
import { caseloadInYear, IN_YEAR_PERIODS, type CaseloadInYear } from './in-year';
import type { SortedAmounts } from './statistics';

/**
 * Hours of lines that do not come every week are decimals of up to 40 digits; summed with
 * room to spare (100 digits), no sum ever rounds, so they add up the same in any order.
 */
const Wide = Decimal.clone({ precision: 100, toExpNeg: -100, toExpPos: 100 });

/** A budget in a caseload's order of cost: its file (unique), id, person and annual total. */
export interface RankedBudget {
  readonly file: string;
  readonly id: string;
  readonly person: string;
  readonly annual: MoneyText;
}

export interface CaseloadPart {
  readonly count: number;
  readonly totals: {
    readonly weekly: MoneyText;
    readonly annual: MoneyText;
    readonly oneOff: MoneyText;
    readonly firstYear: MoneyText;
  };
  /** Every budget of the part, dearest first (equal totals by file). */
  readonly ranked: readonly RankedBudget[];
  /** Sums by key, in the order first met. */
  readonly byDomain: Readonly<Record<string, CaseloadAmounts>>;
  readonly byResource: Readonly<Record<string, CaseloadAmounts>>;
  readonly minutesWeekly: Readonly<Record<Resource, number>>;
  /** Exact sums, as decimal text: rounded for display only once merged. */
  readonly averagedHoursWeekly: Readonly<Record<Resource, string>>;
  /** By setting id: the settings' annual costs summed, and budgets dearer at home. */
  readonly settings: Readonly<
    Record<string, { readonly settingAnnual: MoneyText; readonly costMoreAtHome: number }>
  >;
  readonly carerFlags: Readonly<Record<CarerFlagId, number>>;
  readonly warnings: Readonly<Record<string, number>>;
  readonly agreed: AgreedInCaseload;
  readonly payers: PayersInCaseload;
  readonly traditional: {
    readonly weekly: MoneyText;
    readonly annual: MoneyText;
    readonly recorded: number;
    /** Most over first, as the summary lists them. */
    readonly costMore: readonly CostMoreBudget[];
  };
  /** Each in-year period's sum (the periods' dates come from the as-at day). */
  readonly inYear: Readonly<Record<(typeof IN_YEAR_PERIODS)[number], MoneyText>>;
}

/** The part of a caseload these priced budgets make. */
export function caseloadPartOf(
  entries: readonly CaseloadEntry[],
  card: RateCard,
  asOf: string,
): CaseloadPart {
  const total = (pick: (entry: CaseloadEntry) => string) => sumMoneyTexts(entries.map(pick));
  const avoidance = caseloadAvoidance(entries);
  const inYear = caseloadInYear(entries, asOf);
  return {
    count: entries.length,
    totals: {
      weekly: total((e) => e.totals.weekly),
      annual: total((e) => e.totals.annual),
      oneOff: total((e) => e.totals.oneOff),
      firstYear: total((e) => e.totals.firstYear),
    },
    ranked: rankByAnnual(
      entries.map((entry) => ({
        file: entry.file,
        id: entry.id,
        person: entry.person,
        annual: entry.totals.annual,
      })),
    ),
    byDomain: mergeBuckets(entries.map((entry) => entry.byDomain)),
    byResource: mergeBuckets(entries.map((entry) => entry.byResource)),
    minutesWeekly: sumMinutes(entries.map((entry) => entry.minutesWeekly)),
    averagedHoursWeekly: sumHours(entries.map((entry) => entry.averagedHoursWeekly)),
    settings: Object.fromEntries(
      card.settings.map((setting) => {
        const comparisons = entries.map((entry) => entry.settings.find((s) => s.id === setting.id));
        return [
          setting.id,
          {
            settingAnnual: sumMoneyTexts(comparisons.map((c) => c?.annual ?? '0.00')),
            costMoreAtHome: comparisons.filter((c) => c !== undefined && isAboveZero(c.difference))
              .length,
          },
        ];
      }),
    ),
    carerFlags: countBudgets(entries, CARER_FLAG_IDS, (entry) => entry.carerFlags),
    warnings: countBudgets(entries, WARNING_IDS, (entry) => entry.warnings),
    agreed: agreedInCaseload(entries),
    payers: payersInCaseload(entries),
    traditional: {
      weekly: avoidance.traditionalWeekly,
      annual: avoidance.traditionalAnnual,
      recorded: avoidance.recorded,
      costMore: avoidance.costMore,
    },
    inYear: Object.fromEntries(
      IN_YEAR_PERIODS.map((period) => [period, inYear.periods[period].total]),
    ) as CaseloadPart['inYear'],
  };
}

/** The parts as one: every sum summed again, every count added, the orders merged. */
export function mergeCaseloadParts(parts: readonly CaseloadPart[], card: RateCard): CaseloadPart {
  const money = (pick: (part: CaseloadPart) => string) => sumMoneyTexts(parts.map(pick));
  const count = (pick: (part: CaseloadPart) => number) =>
    parts.reduce((sum, part) => sum + pick(part), 0);
  const record = <K extends string, T>(keys: readonly K[], make: (key: K) => T) =>
    Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, T>;
  return {
    count: count((part) => part.count),
    totals: {
      weekly: money((part) => part.totals.weekly),
      annual: money((part) => part.totals.annual),
      oneOff: money((part) => part.totals.oneOff),
      firstYear: money((part) => part.totals.firstYear),
    },
    ranked: rankByAnnual(parts.flatMap((part) => part.ranked)),
    byDomain: mergeBuckets(parts.map((part) => part.byDomain)),
    byResource: mergeBuckets(parts.map((part) => part.byResource)),
    minutesWeekly: sumMinutes(parts.map((part) => part.minutesWeekly)),
    averagedHoursWeekly: sumHours(parts.map((part) => part.averagedHoursWeekly)),
    settings: record(
      card.settings.map((setting) => setting.id),
      (id) => ({
        settingAnnual: money((part) => part.settings[id]?.settingAnnual ?? '0.00'),
        costMoreAtHome: count((part) => part.settings[id]?.costMoreAtHome ?? 0),
      }),
    ),
    carerFlags: record(CARER_FLAG_IDS, (id) => count((part) => part.carerFlags[id])),
    warnings: record(WARNING_IDS, (id) => count((part) => part.warnings[id] ?? 0)),
    agreed: {
      budgets: count((part) => part.agreed.budgets),
      lines: count((part) => part.agreed.lines),
      aboveCardWeekly: money((part) => part.agreed.aboveCardWeekly),
      aboveCardAnnual: money((part) => part.agreed.aboveCardAnnual),
    },
    payers: {
      annual: record<Payer, MoneyText>(PAYERS, (payer) =>
        money((part) => part.payers.annual[payer]),
      ),
      budgets: record<Payer, number>(PAYERS, (payer) =>
        count((part) => part.payers.budgets[payer]),
      ),
      unsaid: {
        budgets: count((part) => part.payers.unsaid.budgets),
        annual: money((part) => part.payers.unsaid.annual),
      },
    },
    traditional: {
      weekly: money((part) => part.traditional.weekly),
      annual: money((part) => part.traditional.annual),
      recorded: count((part) => part.traditional.recorded),
      costMore: sortByAmountDescending(
        parts.flatMap((part) => part.traditional.costMore),
        (budget) => budget.over,
        byFile,
      ),
    },
    inYear: record(IN_YEAR_PERIODS, (period) => money((part) => part.inYear[period])),
  };
}

/** Dearest first; equal totals in the order of their files, so the order never depends on loading. */
export function rankByAnnual(budgets: readonly RankedBudget[]): RankedBudget[] {
  return sortByAmountDescending(budgets, (budget) => budget.annual, byFile);
}

/** The in-year figures of a merged part, with their periods' dates. */
export function inYearOfPart(part: CaseloadPart, asOf: string): CaseloadInYear {
  const dated = caseloadInYear([], asOf);
  return {
    quarter: dated.quarter,
    periods: Object.fromEntries(
      IN_YEAR_PERIODS.map((period) => [
        period,
        { ...dated.periods[period], total: part.inYear[period] },
      ]),
    ) as CaseloadInYear['periods'],
  };
}

/**
 * Annual totals of a merged part, lowest first, each read from its ranked budget only when
 * asked for: the summary's figures need a few dozen of them, found by halving.
 */
export function sortedAnnuals(part: CaseloadPart): SortedAmounts {
  const { ranked } = part;
  return {
    length: ranked.length,
    at: (index) => {
      const budget = index >= 0 ? ranked[ranked.length - 1 - index] : undefined;
      return budget === undefined ? undefined : parseMoney(budget.annual);
    },
  };
}

function mergeBuckets(
  records: readonly Readonly<Record<string, CaseloadAmounts>>[],
): Record<string, CaseloadAmounts> {
  const sums = new Map<string, { weekly: MoneyTotal; annual: MoneyTotal }>();
  for (const record of records) {
    for (const id in record) {
      const amounts = record[id] as CaseloadAmounts;
      let sum = sums.get(id);
      if (sum === undefined)
        sums.set(id, (sum = { weekly: new MoneyTotal(), annual: new MoneyTotal() }));
      sum.weekly.add(amounts.weekly);
      sum.annual.add(amounts.annual);
    }
  }
  return Object.fromEntries(
    [...sums].map(([id, sum]) => [id, { weekly: sum.weekly.text(), annual: sum.annual.text() }]),
  );
}

function sumMinutes(
  records: readonly Readonly<Record<Resource, number>>[],
): Record<Resource, number> {
  const minutes = Object.fromEntries(RESOURCES.map((resource) => [resource, 0])) as Record<
    Resource,
    number
  >;
  for (const record of records)
    for (const resource of RESOURCES) minutes[resource] += record[resource];
  return minutes;
}

function sumHours(
  records: readonly Readonly<Record<Resource, string>>[],
): Record<Resource, string> {
  return Object.fromEntries(
    RESOURCES.map((resource) => [
      resource,
      records
        // Most budgets have no such lines: nought adds nothing, so it is not parsed.
        .reduce(
          (sum, record) => (record[resource] === '0' ? sum : sum.plus(record[resource])),
          new Wide(0),
        )
        .toFixed(),
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
