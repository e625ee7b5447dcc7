/**
 * The schedule for personal health budget management platforms (docs/exports.md): for
 * each named personal assistant, their contracted hours, pay and timetable; for each
 * provider, its service schedule with hours and rates. A summary row heads each worker's
 * rows, with the hours and cost of their lines active on the as-at date (rule 11); each
 * line row is the line's whole timetable, with its dates, whether active that day or not.
 * The header and the row types are English and stable; names from the card follow the
 * language.
 */
import { roundHoursForDisplay, sumMoney, toMoneyText } from '../../domain/money';
import type { PricedLine } from '../../domain/pricing/line';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { cardTable } from '../../domain/pricing/rates';
import type { Rates } from '../../domain/schema/rate-card';
import { Dec } from '../../domain/money';
import { localise } from '../../i18n/localise';
import { number, text, toCsv, type Cell } from '../csv';
import {
  count,
  dayCodes,
  lineFigures,
  moneyOrEmpty,
  timeOfDay,
  visitCells,
  weekCells,
  whenCells,
} from './line-timetable';

export const PHB_SCHEDULE_COLUMNS = [
  'Section',
  'Person reference',
  'Budget name',
  'Worker id',
  'Worker name',
  'Contracted hours weekly',
  'Line id',
  'Area of life',
  'Support',
  'Days',
  'Time of day',
  'Minutes per visit',
  'Visits per day',
  'Workers',
  'From',
  'Until',
  'Every N weeks',
  'Weeks a year',
  'Weekday hourly rate',
  'Weekend hourly rate',
  'Rate a night',
  'Weekly hours',
  'Weekly cost',
  'As at',
] as const;

/** One worker's block: who they are, the card's table they are paid from, and their lines. */
interface Worker {
  readonly kind: 'assistant' | 'provider';
  readonly id: string;
  readonly name: string;
  readonly contracted: string;
  readonly table: Rates;
  readonly lines: readonly PricedLine[];
}

export function phbScheduleCsv(pricing: BudgetPricing, language: string): string {
  const { budget } = pricing;
  const who = [text(budget.person.reference ?? ''), text(budget.title)];
  const active = new Set(pricing.lines.map((priced) => priced.line));
  const rows: Cell[][] = [PHB_SCHEDULE_COLUMNS.map(text)];
  for (const worker of workersOf(pricing, language)) {
    const current = worker.lines.filter((priced) => active.has(priced.line));
    let hours = new Dec(0);
    for (const priced of current) hours = hours.plus(priced.hours);
    rows.push([
      text(worker.kind),
      ...who,
      text(worker.id),
      text(worker.name),
      worker.contracted === '' ? text('') : number(worker.contracted),
      ...Array.from({ length: 12 }, () => text('')),
      number(worker.table.day.weekday),
      number(worker.table.day.weekend),
      number(worker.table.sleepIn),
      number(roundHoursForDisplay(hours)),
      number(toMoneyText(sumMoney(current.map((priced) => priced.weekly)))),
      text(pricing.asOf),
    ]);
    for (const priced of worker.lines) {
      const { line } = priced;
      const figures = lineFigures(line, pricing.card);
      rows.push([
        text(`${worker.kind}-line`),
        ...who,
        text(worker.id),
        text(worker.name),
        text(''),
        text(line.id),
        text(line.domain),
        text(line.activity),
        text(dayCodes(line.days)),
        text(timeOfDay(line)),
        ...visitCells(line),
        count(line.workers),
        ...whenCells(line),
        moneyOrEmpty(figures.weekday),
        moneyOrEmpty(figures.weekend),
        moneyOrEmpty(figures.night),
        ...weekCells(priced),
        text(''),
      ]);
    }
  }
  return toCsv(rows);
}

/**
 * The named assistants in the budget's order (each, with lines or without), then the
 * assistant not named when a line has none, then the providers in the order their first
 * line comes, with the standard rates (a provider's line naming none) as a provider
 * without an id.
 */
function workersOf(pricing: BudgetPricing, language: string): Worker[] {
  const { budget, card } = pricing;
  const lines = pricing.allLines;
  const assistants = lines.filter((priced) => priced.line.resource === 'personal-assistant');
  const workers: Worker[] = (budget.assistants ?? []).map((assistant) => ({
    kind: 'assistant',
    id: assistant.id,
    name: assistant.name,
    contracted: assistant.contractedHoursWeekly,
    table: card.personalAssistant.pay,
    lines: assistants.filter((priced) => priced.line.assistant === assistant.id),
  }));
  const unnamed = assistants.filter((priced) => priced.line.assistant === undefined);
  if (unnamed.length > 0) {
    workers.push({
      kind: 'assistant',
      id: '',
      name: '',
      contracted: '',
      table: card.personalAssistant.pay,
      lines: unnamed,
    });
  }
  const providers = lines.filter((priced) => priced.line.resource === 'registered-provider');
  for (const id of new Set(providers.map((priced) => priced.line.provider ?? ''))) {
    const named = card.registeredProvider.providers.find((provider) => provider.id === id);
    workers.push({
      kind: 'provider',
      id,
      name: named === undefined ? '' : localise(named.name, language),
      contracted: '',
      table: cardTable(card, 'registered-provider', id),
      lines: providers.filter((priced) => (priced.line.provider ?? '') === id),
    });
  }
  return workers;
}
