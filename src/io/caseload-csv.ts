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
import { csvPieces, joinPieces, number, text, type Cell, type CsvPiece } from './csv';
import { localIsoDate } from '../domain/local-date';
import { reviewTableCells, reviewTableHeadings } from './review-csv';

export function caseloadSummaryCsv(
  summary: CaseloadSummary,
  card: RateCard,
  t: TFunction,
  language = 'en',
  comparison: CardComparison | null = null,
): string {
  return joinPieces(caseloadSummaryCsvPieces(summary, card, t, language, comparison));
}

/**
 * The same text in pieces (csv.ts): a nation's summary lists some 100,000 rows of outlying
 * budgets and budgets that cost more than their traditional package, 10 MB, which the page
 * writes a few pieces a task (caseload-csv-download.tsx).
 */
export function caseloadSummaryCsvPieces(
  summary: CaseloadSummary,
  card: RateCard,
  t: TFunction,
  language = 'en',
  comparison: CardComparison | null = null,
): Generator<CsvPiece, void, unknown> {
  const header = ['section', 'item', 'measure', 'value'].map((key) =>
    text(t(`caseload.csv.column.${key}`)),
  );
  return csvPieces(header, caseloadSummaryRows(summary, card, t, language, comparison));
}

/**
 * The summary's rows (section, item, measure, value), each made as it is asked for: the
 * CSV's, and the text report's (caseload-text.ts).
 */
export function* caseloadSummaryRows(
  summary: CaseloadSummary,
  card: RateCard,
  t: TFunction,
  language = 'en',
  comparison: CardComparison | null = null,
): Generator<Cell[], void, unknown> {
  const labels = caseloadLabels(card, t, language);
  // The figures of the whole caseload, a hundred rows or so, made at once.
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
  yield* rows;
  // A row a budget, made as written: a nation has tens of thousands of outlying budgets.
  function* ranked(section: string, budgets: readonly RankedBudget[]) {
    const sectionCell = text(t(`caseload.csv.section.${section}`));
    const measure = text(m('annual'));
    for (const budget of budgets)
      yield [sectionCell, text(`${budget.file} (${budget.id})`), measure, number(budget.annual)];
  }
  yield* ranked('highest', summary.highest);
  yield* ranked('outliers', summary.outliers);
  yield* commissionerSummaryRows(summary, t, labels, comparison);
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
  return joinPieces(caseloadTableCsvPieces(entries, card, t, options));
}

/**
 * The same text in pieces (csv.ts): a nation's table takes seconds to write, so the page
 * writes it a few pieces a task (caseload-csv-download.tsx) and is never held for the
 * whole of it. Each budget's row is made as it is written.
 */
export function caseloadTableCsvPieces(
  entries: RowsInOrder,
  card: RateCard,
  t: TFunction,
  { language = 'en', filter, today = localIsoDate(new Date()) }: TableCsvOptions = {},
): Generator<CsvPiece, void, unknown> {
  const labels = caseloadLabels(card, t, language);
  const headings = caseloadColumnHeadings(t);
  const header = [
    ...CASELOAD_COLUMNS.map((column) => text(headings[column])),
    ...commissionerTableHeadings(t),
    ...reviewTableHeadings(t),
    ...(filter === undefined ? [] : [text(t('caseload.table.filter'))]),
  ];
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
  function* rows() {
    for (let position = 0; position < entries.length; position++) {
      const entry = entries.at(position);
      if (entry === undefined) throw new RangeError(`No budget at position ${position}`);
      yield row(entry);
    }
  }
  return csvPieces(header, rows());
}
