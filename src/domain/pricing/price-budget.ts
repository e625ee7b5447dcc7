/**
 * A whole budget priced on a rate card: every rule of docs/pricing-rules.md in one pure call.
 * The screen, the PDF, the CSV and the command line all show this one result.
 */
import type Decimal from 'decimal.js';
import { clampInto, type IsoDate } from '../calendar';
import { assessCarers, type CarerBurden } from '../carer-burden';
import { checkBudgetAgainstCard } from '../check-against-card';
import {
  compareIndicative,
  compareSettings,
  type IndicativeComparison,
  type SettingComparison,
} from '../comparison';
import type { Hours } from '../hours';
import { localIsoDate } from '../local-date';
import { parseMoney } from '../money';
import { failed, ok, type Result } from '../problems';
import type { Budget, Resource } from '../schema/budget';
import type { RateCard } from '../schema/rate-card';
import { assistantWarnings, findWarnings, payFloorWarnings, type Warning } from '../warnings';
import { isActiveOn, isUndated, planRange } from './active';
import { priceEmployerCosts, priceExpenses, type PricedAmount } from './amounts';
import { investmentWarnings } from './investments';
import { priceLines, type PricedLine } from './line';
import { changedLinePositions, repricedTotals, repriceLines } from './reprice-lines';
import { weeksPerYearOf } from './per-card';
import {
  byDomain,
  byResource,
  hoursByResource,
  hoursInTotal,
  totalsOf,
  type Recurring,
  type ResourceBucket,
  type Totals,
} from './totals';

export interface BudgetPricing {
  readonly budget: Budget;
  readonly card: RateCard;
  readonly weeksPerYear: Decimal;
  /** The day every figure below is worked out on (rule 11). */
  readonly asOf: IsoDate;
  /** Every line of the budget priced, active on `asOf` or not: what periods are costed from. */
  readonly allLines: readonly PricedLine[];
  /** Every expense priced, active on `asOf` or not. */
  readonly allExpenses: readonly PricedAmount[];
  /** The lines active on `asOf`: the lines every total, breakdown, carer and warning uses. */
  readonly lines: readonly PricedLine[];
  /** The recurring expenses active on `asOf`, and every one-off whatever its date. */
  readonly expenses: readonly PricedAmount[];
  /** The card's PA employer costs when a PA line is active on `asOf`. */
  readonly employerCosts: readonly PricedAmount[];
  readonly totals: Totals;
  readonly hoursWeekly: ReadonlyMap<Resource, Hours>;
  /** All hours of support a week, paid and unpaid. */
  readonly hoursTotal: Hours;
  readonly byDomain: ReadonlyMap<string, Recurring>;
  readonly byResource: ReadonlyMap<ResourceBucket, Recurring>;
  readonly carers: readonly CarerBurden[];
  readonly settings: readonly SettingComparison[];
  readonly indicative: IndicativeComparison | null;
  readonly warnings: readonly Warning[];
}

export interface PricingOptions {
  /** The as-at date given (`--as-of`), used as it is, inside the plan or not. */
  readonly asOf?: IsoDate | undefined;
  /** Today on the device's calendar, moved into the plan's dates; the device's today when absent. */
  readonly today?: IsoDate | undefined;
  /** The pricing of an earlier state of the budget: lines that have not changed are taken from it. */
  readonly earlier?: BudgetPricing | undefined;
}

/**
 * The as-at date (rule 11): the date given, else today moved into the plan's
 * `start`..`end` when it falls outside them.
 */
export function asAtDate(budget: Budget, options: PricingOptions = {}): IsoDate {
  if (options.asOf !== undefined) return options.asOf;
  return clampInto(options.today ?? localIsoDate(new Date()), planRange(budget.plan));
}

/**
 * What a budget costs as at one date, without the views its pages show (breakdowns, carers,
 * comparisons, warnings): all that the cost of a period (rule 12) and the monitoring of a
 * ledger are worked out from. The team's monitoring prices thousands of budgets for these
 * alone, and the views were two fifths of the pricing's time.
 */
export type PricedCosts = Pick<
  BudgetPricing,
  | 'budget'
  | 'card'
  | 'weeksPerYear'
  | 'asOf'
  | 'allLines'
  | 'allExpenses'
  | 'lines'
  | 'expenses'
  | 'employerCosts'
  | 'totals'
>;

/** The costs, with the active budget and amounts that `priceBudget`'s views are made from. */
interface CostsAndParts {
  readonly costs: PricedCosts;
  /** The budget with only its lines active on the as-at date. */
  readonly active: Budget;
  /** The active expenses, then the employer costs. */
  readonly amounts: readonly PricedAmount[];
}

