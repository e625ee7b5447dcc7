/**
 * The priced budget as one table, for the budget CSV that finance systems read: its
 * columns in their order with their headings, the kind of each row, and the words of the
 * rows that name no line or amount (the total, the as-at date, each period). The CSV
 * (src/io/budget-csv.ts) puts the figures under these, as the caseload CSV takes its
 * headings from the caseload's table (caseload-table.ts).
 *
 * What a machine reads stays the same in every language: the headings and the row kinds
 * are always the English ones, so an import built on them keeps working when the CSV is
 * made in Welsh. What people read (the total's name, the periods' names, how often a line
 * comes) follows the language.
 */
import type { TFunction } from 'i18next';
import type { FrequencyDescription } from '../domain/pricing/frequency';
import type { ReportKey } from '../i18n/message-keys';

/** The English messages, whatever the reader's language: for what machines read. */
const MACHINE = { lng: 'en' } as const;

/** Every file's columns, in their order. */
export const BUDGET_COLUMNS = [
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

/** Added after every other column, so the columns an import already reads do not move. */
export const WHO_COLUMNS = ['person', 'reference', 'rateCard', 'provider', 'rate'] as const;

/**
 * Only in a file with dates, last: whether the row is active on the as-at date ("yes" or
 * "no", machine-read), and the annual figure its period costs are worked from.
 */
export const ACTIVE_COLUMNS = ['activeOnAsOf', 'annualWhenActive'] as const;

export type BudgetColumn =
  (typeof BUDGET_COLUMNS)[number] | (typeof WHO_COLUMNS)[number] | (typeof ACTIVE_COLUMNS)[number];

/** The kinds of row, as the first column names them, each with its message. */
const ROW_KIND_KEYS = {
  line: 'csv.sectionLine',
  expense: 'csv.sectionExpense',
  investment: 'csv.sectionInvestment',
  employerCost: 'csv.sectionEmployerCost',
  total: 'csv.sectionTotal',
  asOf: 'csv.sectionAsOf',
  period: 'csv.sectionPeriod',
  payback: 'csv.sectionPayback',
} as const satisfies Record<string, ReportKey>;
export type RowKind = keyof typeof ROW_KIND_KEYS;

export interface BudgetTableLabels {
  /** Each column's heading: machine-read, English in every language. */
  readonly headings: Readonly<Record<BudgetColumn, string>>;
  /** Each kind of row, as its first cell says it: machine-read, English in every language. */
  readonly rowKinds: Readonly<Record<RowKind, string>>;
  /** The name of the totals row, in the reader's language. */
  readonly total: string;
  /** The name of the row that gives the as-at date, in the reader's language. */
  readonly asOf: string;
}

export function budgetTableLabels(t: TFunction): BudgetTableLabels {
  const columns = [...BUDGET_COLUMNS, ...WHO_COLUMNS, ...ACTIVE_COLUMNS];
  return {
    headings: Object.fromEntries(
      columns.map((column) => [column, t(`csv.${column}` as const satisfies ReportKey, MACHINE)]),
    ) as Record<BudgetColumn, string>,
    rowKinds: Object.fromEntries(
      Object.entries(ROW_KIND_KEYS).map(([kind, key]) => [kind, t(key, MACHINE)]),
    ) as Record<RowKind, string>,
    total: t('csv.total'),
    asOf: t('csv.asOf'),
  };
}

/** How often a priced line's week comes: "weekly", "one week in 2", "6 weeks a year". */
export function pricedFrequencyWords(frequency: FrequencyDescription, t: TFunction): string {
  switch (frequency.kind) {
    case 'every-week':
      return t('terms.frequency.weekly');
    case 'every-weeks':
      return t('terms.lineFrequency.everyWeeks', { count: frequency.weeks });
    case 'weeks-a-year':
      return t('terms.lineFrequency.weeksAYear', { count: frequency.weeks });
  }
}
