/**
 * A caseload entry straight from its budget, without the decimal `BudgetPricing`: a fast
 * path for a caseload of 200,000 budgets, where building every priced line, total and
 * breakdown in decimals was half of what an entry cost. Each line is priced once in
 * whole pence (`linePence`), and everything else the entry holds is worked out from the
 * budget, the card and those pence: the money (entry-pence.ts), the in-year costs
 * (`periodPartsInPence`), minutes and averaged hours, warnings, carers' flags, reviews
 * and payers. The entry is `toCaseloadEntry(priceBudget(…))`'s, field for field and in
 * the same key order (tests/unit/entry-from-budget.test.ts); it answers null whenever
 * the whole numbers cannot be exact, and the caller then prices the budget in decimals.
 */
import type Decimal from 'decimal.js';
import { contains, dayNumber } from '../calendar';
import { carerFlagIds, type CarerFlagId } from '../carer-burden';
import { DAYS, isWeekend } from '../days';
import { minutesAWeek, minutesToHours, ZERO_HOURS, type Hours } from '../hours';
import { Dec, parseMoney } from '../money';
import { penceMoney, penceOfText } from '../pence';
import { whoPays } from '../plan-cover/who-pays';
import { isUndated, planRange } from '../pricing/active';
import { GENERAL_DOMAIN } from '../pricing/amounts';
import { describeFrequency, hoursByFrequency } from '../pricing/frequency';
import { investmentWarningsInPence } from '../pricing/investments';
import {
  amountPence,
  employerCostsPence,
  linePence,
  type AmountPence,
  type LinePence,
} from '../pricing/line-pence';
import { weeksPerYearOf } from '../pricing/per-card';
import { periodPartsInPence, periodTotalsInPence } from '../pricing/periods';
import { asAtDate, type PricingOptions } from '../pricing/price-budget';
import { RESOURCES, type Resource } from '../schema/budget-values';
import type { Budget, NeedLine } from '../schema/budget';
import type { RateCard } from '../schema/rate-card';
import { assistantWarnings, SHORT_VISIT_MINUTES, type LineHours } from '../warnings';
import { averagedTexts, caseloadEntry, distinct, type CaseloadEntry } from './entry';
import { entryMoneyOfParts, type AmountInPence, type LineInPence } from './entry-pence';
import { payersOf } from './funders';
import { inYearOfPence, inYearPeriods } from './in-year';
import { entryReviewsOf } from './reviews';

/**
 * The entry of a budget already checked against the card (`checkBudgetAgainstCard`), as
 * at the day the options give; null to make it from the decimal pricing instead.
 */
