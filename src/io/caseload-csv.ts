/**
 * A caseload as CSV for Excel (UTF-8 with a byte-order mark, formulas made inert, see
 * csv.ts): the summary in a long layout (section, item, measure, value) that a
 * spreadsheet or a scheduled report can filter, and the table with one row per budget.
 * The app's downloads and `npm run price -- --cohort` give these same bytes.
 */
import type { TFunction } from 'i18next';
import type { CaseloadRow } from '../domain/caseload/caseload-row';
import { entryHours } from '../domain/caseload/entry';
import type { CardComparison } from '../domain/caseload/next-card';
import type { CaseloadSummary, RankedBudget } from '../domain/caseload/summary';
import { RESOURCES } from '../domain/schema/budget-values';
import type { RateCard } from '../domain/schema/rate-card';
import { CASELOAD_COLUMNS, caseloadColumnHeadings } from '../present/caseload-table';
import { caseloadLabels } from './caseload-labels';
import {
  commissionerSummaryRows,
  commissionerTableCells,
  commissionerTableHeadings,
} from './commissioner-csv';
import { BYTE_ORDER_MARK, csvLine, number, text, toCsv, type Cell } from './csv';
import { localIsoDate } from '../domain/local-date';
import { reviewTableCells, reviewTableHeadings } from './review-csv';

export function caseloadSummaryCsv(
  summary: CaseloadSummary,
  card: RateCard,
  t: TFunction,
  language = 'en',
  comparison: CardComparison | null = null,
): string {
  const header = ['section', 'item', 'measure', 'value'].map((key) =>
    text(t(`caseload.csv.column.${key}`)),
  );
  return toCsv([header, ...caseloadSummaryRows(summary, card, t, language, comparison)]);
}

/** The summary's rows (section, item, measure, value): the CSV's, and the text report's (caseload-text.ts). */
export function caseloadSummaryRows(
  summary: CaseloadSummary,
  card: RateCard,
  t: TFunction,
  language = 'en',
  comparison: CardComparison | null = null,
): Cell[][] {
  const labels = caseloadLabels(card, t, language);
  const rows: Cell[][] = [];
  const row = (section: string, item: string, measure: string, value: Cell) =>
    rows.push([text(t(`caseload.csv.section.${section}`)), text(item), text(measure), value]);
  const m = (key: string) => t(`caseload.csv.measure.${key}`);
  const all = t('caseload.csv.allBudgets');
  row('caseload', all, m('rateCard'), text(summary.rateCard));
  row('caseload', all, m('budgets'), number(String(summary.count)));
  for (const key of ['weekly', 'annual', 'oneOff', 'firstYear'] as const)
    row('totals', all, m(key), number(summary.totals[key]));
  if (summary.annual !== null) {
    const { quartiles, ...figures } = summary.annual;
    for (const [key, value] of Object.entries(figures))
      row('annualCost', all, m(key), number(value));
    if (quartiles !== null)
      for (const [key, value] of Object.entries(quartiles))
        row('annualCost', all, m(key), number(value));
  }
  for (const band of summary.histogram) {
    const item =
      band.to === null
        ? t('caseload.csv.bandOpen', { from: band.from })
        : t('caseload.csv.band', { from: band.from, to: band.to });
    row('distribution', item, m('budgets'), number(String(band.count)));
  }
  for (const [id, amounts] of Object.entries(summary.byDomain)) {
    row('byDomain', labels.domain(id), m('weekly'), number(amounts.weekly));
    row('byDomain', labels.domain(id), m('annual'), number(amounts.annual));
  }
  for (const [id, amounts] of Object.entries(summary.byResource)) {
    row('byResource', labels.resource(id), m('weekly'), number(amounts.weekly));
    row('byResource', labels.resource(id), m('annual'), number(amounts.annual));
  }
  for (const id of RESOURCES)
    row('hours', labels.resource(id), m('hoursWeekly'), number(summary.hoursWeekly[id]));
  for (const setting of summary.settings) {
    for (const key of ['homeAnnual', 'settingAnnual', 'difference'] as const)
      row('settings', labels.setting(setting.id), m(key), number(setting[key]));
    row(
      'settings',
      labels.setting(setting.id),
      m('costMoreAtHome'),
      number(String(setting.costMoreAtHome)),
    );
  }
  for (const [id, count] of Object.entries(summary.carerFlags))
    row('carerFlags', labels.flag(id), m('budgets'), number(String(count)));
  for (const [id, count] of Object.entries(summary.warnings))
    row('warnings', labels.warning(id), m('budgets'), number(String(count)));
  const ranked = (section: string, budgets: readonly RankedBudget[]) => {
    for (const budget of budgets)
      row(section, `${budget.file} (${budget.id})`, m('annual'), number(budget.annual));
  };
  ranked('highest', summary.highest);
  ranked('outliers', summary.outliers);
  rows.push(...commissionerSummaryRows(summary, t, labels, comparison));
  return rows;
}

