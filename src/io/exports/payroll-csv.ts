/**
 * The payroll starter sheet (docs/exports.md): for each named personal assistant, what a
 * payroll bureau needs to set them up: name, contracted hours, hourly and sleep-in pay
 * and the day they start, followed by the card's on-costs on their pay (holiday pay,
 * pension, employer's National Insurance) as the card gives them; then, once for the
 * employer, the card's employer costs. The header and row types are English and stable;
 * the names of the costs follow the language.
 */
import { roundHoursForDisplay } from '../../domain/money';
import type { PricedLine } from '../../domain/pricing/line';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import type { AgreedFigure, Budget } from '../../domain/schema/budget';
import { assistantHours } from '../../domain/warnings';
import { localise } from '../../i18n/localise';
import { number, text, toCsv, type Cell } from '../csv';

export const PAYROLL_COLUMNS = [
  'Section',
  'Person reference',
  'Budget name',
  'Assistant id',
  'Assistant name',
  'Contracted hours weekly',
  'Planned hours weekly',
  'Hourly pay',
  'Weekend hourly pay',
  'Sleep-in pay',
  'Start date',
  'As at',
  'Item id',
  'Item',
  'Percent',
  'Amount',
  'Per',
] as const;

const blank = (cells: number): Cell[] => Array.from({ length: cells }, () => text(''));

export function payrollCsv(pricing: BudgetPricing, language: string): string {
  const { budget, card } = pricing;
  const who = [text(budget.person.reference ?? ''), text(budget.title)];
  const pay = card.personalAssistant.pay;
  const rows: Cell[][] = [PAYROLL_COLUMNS.map(text)];
  for (const assistant of budget.assistants ?? []) {
    const theirs = pricing.allLines.filter((priced) => priced.line.assistant === assistant.id);
    const visits = theirs.filter((priced) => priced.line.kind === 'visits');
    const nights = theirs.filter((priced) => priced.line.kind === 'sleep-in');
    const identity = [...who, text(assistant.id), text(assistant.name)];
    rows.push([
      text('assistant'),
      ...identity,
      number(assistant.contractedHoursWeekly),
      number(roundHoursForDisplay(assistantHours(assistant.id, pricing.lines))),
      number(agreedOr(visits, 'hourly', pay.day.weekday)),
      number(agreedOr(visits, 'hourly', pay.day.weekend)),
      number(agreedOr(nights, 'perNight', pay.sleepIn)),
      text(startDate(budget, theirs)),
      text(pricing.asOf),
      ...blank(5),
    ]);
    for (const cost of card.personalAssistant.onCosts) {
      rows.push([
        text('on-cost'),
        ...identity,
        ...blank(7),
        text(cost.id),
        text(localise(cost.name, language)),
        number(cost.percent),
        ...blank(2),
      ]);
    }
  }
  if ((budget.assistants ?? []).length > 0) {
    for (const cost of card.personalAssistant.employerCosts) {
      rows.push([
        text('employer-cost'),
        ...who,
        ...blank(9),
        text(cost.id),
        text(localise(cost.name, language)),
        text(''),
        number(cost.amount),
        text(cost.per),
      ]);
    }
  }
  return toCsv(rows);
}

/**
 * The pay agreed on every one of the lines (rule 17) when they all agree the same figure,
 * else the card's: what the assistant is paid for the kind of work these lines are.
 */
function agreedOr(
  lines: readonly PricedLine[],
  unit: keyof AgreedFigure,
  cardFigure: string,
): string {
  const agreed = new Set(lines.map((priced) => priced.line.agreedPay?.[unit]));
  const [only] = agreed;
  return agreed.size === 1 && only !== undefined ? only : cardFigure;
}

/**
 * The first day the assistant works: the earliest first day of their lines, each line
 * starting on its `from` or else the plan's start. Empty when a line of theirs has
 * neither, or they have no lines and the plan no start.
 */
function startDate(budget: Budget, lines: readonly PricedLine[]): string {
  const planStart = budget.plan?.start;
  if (lines.length === 0) return planStart ?? '';
  const starts = lines.map((priced) => priced.line.from ?? planStart);
  if (starts.some((start) => start === undefined)) return '';
  return (starts as string[]).reduce((earliest, start) => (start < earliest ? start : earliest));
}
