/**
 * One budget of a caseload, priced, as plain JSON: what the caseload table shows and what
 * the summary adds up. Plain strings and numbers, so it crosses from the pricing worker
 * to the page (structured clone) and into the headless command's output unchanged.
 */
import type { CarerFlagId } from '../carer-burden';
import { agreedInBudget, type AgreedInBudget } from './agreed';
import { payersInBudget, type PayersInBudget } from './funders';
import { Dec, roundHoursForDisplay, toMoneyText, type MoneyText } from '../money';
import type { BudgetPricing } from '../pricing/price-budget';
import type { Recurring } from '../pricing/totals';
import type { Budget } from '../schema/budget';
import { RESOURCES, type Cohort, type Resource } from '../schema/budget-values';
import { traditionalPackage } from '../traditional';
import { minutesAsHoursText } from '../pence';
import { entryMoneyInPence } from './entry-pence';
import { entryInYear, type EntryInYear } from './in-year';
import { entryReviews, type EntryReviews } from './reviews';

export interface CaseloadAmounts {
  readonly weekly: MoneyText;
  readonly annual: MoneyText;
}

export interface CaseloadEntry {
  /** The file the budget came from, as the person chose it (a folder path included). */
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly person: string;
  readonly reference: string;
  readonly fundingRoute: string;
  /** `plan.cohort`; `other` for a budget without one, as the PHB return counts it (rule 16). */
  readonly cohort: Cohort;
  readonly lines: number;
  readonly totals: {
    weekly: MoneyText;
    annual: MoneyText;
    oneOff: MoneyText;
    firstYear: MoneyText;
  };
  readonly byDomain: Readonly<Record<string, CaseloadAmounts>>;
  readonly byResource: Readonly<Record<string, CaseloadAmounts>>;
  /** Whole minutes a week of the lines that come every week, by who gives them: exact, so sums of hours stay exact. */
  readonly minutesWeekly: Readonly<Record<Resource, number>>;
  /** Hours a week of the lines that do not come every week, averaged by rule 9, as decimal text. */
  readonly averagedHoursWeekly: Readonly<Record<Resource, string>>;
  /** Each carer flag found for any carer of the budget, once, in the order docs/pricing-rules.md lists them. */
  readonly carerFlags: readonly CarerFlagId[];
  /** Each warning id found in the budget, once. */
  readonly warnings: readonly string[];
  /** The budget's annual total less each setting's annual cost: negative when home costs less. */
  readonly settings: readonly { id: string; annual: MoneyText; difference: MoneyText }[];
  /** The traditional package and the cost avoided against it (rule 15). */
  readonly traditional: EntryTraditional;
  /** The cost of the quarter and financial year holding the as-at day (rule 12). */
  readonly inYear: EntryInYear;
  /** Lines on agreed rates or pay and their cost above the card's (rule 17). */
  readonly agreed: AgreedInBudget;
  /** The plan's status, next review and any agreement above its indicative sum (reviews.ts). */
  readonly reviews: EntryReviews;
  /** Who pays, a year: the person, the ICB and the council; null when the plan does not say. */
  readonly payers: PayersInBudget;
}

export interface EntryTraditional {
  readonly weekly: MoneyText;
  readonly annual: MoneyText;
  readonly basis: 'recorded' | 'standard-rate';
  /** Traditional annual − the budget's annual total: negative when the budget costs more. */
  readonly avoided: MoneyText;
  /** Half-up to one place; null when the traditional package costs nothing. */
  readonly percent: string | null;
}

/** The entry's money: what is priced in whole pence when it can be (entry-pence.ts). */
export type EntryMoney = Pick<
  CaseloadEntry,
  'totals' | 'byDomain' | 'byResource' | 'settings' | 'traditional' | 'agreed'
>;

export function toCaseloadEntry(pricing: BudgetPricing, file: string): CaseloadEntry {
  const { budget } = pricing;
  const money = entryMoneyInPence(pricing) ?? entryMoneyInDecimals(pricing);
  const minutesWeekly = Object.fromEntries(RESOURCES.map((resource) => [resource, 0])) as Record<
    Resource,
    number
  >;
  const averaged = Object.fromEntries(
    RESOURCES.map((resource) => [resource, new Dec(0)]),
  ) as Record<Resource, Dec>;
  for (const priced of pricing.lines) {
    const { resource } = priced.line;
    if (priced.frequency.kind === 'every-week') minutesWeekly[resource] += priced.minutes;
    else averaged[resource] = averaged[resource].plus(priced.hours);
  }
  return caseloadEntry(budget, file, {
    totals: money.totals,
    byDomain: money.byDomain,
    byResource: money.byResource,
    minutesWeekly,
    averagedHoursWeekly: averagedTexts(averaged),
    carerFlags: distinct(pricing.carers.flatMap((burden) => burden.flags.map((flag) => flag.id))),
    warnings: distinct(pricing.warnings.map((warning) => warning.id)),
    settings: money.settings,
    traditional: money.traditional,
    inYear: entryInYear(pricing),
    agreed: money.agreed,
    reviews: entryReviews(pricing),
    payers: payersInBudget(pricing),
  });
}