export function entryFromBudget(
  budget: Budget,
  card: RateCard,
  file: string,
  options: Pick<PricingOptions, 'asOf' | 'today'> = {},
): CaseloadEntry | null {
  // A contingency counted in the budget changes who pays by pricing the budget again.
  if (budget.whoPays !== undefined && budget.contingency?.inBudget === true) return null;
  const asOf = asAtDate(budget, options);
  const plan = planRange(budget.plan);
  const undated = isUndated(budget);
  const day = dayNumber(asOf);
  const inPlan = contains(plan, day);
  // `isActiveOn`: in the plan and in the item's own dates, each read only when given.
  const isActive = (item: Dated) => undated || (inPlan && inOwnDates(item, day));

  // Every line priced once: the active ones make the entry, all of them its in-year costs.
  const own: LinePence[] = [];
  const lines: LineInPence[] = [];
  const activeLines: NeedLine[] = [];
  const minutesWeekly = {
    'registered-provider': 0,
    'personal-assistant': 0,
    'unpaid-carer': 0,
    community: 0,
  };
  let averaged: Record<Resource, Decimal> | null = null;
  const warnings: string[] = [];
  let paActive = false;
  let paAny = false;
  let belowFloor = false;
  const floor = card.personalAssistant.payFloor;
  for (const line of budget.lines) {
    const priced = linePence(line, card);
    if (priced === null) return null;
    own.push(priced);
    const pa = line.resource === 'personal-assistant';
    paAny ||= pa;
    if (!isActive(line)) continue;
    lines.push({ line, own: priced });
    activeLines.push(line);
    paActive ||= pa;
    if (line.frequency?.everyWeeks === undefined && line.frequency?.weeksAYear === undefined) {
      if (line.kind === 'visits') minutesWeekly[line.resource] += minutesAWeek(line);
    } else {
      averaged ??= Object.fromEntries(
        RESOURCES.map((resource) => [resource, new Dec(0)]),
      ) as Record<Resource, Decimal>;
      averaged[line.resource] = averaged[line.resource].plus(hoursOf(line, card));
    }
    // The warnings `findWarnings` gives a line, in its order.
    const paid = pa || line.resource === 'registered-provider';
    if (
      line.kind === 'visits' &&
      line.domain === 'personal-care' &&
      paid &&
      line.minutes < SHORT_VISIT_MINUTES
    )
      warnings.push('short-visit');
    if (pa && budget.fundingRoute !== 'direct-payment') warnings.push('pa-needs-direct-payment');
    if (pa && floor !== undefined && !belowFloor) belowFloor = paysBelowFloor(line, card, floor);
  }

  // Expenses: the recurring ones active on the day, and every one-off whatever its date.
  const expenses: (AmountPence | null)[] = [];
  const amounts: AmountInPence[] = [];
  for (const expense of budget.expenses) {
    const pence = amountPence(penceOfText(expense.amount), expense.frequency, card);
    expenses.push(pence);
    if (expense.frequency === 'one-off' || isActive(expense))
      amounts.push({ domain: expense.domain ?? GENERAL_DOMAIN, bucket: 'expenses', pence });
  }
  const employerCosts = paAny ? employerCostsPence(card) : [];
  if (employerCosts === null) return null;
  if (paActive)
    for (const pence of employerCosts)
      amounts.push({ domain: GENERAL_DOMAIN, bucket: 'personal-assistant', pence });

  const money = entryMoneyOfParts({ budget, card, lines, amounts });
  if (money === null) return null;
  const parts = periodPartsInPence(
    budget,
    own.map((priced) => priced.annual),
    expenses,
    employerCosts,
  );
  const inYear = parts === null ? null : periodTotalsInPence(budget, parts, inYearPeriods(asOf));
  const annual = penceOfText(money.totals.annual);
  if (inYear === null || annual === null) return null;

  const indicative = budget.indicativeAnnual;
  // `findWarnings` compares with the indicative sum rounded to the penny.
  if (indicative != null) {
    const sum = penceOfText(indicative);
    if (sum === null ? penceMoney(annual).gt(parseMoney(indicative)) : annual > sum)
      warnings.push('over-indicative');
  }
  if ((budget.assistants ?? []).length > 0)
    for (const warning of assistantWarnings(budget, lineHours(activeLines, card)))
      warnings.push(warning.id);
  for (const warning of investmentWarningsInPence(budget, own)) warnings.push(warning.id);
  if (belowFloor) warnings.push('pay-below-floor');

  const carerFlags: CarerFlagId[] = [];
  for (const carer of budget.carers)
    for (const id of carerFlagIds(carer, activeLines, card)) carerFlags.push(id);

  return caseloadEntry(budget, file, {
    totals: money.totals,
    byDomain: money.byDomain,
    byResource: money.byResource,
    minutesWeekly,
    averagedHoursWeekly: averagedTexts(averaged),
    carerFlags: distinct(carerFlags),
    warnings: distinct(warnings),
    settings: money.settings,
    traditional: money.traditional,
    inYear: inYearOfPence(inYear),
    agreed: money.agreed,
    reviews: entryReviewsOf(
      budget,
      () => indicative != null && isAbove(annual, indicative),
      () => money.totals.annual,
    ),
    payers:
      budget.whoPays === undefined
        ? null
        : payersOf(
            whoPays(
              {
                budget,
                card,
                weeksPerYear: weeksPerYearOf(card),
                totals: {
                  weekly: penceMoney(penceOfText(money.totals.weekly) as number),
                  annual: penceMoney(annual),
                  oneOff: penceMoney(penceOfText(money.totals.oneOff) as number),
                },
              },
              null,
            ),
          ),
  });
}

interface Dated {
  readonly from?: string | undefined;
  readonly until?: string | undefined;
}

/** Whether the day is within an item's own dates, each read only when given. */
function inOwnDates(item: Dated, day: number): boolean {
  return (
    (item.from === undefined || dayNumber(item.from) <= day) &&
    (item.until === undefined || day <= dayNumber(item.until))
  );
}

/** Whether an annual total in pence is above a limit written as a decimal, as `limitsExceeded` says. */
function isAbove(pence: number, limit: string): boolean {
  const limitPence = penceOfText(limit);
  return limitPence === null ? penceMoney(pence).gt(limit) : pence > limitPence;
}

/** A line's hours a week on average (rule 9), as `priceLine` gives them; none for a sleep-in. */
function hoursOf(line: NeedLine, card: RateCard): Hours {
  const hours = line.kind === 'visits' ? minutesToHours(minutesAWeek(line)) : ZERO_HOURS;
  return hoursByFrequency(hours, describeFrequency(line.frequency), weeksPerYearOf(card));
}

/** The active lines that name an assistant, with their hours, for the assistants' warnings. */
function lineHours(lines: readonly NeedLine[], card: RateCard): LineHours[] {
  return lines
    .filter((line) => line.assistant !== undefined)
    .map((line) => ({ line, hours: hoursOf(line, card) }));
}

/**
 * Rule 17's pay floor (`payFloorWarnings`): a PA visit paid less an hour than the floor on
 * any of its days, before on-costs, agreed pay or the card's; a sleep-in is never hourly.
 */
function paysBelowFloor(line: NeedLine, card: RateCard, floor: string): boolean {
  if (line.kind !== 'visits') return false;
  const hourly = line.agreedPay?.hourly;
  const table = card.personalAssistant.pay[line.period];
  let weekday = false;
  let weekend = false;
  for (const day of DAYS) {
    if (!line.days.includes(day)) continue;
    if (isWeekend(day)) weekend = true;
    else weekday = true;
  }
  return (
    (weekday && isBelow(hourly ?? table.weekday, floor)) ||
    (weekend && isBelow(hourly ?? table.weekend, floor))
  );
}

/** Whether an hourly rate is below the pay floor, both as the card or file writes them. */
function isBelow(rate: string, floor: string): boolean {
  const pence = penceOfText(rate);
  const floorPence = penceOfText(floor);
  return pence === null || floorPence === null ? new Dec(rate).lt(floor) : pence < floorPence;
}
