/**
 * A budget priced again after some of its lines changed (an edit, or a keystroke in a
 * need's form), from the pricing of the budget before: every figure equals pricing the
 * budget afresh, to the penny (a property test holds them field by field), but only the
 * lines that changed are worked on.
 *
 * - Totals and the breakdowns by domain and by resource: the changed lines' old rounded
 *   amounts taken away and their new ones added. They are sums of whole-penny amounts, so
 *   this is exact.
 * - Employer costs: counted once a PA line is active; when that changes, their amounts are
 *   taken away or added the same way.
 * - Carers' flags and fixes: worked out again only for a carer whose lines changed; each
 *   carer's burden depends on their own lines alone.
 * - Named assistants' warnings: again only for an assistant a changed line names; an
 *   investment's: again only when its effect names a changed line; the pay floor: checked
 *   for the changed lines (each line's check is kept, see `payFloorWarnings`).
 * - Worked out whole, as cheap as finding what to keep: which lines are active (a flag per
 *   line, kept for the lines that did not change), the hours (sums of whole minutes), the
 *   per-line warnings of `findWarnings` (a few comparisons a line, no decimals), and the
 *   comparisons with care settings and the indicative sum (from the new totals).
 */
import type { Budget, NeedLine } from '../schema/budget';
import type { RateCard } from '../schema/rate-card';
import { assessCarer } from '../carer-burden';
import { parseMoney } from '../money';
import { compareIndicative, compareSettings } from '../comparison';
import { findWarnings, payFloorWarnings, warningsOfAssistant, type Warning } from '../warnings';
import { isActiveOn, isUndated, planRange } from './active';
import { employerCostsOf, priceEmployerCosts, type PricedAmount } from './amounts';
import { investmentWarnings } from './investments';
import { priceLineByShape, priceLines, type PricedLine } from './line';
import type { BudgetPricing } from './price-budget';
import {
  changedBreakdown,
  changedTotals,
  hoursByResource,
  hoursInTotal,
  lineDomain,
  lineResource,
  type SumChange,
  type Totals,
} from './totals';

/** Up to this many changed lines (or a quarter of them), re-pricing them beats pricing afresh. */
const MOST_CHANGED = 8;

/**
 * Where the budget's lines differ from those of the earlier pricing's budget (by
 * identity: an edit makes a new line object), counting lines added or removed at the end;
 * null when anything else about the budget differs, or when so many lines changed that
 * pricing afresh is as quick.
 */
export function changedLinePositions(
  earlier: BudgetPricing,
  budget: Budget,
  card: RateCard,
  asOf: string,
): number[] | null {
  const before = earlier.budget;
  if (earlier.card !== card || earlier.asOf !== asOf || !sameBesidesLines(before, budget))
    return null;
  if (isUndated(before) !== isUndated(budget)) return null;
  const positions: number[] = [];
  const length = Math.max(before.lines.length, budget.lines.length);
  const most = Math.max(MOST_CHANGED, length / 4);
  for (let index = 0; index < length; index++) {
    if (before.lines[index] !== budget.lines[index]) {
      positions.push(index);
      if (positions.length > most) return null;
    }
  }
  // A domain the breakdown has no place for (never on a checked budget) is priced afresh.
  const known = (line: NeedLine | undefined) =>
    line === undefined || earlier.byDomain.has(line.domain);
  return positions.every((index) => known(before.lines[index]) && known(budget.lines[index]))
    ? positions
    : null;
}

/** Every field but the lines is the same object: pricing reads nothing else that changed. */
function sameBesidesLines(before: Budget, after: Budget): boolean {
  const keys = Object.keys(after) as (keyof Budget)[];
  if (Object.keys(before).length !== keys.length) return false;
  return keys.every((key) => key === 'lines' || (key in before && before[key] === after[key]));
}

/** Which of the earlier pricing's lines were active: its active lines are a subsequence of all. */
function activeFlags(pricing: BudgetPricing): boolean[] {
  let next = 0;
  return pricing.allLines.map((priced) => {
    if (pricing.lines[next] !== priced) return false;
    next += 1;
    return true;
  });
}

/** The lines of a budget priced after a change to a few of them, and what the change does to its sums. */
interface LinesChanged {
  readonly allLines: readonly PricedLine[];
  readonly lines: readonly PricedLine[];
  /** The budget as at the date: its active lines only. */
  readonly active: Budget;
  readonly employerCosts: readonly PricedAmount[];
  readonly change: SumChange;
}

function linesChanged(
  earlier: BudgetPricing,
  budget: Budget,
  positions: readonly number[],
): LinesChanged {
  const { card, asOf, weeksPerYear } = earlier;
  const allLines = priceLines(budget.lines, card, weeksPerYear, earlier);
  const undated = isUndated(budget);
  const plan = planRange(budget.plan);
  const wasActive = activeFlags(earlier);
  const activeNow = new Map(
    positions.map((index) => {
      const priced = allLines[index];
      return [index, priced !== undefined && (undated || isActiveOn(priced.line, plan, asOf))];
    }),
  );
  const lines = undated
    ? allLines
    : allLines.filter((_, index) => activeNow.get(index) ?? wasActive[index] === true);
  const removedLines = positions.flatMap((index) => {
    const priced = earlier.allLines[index];
    return priced !== undefined && wasActive[index] === true ? [priced] : [];
  });
  const addedLines = positions.flatMap((index) => {
    const priced = allLines[index];
    return priced !== undefined && activeNow.get(index) === true ? [priced] : [];
  });
  const active = undated ? budget : { ...budget, lines: lines.map((priced) => priced.line) };
  const employerCosts = priceEmployerCosts(active, card);
  const costsChanged = employerCosts !== earlier.employerCosts;
  return {
    allLines,
    lines,
    active,
    employerCosts,
    change: {
      removedLines,
      addedLines,
      removedAmounts: costsChanged ? earlier.employerCosts : [],
      addedAmounts: costsChanged ? employerCosts : [],
    },
  };
}

