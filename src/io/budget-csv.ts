/**
 * The priced budget as CSV for finance systems: one row per line and amount, then totals.
 * Its columns, their headings and the kinds of row are the budget table's
 * (src/present/budget-table.ts), which keeps what a machine reads in English in every
 * language; only what people read (descriptions, frequency, area and resource names)
 * follows the language. Each row also says whose budget it is, the rate card, and for a
 * line the provider and the rate a unit (docs/first-use-fixes.md).
 */
import type { TFunction } from 'i18next';
import { roundHoursForDisplay, toMoneyText, ZERO_MONEY, type Money } from '../domain/money';
import { isUndated } from '../domain/pricing/active';
import { priceEmployerCosts, type PricedAmount } from '../domain/pricing/amounts';
import type { PricedLine } from '../domain/pricing/line';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import { localise } from '../i18n/localise';
import { asAtRow, paybackRows, periodRows } from './budget-csv-time';
import { number, text, toCsv, type Cell } from './csv';
import {
  ACTIVE_COLUMNS,
  BUDGET_COLUMNS,
  budgetTableLabels,
  pricedFrequencyWords,
  WHO_COLUMNS,
  type BudgetTableLabels,
} from '../present/budget-table';
import { labelsFor, type Labels } from '../present/labels';
import { frequencyWords } from '../present/words';

/**
 * Nights a week of a line: a sleep-in's nights, and a waking night's too (each night of
 * its days, counting every worker), as the carer's own nights count them.
 */
function lineNights(priced: PricedLine): number {
  const { line } = priced;
  return line.kind === 'visits' && line.period === 'night'
    ? line.days.length * line.workers
    : priced.nights;
}

/** The rate a unit the line is priced at; two rates (weekdays and weekends) both, weekday first. */
function lineRate(priced: PricedLine): Cell {
  const rates = [...new Set(priced.segments.map((segment) => segment.rate.toString()))];
  if (rates.length === 1) return number(rates[0] as string);
  return text(rates.join(' / '));
}

/** The version 3 columns, empty where a row has nothing to put in them. */
const NO_TIME: Cell[] = ['', '', '', '', '', ''].map(text);

export function budgetCsv(
  pricing: BudgetPricing,
  t: TFunction,
  language = 'en',
  period?: { from: string; to: string },
): string {
  const labels = labelsFor(pricing, t, language);
  const table = budgetTableLabels(t);
  const empty = text('');
  const { budget, card } = pricing;
  const who = (provider: string, rate: Cell): Cell[] => [
    text(budget.person.name),
    text(budget.person.reference ?? ''),
    text(card.id),
    text(provider),
    rate,
  ];
  const activeLines = new Set(pricing.lines);
  // Every line, active on the as-at date or not: one not active then is 0.00 on the day.
  const lineRows = pricing.allLines.map((priced): Cell[] => {
    const active = activeLines.has(priced);
    return [
      text(table.rowKinds.line),
      text(priced.line.id),
      text(labels.domain(priced.line.domain)),
      text(labels.resource(priced.line.resource)),
      text(priced.line.activity),
      text(pricedFrequencyWords(priced.frequency, t)),
      number(active ? roundHoursForDisplay(priced.hours) : '0.00'),
      number(String(active ? lineNights(priced) : 0)),
      number(toMoneyText(active ? priced.weekly : ZERO_MONEY)),
      number(toMoneyText(active ? priced.annual : ZERO_MONEY)),
      number('0.00'),
      empty,
      text(priced.line.from ?? ''),
      text(priced.line.until ?? ''),
      ...NO_TIME.slice(2),
      ...who(priced.line.provider ?? '', priced.segments.length === 0 ? empty : lineRate(priced)),
      ...activeCells(active, priced.annual),
    ];
  });
  const activeAmounts = new Set(
    [...pricing.expenses, ...pricing.employerCosts].map((amount) => amount.id),
  );
  const amountRows = [...pricing.allExpenses, ...employerCostsOfEveryPaLine(pricing)].map(
    (amount) => {
      const active = activeAmounts.has(amount.id);
      return [
        ...amountRow(active ? amount : notActive(amount), labels, table, t, language),
        ...who('', empty),
        ...activeCells(active, amount.annual),
      ];
    },
  );
  const { weekly, annual, oneOff, firstYear } = pricing.totals;
  const totalRow: Cell[] = [
    text(table.rowKinds.total),
    empty,
    empty,
    empty,
    text(table.total),
    empty,
    number(roundHoursForDisplay(pricing.hoursTotal)),
    empty,
    number(toMoneyText(weekly)),
    number(toMoneyText(annual)),
    number(toMoneyText(oneOff)),
    number(toMoneyText(firstYear)),
    ...NO_TIME,
    ...who('', empty),
    empty,
    empty,
  ];
  const header = [...BUDGET_COLUMNS, ...WHO_COLUMNS, ...ACTIVE_COLUMNS].map((column) =>
    text(table.headings[column]),
  );
  const whoOnly = (row: Cell[]) => [...row, ...who('', empty), empty, empty];
  // A file without dates has no time columns: the columns before them, then who and which card.
  if (period === undefined && isUndated(pricing.budget)) {
    const from = BUDGET_COLUMNS.indexOf('from');
    const whoEnd = BUDGET_COLUMNS.length + WHO_COLUMNS.length;
    return toCsv(
      [header, ...lineRows, ...amountRows, totalRow].map((row) => [
        ...row.slice(0, from),
        ...row.slice(BUDGET_COLUMNS.length, whoEnd),
      ]),
    );
  }
  return toCsv([
    header,
    ...lineRows,
    ...amountRows,
    totalRow,
    whoOnly(asAtRow(pricing, table)),
    ...periodRows(pricing, t, table, period).map(whoOnly),
    ...paybackRows(pricing, table).map(whoOnly),
  ]);

  function activeCells(active: boolean, annualWhenActive: Money): Cell[] {
    return [text(active ? 'yes' : 'no'), number(toMoneyText(annualWhenActive))];
  }
}

/**
 * The card's PA employer costs when the budget has any PA line, active on the as-at date
 * or not: the ones the totals use, else the same costs priced for the whole budget.
 */
function employerCostsOfEveryPaLine(pricing: BudgetPricing): readonly PricedAmount[] {
  return pricing.employerCosts.length > 0
    ? pricing.employerCosts
    : priceEmployerCosts(pricing.budget, pricing.card);
}

/** An amount as it stands on a day it is not active: nothing a week or a year. */
function notActive(amount: PricedAmount): PricedAmount {
  return { ...amount, weekly: ZERO_MONEY, annual: ZERO_MONEY };
}

function amountRow(
  amount: PricedAmount,
  labels: Labels,
  table: BudgetTableLabels,
  t: TFunction,
  language: string,
): Cell[] {
  const kind =
    amount.source === 'employer-cost'
      ? 'employerCost'
      : amount.kind === 'investment'
        ? 'investment'
        : 'expense';
  return [
    text(table.rowKinds[kind]),
    text(amount.id),
    text(labels.domain(amount.domain)),
    text(labels.resource(amount.resourceBucket)),
    text(localise(amount.description, language)),
    text(frequencyWords(amount.frequency, t)),
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
