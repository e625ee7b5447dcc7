/** The priced budget as CSV for finance systems: one row per line and amount, then totals. */
import type { TFunction } from 'i18next';
import { roundHoursForDisplay, toMoneyText } from '../domain/money';
import { isUndated } from '../domain/pricing/active';
import type { PricedAmount } from '../domain/pricing/amounts';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import { localise } from '../i18n/localise';
import { asAtRow, frequencyWords, paybackRows, periodRows } from './budget-csv-time';
import { number, text, toCsv, type Cell } from './csv';
import { labelsFor, type Labels } from '../present/labels';

const COLUMNS = [
  'section',
  'id',
  'domain',
  'resource',
  'description',
  'frequency',
  'hoursWeekly',
  'nightsWeekly',
  'weekly',
  'annual',
  'oneOff',
  'firstYear',
  'from',
  'until',
  'days',
  'recurring',
  'total',
  'paybackWeeks',
] as const;

/** The version 3 columns, empty where a row has nothing to put in them. */
const NO_TIME: Cell[] = ['', '', '', '', '', ''].map(text);

export function budgetCsv(
  pricing: BudgetPricing,
  t: TFunction,
  language = 'en',
  period?: { from: string; to: string },
): string {
  const labels = labelsFor(pricing, t, language);
  const empty = text('');
  const lineRows = pricing.lines.map((priced): Cell[] => [
    text(t('csv.sectionLine')),
    text(priced.line.id),
    text(labels.domain(priced.line.domain)),
    text(labels.resource(priced.line.resource)),
    text(priced.line.activity),
    text(frequencyWords(priced.frequency, t)),
    number(roundHoursForDisplay(priced.hours)),
    number(String(priced.nights)),
    number(toMoneyText(priced.weekly)),
    number(toMoneyText(priced.annual)),
    number('0.00'),
    empty,
    text(priced.line.from ?? ''),
    text(priced.line.until ?? ''),
    ...NO_TIME.slice(2),
  ]);
  const amountRows = [...pricing.expenses, ...pricing.employerCosts].map((amount) =>
    amountRow(amount, labels, t, language),
  );
  const { weekly, annual, oneOff, firstYear } = pricing.totals;
  const totalRow: Cell[] = [
    text(t('csv.sectionTotal')),
    empty,
    empty,
    empty,
    text(t('csv.total')),
    empty,
    number(roundHoursForDisplay(pricing.hoursTotal)),
    empty,
    number(toMoneyText(weekly)),
    number(toMoneyText(annual)),
    number(toMoneyText(oneOff)),
    number(toMoneyText(firstYear)),
    ...NO_TIME,
  ];
  const header = COLUMNS.map((column) => text(t(`csv.${column}`)));
  // A file without dates gives the CSV it always gave: finance systems that read it are not moved.
  if (period === undefined && isUndated(pricing.budget)) {
    return toCsv([header, ...lineRows, ...amountRows, totalRow].map((row) => row.slice(0, COLUMNS.indexOf('from'))));
  }
  return toCsv([
    header,
    ...lineRows,
    ...amountRows,
    totalRow,
    asAtRow(pricing, t),
    ...periodRows(pricing, t, period),
    ...paybackRows(pricing, t),
  ]);
}

function amountRow(amount: PricedAmount, labels: Labels, t: TFunction, language: string): Cell[] {
  const section =
    amount.source === 'employer-cost'
      ? 'csv.sectionEmployerCost'
      : amount.kind === 'investment'
        ? 'csv.sectionInvestment'
        : 'csv.sectionExpense';
  return [
    text(t(section)),
    text(amount.id),
    text(labels.domain(amount.domain)),
    text(labels.resource(amount.resourceBucket)),
    text(localise(amount.description, language)),
    text(t(`terms.frequency.${amount.frequency}`)),
    text(''),
    text(''),
    number(toMoneyText(amount.weekly)),
    number(toMoneyText(amount.annual)),
    number(toMoneyText(amount.oneOff)),
    text(''),
    text(amount.dates?.from ?? amount.dates?.date ?? ''),
    text(amount.dates?.until ?? ''),
    ...NO_TIME.slice(2),
  ];
}
