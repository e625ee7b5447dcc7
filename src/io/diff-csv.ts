/**
 * A comparison as CSV for finance: one row per line, amount and carer with its figures
 * before and after and the difference, then the totals. Same rules as the budget CSV
 * (csv.ts): a byte-order mark for Excel, plain numbers, inert text.
 */
import type Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import { roundHoursForDisplay, toMoneyText, type Money } from '../domain/money';
import type { BudgetDiff } from '../domain/revisions/diff';
import { localise } from '../i18n/localise';
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

export function diffCsv(diff: BudgetDiff, t: TFunction, language = 'en'): string {
  const lineRows = diff.lines.map((line): Cell[] => [
    text(t('revisions.csv.sectionLine')),
    text(line.id),
    text(t(`revisions.change.${line.kind}`)),
    text(line.changes.map((change) => t(`revisions.what.${change}`)).join('; ')),
    text((line.to ?? line.from)?.line.activity ?? ''),
    hours(line.from?.hours),
    hours(line.to?.hours),
    hours(line.hours),
    money(line.from?.weekly),
    money(line.to?.weekly),
    money(line.difference.weekly),
    money(line.from?.annual),
    money(line.to?.annual),
    money(line.difference.annual),
  ]);
  const amountRows = diff.amounts.map((amount): Cell[] => {
    const either = amount.to ?? amount.from;
    return [
      text(t('revisions.csv.sectionAmount')),
      text(amount.id),
      text(t(`revisions.change.${amount.kind}`)),
      empty,
      text(either === null ? '' : localise(either.description, language)),
      empty,
      empty,
      empty,
      money(amount.from?.weekly),
      money(amount.to?.weekly),
      money(amount.difference.weekly),
      money(amount.from?.annual),
      money(amount.to?.annual),
      money(amount.difference.annual),
    ];
  });
  const carerRows = diff.carers.map((carer): Cell[] => [
    text(t('revisions.csv.sectionCarer')),
    text(carer.id),
    text(t(`revisions.change.${carer.kind}`)),
    text(
      [...carer.flagsAdded.map((f) => `+${f}`), ...carer.flagsRemoved.map((f) => `-${f}`)].join(
        '; ',
      ),
    ),
    text(carer.name),
    hours(carer.fromHours),
    hours(carer.toHours),
    hours(carer.hours),
    ...Array<Cell>(6).fill(empty),
  ]);
  const total: Cell[] = [
    text(t('revisions.csv.sectionTotal')),
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