/** The budgets of the table's CSV, in its order: an array, or the page's rows read one at a time. */
export interface RowsInOrder {
  readonly length: number;
  at(position: number): CaseloadRow | undefined;
}

/** What the table's CSV says besides its rows. */
export interface TableCsvOptions {
  readonly language?: string;
  /** The filter the rows were chosen by: a last column saying it on every row. */
  readonly filter?: string | undefined;
  /** The day reviews are due or overdue as on: the app's clock, or the command's as-at day. */
  readonly today?: string;
}

/** A piece of the table's CSV, and how many of its budgets are written up to its end. */
export interface TableCsvPiece {
  readonly text: string;
  readonly written: number;
}

/** Budgets written in one piece of the table's CSV. */
export const ROWS_A_PIECE = 250;

/**
 * One row per budget, in the order given (the app exports its table as sorted and
 * filtered). A filtered table has a last column, `filter`, saying the filter on every row.
 */
export function caseloadTableCsv(
  entries: RowsInOrder,
  card: RateCard,
  t: TFunction,
  options: TableCsvOptions = {},
): string {
  let text = '';
  for (const piece of caseloadTableCsvPieces(entries, card, t, options)) text += piece.text;
  return text;
}

/**
 * The same text in pieces: the headings first, then ROWS_A_PIECE budgets a piece. A
 * nation's table takes seconds to write, so the page writes a few pieces a task
 * (src/ui/caseload/caseload-table-download.tsx) and is never held for the whole of it.
 */
export function* caseloadTableCsvPieces(
  entries: RowsInOrder,
  card: RateCard,
  t: TFunction,
  { language = 'en', filter, today = localIsoDate(new Date()) }: TableCsvOptions = {},
): Generator<TableCsvPiece, void, unknown> {
  const labels = caseloadLabels(card, t, language);
  const headings = caseloadColumnHeadings(t);
  const header = [
    ...CASELOAD_COLUMNS.map((column) => text(headings[column])),
    ...commissionerTableHeadings(t),
    ...reviewTableHeadings(t),
    ...(filter === undefined ? [] : [text(t('caseload.table.filter'))]),
  ];
  yield { text: BYTE_ORDER_MARK + csvLine(header), written: 0 };
  const row = (entry: CaseloadRow): Cell[] => [
    text(entry.file),
    text(entry.id),
    text(entry.person),
    text(entry.reference),
    text(entry.title),
    text(t(`terms.fundingRoute.${entry.fundingRoute}`)),
    number(String(entry.lines)),
    number(entryHours(entry)),
    number(entry.totals.weekly),
    number(entry.totals.annual),
    number(entry.totals.oneOff),
    number(entry.totals.firstYear),
    text(entry.carerFlags.map(labels.flag).join('; ')),
    text(entry.warnings.map(labels.warning).join('; ')),
    ...commissionerTableCells(entry, t),
    ...reviewTableCells(entry, t, today),
    ...(filter === undefined ? [] : [text(filter)]),
  ];
  for (let from = 0; from < entries.length; from += ROWS_A_PIECE) {
    const to = Math.min(entries.length, from + ROWS_A_PIECE);
    let piece = '';
    for (let position = from; position < to; position++) {
      const entry = entries.at(position);
      if (entry === undefined) throw new RangeError(`No budget at position ${position}`);
      piece += csvLine(row(entry));
    }
    yield { text: piece, written: to };
  }
}
