/**
 * A comparison as CSV for finance: one row per line, amount and carer with its figures
 * before and after and the difference, then the totals. Its words (sections, changes, what
 * changed, flags) are the compare page's model's (src/present/revision-diff.ts); its
 * figures are plain numbers from the domain's diff. Same rules as the budget CSV
 * (csv.ts): a byte-order mark for Excel, plain numbers, inert text.
 */
import type Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import { roundHoursForDisplay, toMoneyText, type Money } from '../domain/money';
import type { BudgetDiff } from '../domain/revisions/diff';
import {
  revisionDiffModel,
  type AmountRow,
  type CarerRow,
  type LineRow,
} from '../present/revision-diff';
import { number, text, toCsv, type Cell } from './csv';

const COLUMNS = [
  'section',
  'id',
  'change',
  'whatChanged',
  'description',
  'hoursWeeklyFrom',
  'hoursWeeklyTo',
  'hoursWeeklyDifference',
  'weeklyFrom',
  'weeklyTo',
  'weeklyDifference',
  'annualFrom',
  'annualTo',
  'annualDifference',
] as const;

const empty = text('');
const money = (amount: Money | undefined): Cell =>
  amount === undefined ? empty : number(toMoneyText(amount));
const hours = (value: Decimal | undefined | null): Cell =>
  value === undefined || value === null ? empty : number(roundHoursForDisplay(value));

type Side = { readonly weekly: Money; readonly annual: Money } | null;

/** Weekly and annual, each before, after and the difference. */
function moneyCells(item: { from: Side; to: Side; difference: NonNullable<Side> }): Cell[] {
  return (['weekly', 'annual'] as const).flatMap((key) => [
    money(item.from?.[key]),
    money(item.to?.[key]),
    money(item.difference[key]),
  ]);
}

export function diffCsv(diff: BudgetDiff, t: TFunction, language = 'en'): string {
  const { sections, every } = revisionDiffModel(diff, t, language);
  const lineRows = diff.lines.map((line, index): Cell[] => {
    const words = every.lines[index] as LineRow;
    return [
      text(sections.line),
      text(line.id),
      text(words.change),
      text(words.parts.join('; ')),
      text((line.to ?? line.from)?.line.activity ?? ''),
      hours(line.from?.hours),
      hours(line.to?.hours),
      hours(line.hours),
      ...moneyCells(line),
    ];
  });
  const amountRows = diff.amounts.map((amount, index): Cell[] => {
    const words = every.amounts[index] as AmountRow;
    return [
      text(sections.amount),
      text(amount.id),
      text(words.change),
      empty,
      text(words.name),
      empty,
      empty,
      empty,
      ...moneyCells(amount),
    ];
  });
  const carerRows = diff.carers.map((carer, index): Cell[] => {
    const words = every.carers[index] as CarerRow;
    return [
      text(sections.carer),
      text(carer.id),
      text(words.change),
      text(words.flagChanges),
      text(words.name),
      hours(carer.fromHours),
      hours(carer.toHours),
      hours(carer.hours),
      ...Array<Cell>(6).fill(empty),
    ];
  });
  const total: Cell[] = [
    text(sections.total),
    ...Array<Cell>(3).fill(empty),
    empty,
    hours(diff.from.hoursTotal),
    hours(diff.to.hoursTotal),
    hours(diff.hours),
    money(diff.from.totals.weekly),
    money(diff.to.totals.weekly),
    money(diff.totals.weekly),
    money(diff.from.totals.annual),
    money(diff.to.totals.annual),
    money(diff.totals.annual),
  ];
  return toCsv([COLUMNS.map(text), ...lineRows, ...amountRows, ...carerRows, total]);
}
