/**
 * The monitoring of a budget as CSV and as plain text (docs/ledger.md), from its report:
 * what `npm run price -- monitor` prints and the app downloads. Every amount is the
 * report's two-decimal text; words come from the messages, in the reader's language.
 */
import type { TFunction } from 'i18next';
import type { MonitorReport, PeriodReport, RowReport } from '../domain/ledger/monitor-report';
import { formatMoneyPlain, type Locale } from '../domain/format';
import type { BehindNames } from '../domain/ledger/behind-names';
import { inertText } from '../domain/plain-text';
import { flagValues } from '../present/flag-values';
import { number, text, toCsv, type Cell } from './csv';
import type { MessageKey } from '../i18n/message-keys';

const TABLES = ['byItem', 'byArea', 'byResource', 'byAssistant'] as const;
const TABLE_WORDS = {
  byItem: 'item',
  byArea: 'area',
  byResource: 'resource',
  byAssistant: 'assistant',
} as const;

/** One row per period and table key, the year to date first, then the 4-week periods, then the months. */
export function monitorCsv(report: MonitorReport, t: TFunction): string {
  const words = (key: string) => t(`ledger.cli.csv.${key}`);
  const header: Cell[] = [
    'period',
    'from',
    'to',
    'table',
    'key',
    'planned',
    'plannedToDate',
    'spent',
    'hoursPlanned',
    'hoursDelivered',
  ].map((key) => text(words(key)));
  const rows: Cell[][] = [header];
  const period = (label: string, entry: PeriodReport) => {
    for (const table of TABLES) {
      for (const row of entry[table] as readonly (RowReport & {
        hoursPlanned?: string;
        hoursDelivered?: string;
      })[]) {
        rows.push([
          text(label),
          text(entry.from),
          text(entry.to),
          text(words(TABLE_WORDS[table])),
          text(row.key),
          number(row.planned),
          number(row.plannedToDate),
          number(row.spent),
          row.hoursPlanned === undefined ? text('') : number(row.hoursPlanned),
          row.hoursDelivered === undefined ? text('') : number(row.hoursDelivered),
        ]);
      }
    }
  };
  period(words('year'), report.yearToDate);
  report.periods.forEach((entry, index) => period(`${words('fourWeeks')} ${index + 1}`, entry));
  report.months.forEach((entry) => period(`${words('month')} ${entry.from.slice(0, 7)}`, entry));
  return toCsv(rows);
}

/**
 * What the text needs beside the report: the reader's locale, for money written as the
 * page signs it ("-£6439.89", not "£-6439.89"), and the names of what the flags name.
 */
export interface MonitorTextWords {
  readonly locale: Locale;
  readonly names: BehindNames;
}

export function monitorText(
  report: MonitorReport,
  title: string,
  t: TFunction,
  { locale, names }: MonitorTextWords,
): string {
  const money = (amount: string) => formatMoneyPlain(amount, locale);
  // Days stay as the rest of the text writes them (ISO); amounts are pounds as above.
  const flagFormat = { money, date: (iso: string) => iso };
  const { balance } = report;
  const lines = [
    t('ledger.cli.heading', { title, asOf: report.asOf }),
    '',
    t('ledger.cli.year', { ...report.year, budget: money(report.year.budget) }),
    t('ledger.cli.toDate', {
      planned: money(report.yearToDate.plannedToDate),
      spent: money(report.yearToDate.spent),
    }),
    t('ledger.cli.projected', { projected: money(report.projectedOutturn) }),
    balance.weeksHeld === null
      ? t('ledger.cli.balanceNoWeeks', { balance: money(balance.balance) })
      : t('ledger.cli.balance', {
          balance: money(balance.balance),
          weeks: balance.weeksHeld,
          weekly: money(balance.weeklyBudget),
        }),
    ...(report.coming === null
      ? []
      : [t('ledger.cli.coming', { ...report.coming, planned: money(report.coming.planned) })]),
    t('ledger.cli.unmatched', { ...report.unmatched, total: money(report.unmatched.total) }),
    ...(report.beforePlan.count === 0
      ? []
      : [
          t('ledger.cli.beforePlan', {
            ...report.beforePlan,
            total: money(report.beforePlan.total),
          }),
        ]),
    '',
    t('ledger.cli.flagsHeading'),
    ...(report.flags.length === 0
      ? [t('ledger.cli.noFlags')]
      : report.flags.flatMap((flag) => {
          // Transactions by id (a team traces them in the ledger); lines and assistants by
          // name, split by semicolons as a name may hold a comma.
          const behind = [
            ...flag.transactions,
            ...flag.lines.map((id) => names.lines[id] ?? id),
            ...flag.assistants.map((id) => names.assistants[id] ?? id),
          ];
          return [
            `- ${t(`ledger.flags.${flag.id}.title` as const satisfies MessageKey)} (${flag.id}): ${t(`ledger.flags.${flag.id}.text` as const satisfies MessageKey, flagValues(flag, flagFormat))}`,
            ...(behind.length === 0
              ? []
              : [`  ${t('ledger.cli.flagBehind', { items: behind.join('; ') })}`]),
          ];
        })),
    '',
    t('ledger.cli.periodsHeading'),
    ...report.periods.map((entry) => periodRow(entry, t, money)),
    '',
    t('ledger.cli.monthsHeading'),
    ...report.months.map((entry) => periodRow(entry, t, money)),
  ];
  return `${lines.map((line) => inertText(line)).join('\n')}\n`;
}

function periodRow(
  { from, to, planned, plannedToDate, spent }: PeriodReport,
  t: TFunction,
  money: (amount: string) => string,
): string {
  return t('ledger.cli.periodRow', {
    from,
    to,
    planned: money(planned),
    plannedToDate: money(plannedToDate),
    spent: money(spent),
  });
}