function priceCosts(budget: Budget, card: RateCard, options: PricingOptions): CostsAndParts {
  const asOf = asAtDate(budget, options);
  const weeksPerYear = weeksPerYearOf(card);
  const allLines = priceLines(budget.lines, card, weeksPerYear, options.earlier);
  const allExpenses = priceExpenses(budget, weeksPerYear);
  const undated = isUndated(budget);
  const plan = planRange(budget.plan);
  const lines = undated
    ? allLines
    : allLines.filter((priced) => isActiveOn(priced.line, plan, asOf));
  // One-off amounts all count in the one-off total, whatever their date.
  const expenses = undated
    ? allExpenses
    : allExpenses.filter(
        (priced, index) =>
          priced.frequency === 'one-off' || isActiveOn(budget.expenses[index] ?? {}, plan, asOf),
      );
  const active = undated ? budget : { ...budget, lines: lines.map((priced) => priced.line) };
  const employerCosts = priceEmployerCosts(active, card);
  const amounts = [...expenses, ...employerCosts];
  const costs: PricedCosts = {
    budget,
    card,
    weeksPerYear,
    asOf,
    allLines,
    allExpenses,
    lines,
    expenses,
    employerCosts,
    totals: totalsOf(lines, amounts),
  };
  return { costs, active, amounts };
}

/**
 * Prices a budget already checked against the card (see `priceOnCard`) as at one date:
 * every figure is worked out over the lines and amounts active that day (rule 11); a file
 * without dates is priced exactly as before, whatever the date.
 */
export function priceBudget(
  budget: Budget,
  card: RateCard,
  options: PricingOptions = {},
): BudgetPricing {
  const { earlier } = options;
  // After an edit to a few lines, only they are worked on (reprice-lines.ts).
  const changed =
    earlier === undefined
      ? null
      : changedLinePositions(earlier, budget, card, asAtDate(budget, options));
  if (earlier !== undefined && changed !== null) return repriceLines(earlier, budget, changed);
  const { costs, active, amounts } = priceCosts(budget, card, options);
  const { lines, totals } = costs;
  const indicativeAnnual =
    budget.indicativeAnnual == null ? null : parseMoney(budget.indicativeAnnual);
  return {
    ...costs,
    hoursWeekly: hoursByResource(lines),
    hoursTotal: hoursInTotal(lines),
    byDomain: byDomain(
      card.domains.map((domain) => domain.id),
      lines,
      amounts,
    ),
    byResource: byResource(lines, amounts),
    carers: assessCarers(active, card),
    settings: compareSettings(totals, card),
    indicative: compareIndicative(totals, indicativeAnnual),
    warnings: [
      ...findWarnings(active, totals.annual, indicativeAnnual),
      ...assistantWarnings(budget, lines),
      ...investmentWarnings(budget, costs.allLines),
      ...payFloorWarnings(lines, card),
    ],
  };
}

/**
 * The totals of a budget just edited, from the pricing before the edit: the running
 * total while a person types, worked out in the keystroke's own frame. They are the totals
 * `priceOnCard` gives the budget, as only the changed lines' amounts are taken away and
 * added; undefined when the budget is not on the card (as `priceOnCard` refuses it), or
 * when more than a few lines, or anything but lines, changed (price it in full then).
 */
export function totalsAfterEdit(
  earlier: BudgetPricing,
  budget: Budget,
  card: RateCard,
  options: Omit<PricingOptions, 'earlier'> = {},
): Totals | undefined {
  if (checkBudgetAgainstCard(budget, card).length > 0) return undefined;
  const positions = changedLinePositions(earlier, budget, card, asAtDate(budget, options));
  return positions === null ? undefined : repricedTotals(earlier, budget, positions);
}

/** Checks that the budget's domains and providers are on the card, then prices it. */
export function priceOnCard(
  budget: Budget,
  card: RateCard,
  options: PricingOptions = {},
): Result<BudgetPricing> {
  return onCard(budget, card, () => priceBudget(budget, card, options));
}

/** `priceOnCard` for the costs alone (`PricedCosts`), refusing a budget off the card alike. */
export function costsOnCard(
  budget: Budget,
  card: RateCard,
  options: PricingOptions = {},
): Result<PricedCosts> {
  return onCard(budget, card, () => priceCosts(budget, card, options).costs);
}

function onCard<T>(budget: Budget, card: RateCard, price: () => T): Result<T> {
  const problems = checkBudgetAgainstCard(budget, card);
  return problems.length > 0 ? failed(problems) : ok(price());
}