/** An entry's fields after its heading (the file, the budget's names, its lines). */
export type EntryFigures = Omit<
  CaseloadEntry,
  'file' | 'id' | 'title' | 'person' | 'reference' | 'fundingRoute' | 'cohort' | 'lines'
>;

/**
 * The entry: its heading from the budget, then its figures, each field written out in one
 * literal. A caseload holds hundreds of thousands of entries: spreading the heading into
 * the literal and adding the figures one by one made each entry field by field, which
 * took as long as half the rest of pricing it (docs/performance.md, "Seventh round (issue
 * 23)"); one literal is made in one step and gives every entry one shape.
 */
export function caseloadEntry(budget: Budget, file: string, figures: EntryFigures): CaseloadEntry {
  return {
    file,
    id: budget.id,
    title: budget.title,
    person: budget.person.name,
    reference: budget.person.reference ?? '',
    fundingRoute: budget.fundingRoute,
    cohort: budget.plan?.cohort ?? 'other',
    lines: budget.lines.length,
    totals: figures.totals,
    byDomain: figures.byDomain,
    byResource: figures.byResource,
    minutesWeekly: figures.minutesWeekly,
    averagedHoursWeekly: figures.averagedHoursWeekly,
    carerFlags: figures.carerFlags,
    warnings: figures.warnings,
    settings: figures.settings,
    traditional: figures.traditional,
    inYear: figures.inYear,
    agreed: figures.agreed,
    reviews: figures.reviews,
    payers: figures.payers,
  };
}

/** The entry's money from the pricing's decimals, each figure written as text once. */
export function entryMoneyInDecimals(pricing: BudgetPricing): EntryMoney {
  const { totals } = pricing;
  const traditional = traditionalPackage(pricing);
  return {
    totals: {
      weekly: toMoneyText(totals.weekly),
      annual: toMoneyText(totals.annual),
      oneOff: toMoneyText(totals.oneOff),
      firstYear: toMoneyText(totals.firstYear),
    },
    byDomain: amountsRecord(pricing.byDomain),
    byResource: amountsRecord(pricing.byResource),
    settings: pricing.settings.map((comparison) => ({
      id: comparison.setting.id,
      annual: toMoneyText(comparison.annual),
      difference: toMoneyText(comparison.difference),
    })),
    traditional: {
      weekly: toMoneyText(traditional.weekly),
      annual: toMoneyText(traditional.annual),
      basis: traditional.basis,
      avoided: toMoneyText(traditional.costAvoidance.annual),
      percent: traditional.costAvoidance.percent,
    },
    agreed: agreedInBudget(pricing),
  };
}

function amountsRecord(buckets: ReadonlyMap<string, Recurring>): Record<string, CaseloadAmounts> {
  return Object.fromEntries(
    [...buckets].map(([id, amounts]) => [
      id,
      { weekly: toMoneyText(amounts.weekly), annual: toMoneyText(amounts.annual) },
    ]),
  );
}

/** Each item once, in the order first met. */
/** Each resource's averaged hours a week as decimal text; "0" for each when there are none. */
export function averagedTexts(averaged: Record<Resource, Dec> | null): Record<Resource, string> {
  return Object.fromEntries(
    RESOURCES.map((resource) => [
      resource,
      averaged === null ? '0' : averaged[resource].toString(),
    ]),
  ) as Record<Resource, string>;
}

export function distinct<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** All hours of support a week, paid and unpaid, rounded once for display. */
export function entryHours(
  entry: Pick<CaseloadEntry, 'minutesWeekly' | 'averagedHoursWeekly'>,
): string {
  let minutes = 0;
  let averaged: Dec | null = null;
  for (const resource of RESOURCES) {
    minutes += entry.minutesWeekly[resource];
    const hours = entry.averagedHoursWeekly[resource];
    if (hours !== '0') averaged = (averaged ?? new Dec(0)).plus(hours);
  }
  // Most budgets have only weekly lines, whose hours are whole minutes: no decimals needed
  // (a caseload's table asks this of every budget).
  const weekly = averaged === null ? minutesAsHoursText(minutes) : null;
  return weekly ?? roundHoursForDisplay(new Dec(minutes).div(60).plus(averaged ?? 0));
}