/**
 * Only the totals of the budget, from `earlier`, whose budget differs from it only at
 * `positions`: the totals `repriceLines` gives, with none of the rest worked out, and only
 * the changed lines looked at (a keystroke's running total): whether a line counts is its
 * own dates against the plan, the same for both budgets, and the employer costs change
 * only when the last active PA line goes or the first comes.
 */
export function repricedTotals(
  earlier: BudgetPricing,
  budget: Budget,
  positions: readonly number[],
): Totals {
  const { card, asOf, weeksPerYear } = earlier;
  const undated = isUndated(budget);
  const plan = planRange(budget.plan);
  const counts = (line: NeedLine | undefined): line is NeedLine =>
    line !== undefined && (undated || isActiveOn(line, plan, asOf));
  const removedLines = positions.flatMap((index) => {
    const priced = earlier.allLines[index];
    return priced !== undefined && counts(earlier.budget.lines[index]) ? [priced] : [];
  });
  const addedLines = positions.flatMap((index) => {
    const line = budget.lines[index];
    return counts(line) ? [priceLineByShape(line, card, weeksPerYear)] : [];
  });
  const isPa = (priced: PricedLine) => priced.line.resource === 'personal-assistant';
  const removed = new Set(removedLines);
  const hasPa =
    addedLines.some(isPa) || earlier.lines.some((priced) => isPa(priced) && !removed.has(priced));
  const employerCosts = hasPa ? employerCostsOf(card) : [];
  const costsChanged = employerCosts !== earlier.employerCosts;
  return changedTotals(earlier.totals, {
    removedLines,
    addedLines,
    removedAmounts: costsChanged ? earlier.employerCosts : [],
    addedAmounts: costsChanged ? employerCosts : [],
  });
}

/** The budget priced from `earlier`, whose budget differs from it only at `positions`. */
export function repriceLines(
  earlier: BudgetPricing,
  budget: Budget,
  positions: readonly number[],
): BudgetPricing {
  const { card, asOf, weeksPerYear } = earlier;
  const { allLines, lines, active, employerCosts, change } = linesChanged(
    earlier,
    budget,
    positions,
  );
  const totals = changedTotals(earlier.totals, change);
  const indicativeAnnual =
    budget.indicativeAnnual == null ? null : parseMoney(budget.indicativeAnnual);

  // Who the changed lines, as they were and as they are, concern.
  const touched = positions.flatMap((index) =>
    [earlier.budget.lines[index], budget.lines[index]].filter((line) => line !== undefined),
  );
  const carers = new Set(touched.flatMap((line) => (line.carer === undefined ? [] : [line.carer])));
  const assistants = new Set(
    touched.flatMap((line) => (line.assistant === undefined ? [] : [line.assistant])),
  );
  const lineIds = new Set(touched.map((line) => line.id));
  const kept = (ids: readonly Warning['id'][], about?: (warning: Warning) => boolean) =>
    earlier.warnings.filter(
      (warning) => ids.includes(warning.id) && (about === undefined || about(warning)),
    );

  return {
    budget,
    card,
    weeksPerYear,
    asOf,
    allLines,
    allExpenses: earlier.allExpenses,
    lines,
    expenses: earlier.expenses,
    employerCosts,
    totals,
    hoursWeekly: hoursByResource(lines),
    hoursTotal: hoursInTotal(lines),
    byDomain: changedBreakdown(earlier.byDomain, change, lineDomain, (amount) => amount.domain),
    byResource: changedBreakdown(
      earlier.byResource,
      change,
      lineResource,
      (amount) => amount.resourceBucket,
    ),
    carers: budget.carers.map((carer, index) => {
      const before = earlier.carers[index];
      return before?.carer === carer && !carers.has(carer.id)
        ? before
        : assessCarer(carer, active.lines, card);
    }),
    settings: compareSettings(totals, card),
    indicative: compareIndicative(totals, indicativeAnnual),
    warnings: [
      ...findWarnings(active, totals.annual, indicativeAnnual),
      ...(budget.assistants ?? []).flatMap((assistant) =>
        assistants.has(assistant.id)
          ? warningsOfAssistant(assistant, lines)
          : kept(
              ['pa-over-contract', 'pa-over-48-hours'],
              (warning) => 'assistant' in warning && warning.assistant === assistant.id,
            ),
      ),
      ...(namesAny(budget, lineIds)
        ? investmentWarnings(budget, allLines)
        : kept(['investment-no-saving'])),
      ...payFloorWarnings(lines, card),
    ],
  };
}

/** Whether an investment's effect names any of these lines (by id, as the effect does). */
function namesAny(budget: Budget, lineIds: ReadonlySet<string>): boolean {
  return budget.expenses.some(
    (expense) =>
      expense.effect !== undefined &&
      [...(expense.effect.ends ?? []), ...(expense.effect.starts ?? [])].some((id) =>
        lineIds.has(id),
      ),
  );
}
