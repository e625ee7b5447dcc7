/**
 * The service agreement for case-management systems (docs/exports.md): one row per need
 * line of the budget, whatever its dates, in a fixed English layout that the importer's
 * `service-agreement` profile reads back. Codes, not words: the area of life and who gives
 * it are the budget file's ids, the days are day codes and the time of day is the file's
 * own `day`, `night` (or `sleep-in`), so the file reads the same in every language.
 */
import { toMoneyText } from '../../domain/money';
import { oneHourlyCharge, type PricedLine } from '../../domain/pricing/line';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import type { NeedLine } from '../../domain/schema/budget';
import { text, toCsv, type Cell } from '../csv';
import {
  dayCodes,
  moneyOrEmpty,
  timeOfDay,
  visitCells,
  weekCells,
  whenCells,
} from './line-timetable';

export const SERVICE_AGREEMENT_COLUMNS = [
  'Person reference',
  'Budget name',
  'Line id',
  'Area of life',
  'Support',
  'Who gives it',
  'Provider',
  'Minutes per visit',
  'Visits per day',
  'Days',
  'Time of day',
  'From',
  'Until',
  'Every N weeks',
  'Weeks a year',
  'Hourly rate',
  'Weekly hours',
  'Weekly cost',
  'Workers',
] as const;

/**
 * Who the line names: the provider of a provider's line, the assistant of a personal
 * assistant's line, the carer of an unpaid carer's line, by their ids in the budget and
 * card; empty when the line names nobody (the standard rates, an assistant not named).
 */
export function namedGiver(line: NeedLine): string {
  switch (line.resource) {
    case 'registered-provider':
      return line.provider ?? '';
    case 'personal-assistant':
      return line.assistant ?? '';
    case 'unpaid-carer':
      return line.carer ?? '';
    case 'community':
      return '';
  }
}

/** The hourly charge a case-management system commits (a PA's with on-costs), as text. */
function hourlyCharge(priced: PricedLine): string | null {
  const charge = oneHourlyCharge(priced);
  return charge === null ? null : toMoneyText(charge);
}

export function serviceAgreementCsv(pricing: BudgetPricing): string {
  const { budget } = pricing;
  const row = (priced: PricedLine): Cell[] => {
    const { line } = priced;
    return [
      text(budget.person.reference ?? ''),
      text(budget.title),
      text(line.id),
      text(line.domain),
      text(line.activity),
      text(line.resource),
      text(namedGiver(line)),
      ...visitCells(line),
      text(dayCodes(line.days)),
      text(timeOfDay(line)),
      ...whenCells(line),
      moneyOrEmpty(hourlyCharge(priced)),
      ...weekCells(priced),
      text(String(line.workers)),
    ];
  };
  return toCsv([SERVICE_AGREEMENT_COLUMNS.map(text), ...pricing.allLines.map(row)]);
}
