/**
 * The person's "What's left" page as people read it (docs/ledger.md, "For the person"):
 * spent, left, weeks of budget held with the council's 4 to 8 weeks in words, what is
 * coming, the projected outturn, the red flags in plain words with what is behind each,
 * and plan against actual for this period, this month or the year to date. Built from the
 * monitoring (src/domain/ledger/monitor.ts), the translation function and the language;
 * nothing here works out an amount.
 */
import type { Flag } from '../domain/ledger/flags';
import type { AssistantRow, Monitoring, PeriodActual } from '../domain/ledger/monitor';
import { flagPolicy } from '../domain/ledger/policy';
import { COUNCIL_LEAST_WEEKS, weeksShown } from '../domain/ledger/weeks-shown';
import { whatsLeft } from '../domain/ledger/whats-left';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import type { DocumentFormat } from './format';
import { flagValues } from './flag-values';
import { spendingNames, type SpendingNames } from './spending-names';
import type { Figure, FigureTable } from './summary';
import type { MessageKey } from '../i18n/message-keys';

export const ACTUAL_VIEWS = ['period', 'month', 'year'] as const;
export type ActualView = (typeof ACTUAL_VIEWS)[number];

export interface FlagModel {
  readonly id: Flag['id'];
  readonly title: string;
  readonly text: string;
  /** The payments behind it, by id (the page links to them). */
  readonly transactions: readonly string[];
  /** The need lines and assistants behind it, by name. */
  readonly lines: readonly string[];
  readonly assistants: readonly string[];
}

export interface ActualsModel {
  readonly heading: string;
  readonly figures: readonly Figure[];
  readonly tables: readonly FigureTable[];
  /** Hours planned and worked by each named assistant; null when the budget names none. */
  readonly hours: FigureTable | null;
}

export interface WhatsLeftModel {
  readonly year: string;
  readonly figures: readonly Figure[];
  /** The 4 to 8 weeks a council expects an account to hold, and where this one is. */
  readonly weeksGuidance: string;
  /** Said when the day shown is before the plan starts (every figure then counts nothing yet). */
  readonly notStarted: string | null;
  readonly coming: {
    readonly heading: string;
    readonly intro: string;
    readonly table: FigureTable | null;
  };
  /** Payments not matched yet, or dated before the plan: said when there are any. */
  readonly notes: readonly string[];
  readonly flags: readonly FlagModel[];
  readonly views: readonly { readonly id: ActualView; readonly label: string }[];
  readonly actuals: Readonly<Record<ActualView, ActualsModel | null>>;
}

export function whatsLeftModel(
  pricing: BudgetPricing,
  monitoring: Monitoring,
  format: DocumentFormat,
): WhatsLeftModel {
  const { t, money, date } = format;
  const names = spendingNames(pricing, format);
  const left = whatsLeft(pricing, monitoring);
  const { balance } = monitoring;
  // Shown with the places its words need to agree with it (weeks-shown.ts).
  const weeks =
    balance.weeksHeld === null ? null : weeksShown(balance.weeksHeld, flagPolicy(pricing.card));
  // Before the plan starts nothing is active, so it costs nothing a week on that day: say
  // when it starts rather than that it costs nothing.
  const start = pricing.budget.plan?.start;
  const notStarted =
    start !== undefined && monitoring.asOf < start
      ? t('spending.notStarted', { date: date(monitoring.asOf), start: date(start) })
      : null;
  const figures: Figure[] = [
    { id: 'budget', label: t('spending.figures.budget'), value: money(monitoring.year.budget) },
    {
      id: 'spent',
      label: t('spending.figures.spent'),
      value: money(monitoring.yearToDate.spent),
    },
    {
      id: 'left',
      label: t('spending.figures.left'),
      hint: left.left.isNegative() ? t('spending.figures.leftOver') : undefined,
      value: money(left.left),
      total: true,
    },
    {
      id: 'balance',
      label: t('spending.figures.balance'),
      hint: t('spending.figures.balanceHint', {
        opening: money(balance.opening),
        received: money(balance.received),
        spent: money(balance.spent),
      }),
      value: money(balance.balance),
    },
    {
      id: 'weeks',
      label: t('spending.figures.weeks'),
      hint: t('spending.figures.weeksHint', { weekly: money(balance.weeklyBudget) }),
      value:
        weeks !== null
          ? t('spending.figures.weeksValue', { weeks })
          : notStarted !== null
            ? t('spending.figures.noWeeksYet')
            : t('spending.figures.noWeeks'),
    },
    {
      id: 'projected',
      label: t('spending.figures.projected'),
      hint: t('spending.figures.projectedHint'),
      value: money(monitoring.projectedOutturn),
    },
  ];
  const notes = [
    ...(monitoring.unmatched.count > 0
      ? [
          t('spending.notes.unmatched', {
            count: monitoring.unmatched.count,
            total: money(monitoring.unmatched.total),
          }),
        ]
      : []),
    ...(monitoring.beforePlan.count > 0
      ? [
          t('spending.notes.beforePlan', {
            count: monitoring.beforePlan.count,
            total: money(monitoring.beforePlan.total),
          }),
        ]
      : []),
  ];
  const actual = (period: PeriodActual | null, heading: string) =>
    period === null ? null : actualsModel(period, heading, names, format);
  return {
    year: t('spending.year', { from: date(monitoring.year.from), to: date(monitoring.year.to) }),
    figures,
    weeksGuidance:
      weeks === null && notStarted !== null
        ? t('spending.weeksGuidance.notStarted')
        : weeksGuidance(weeks, monitoring, format),
    notStarted,
    coming: {
      heading: t('spending.coming.heading'),
      intro:
        monitoring.coming === null
          ? t('spending.coming.none')
          : t('spending.coming.intro', {
              from: date(monitoring.coming.from),
              to: date(monitoring.coming.to),
              planned: money(monitoring.coming.planned),
            }),
      table:
        left.coming.length === 0
          ? null
          : {
              caption: t('spending.coming.caption'),
              columns: [
                { heading: t('spending.coming.item'), numeric: false },
                { heading: t('spending.coming.amount'), numeric: true },
              ],
              rows: left.coming.map((item) => ({
                id: `${item.source}:${item.id}`,
                cells: [
                  item.oneOff
                    ? t('spending.coming.oneOff', { name: names.item(`${item.source}:${item.id}`) })
                    : names.item(`${item.source}:${item.id}`),
                  money(item.amount),
                ],
              })),
            },
    },
    notes,
    flags: monitoring.flags.map((flag) => flagModel(flag, names, format)),
    views: ACTUAL_VIEWS.map((id) => ({
      id,
      label: t(`spending.views.${id}` as const satisfies MessageKey),
    })),
    actuals: {
      period: actual(
        left.period,
        t('spending.actuals.period', {
          from: date(left.period?.from ?? monitoring.asOf),
          to: date(left.period?.to ?? monitoring.asOf),
        }),
      ),
      month: actual(
        left.month,
        t('spending.actuals.month', {
          from: date(left.month?.from ?? monitoring.asOf),
          to: date(left.month?.to ?? monitoring.asOf),
        }),
      ),
      year: actual(
        monitoring.yearToDate,
        t('spending.actuals.year', { from: date(monitoring.year.from) }),
      ),
    },
  };
}

/** Under 4 weeks, 4 to 8, or over 8: the guidance councils give, in words. */
function weeksGuidance(
  weeks: string | null,
  monitoring: Monitoring,
  { t }: DocumentFormat,
): string {
  const surplus = monitoring.flags.some((flag) => flag.id === 'surplus');
  if (weeks === null) return t('spending.weeksGuidance.none');
  if (surplus) return t('spending.weeksGuidance.over', { weeks });
  const held = monitoring.balance.weeksHeld;
  if (held !== null && held.lessThan(COUNCIL_LEAST_WEEKS))
    return t('spending.weeksGuidance.under', { weeks });
  return t('spending.weeksGuidance.within', { weeks });
}

function flagModel(flag: Flag, names: SpendingNames, format: DocumentFormat): FlagModel {
  const { t } = format;
  const values = flagValues(flag, format);
  return {
    id: flag.id,
    title: t(`spending.flags.${flag.id}.title` as const satisfies MessageKey),
    text: t(`spending.flags.${flag.id}.text` as const satisfies MessageKey, values),
    transactions: flag.transactions,
    lines: flag.lines.map((id) => names.line(id)),
    assistants: flag.assistants.map((id) => names.assistant(id)),
  };
}

function actualsModel(
  period: PeriodActual,
  heading: string,
  names: SpendingNames,
  { t, money, hours }: DocumentFormat,
): ActualsModel {
  const columns = (first: string) => [
    { heading: first, numeric: false },
    { heading: t('spending.actuals.plannedToDate'), numeric: true },
    { heading: t('spending.actuals.spent'), numeric: true },
    { heading: t('spending.actuals.planned'), numeric: true },
  ];
  const table = (
    id: 'byItem' | 'byArea' | 'byResource' | 'byAssistant',
    name: (key: string) => string,
  ): FigureTable => ({
    caption: t(`spending.actuals.${id}` as const satisfies MessageKey),
    columns: columns(t(`spending.actuals.${id}Key` as const satisfies MessageKey)),
    rows: period[id].map((row) => ({
      id: row.key,
      cells: [name(row.key), money(row.plannedToDate), money(row.spent), money(row.planned)],
    })),
  });
  const assistants: readonly AssistantRow[] = period.byAssistant;
  return {
    heading,
    figures: [
      {
        id: 'plannedToDate',
        label: t('spending.actuals.plannedToDate'),
        value: money(period.plannedToDate),
      },
      { id: 'spent', label: t('spending.actuals.spent'), value: money(period.spent), total: true },
      { id: 'planned', label: t('spending.actuals.planned'), value: money(period.planned) },
    ],
    tables: [
      table('byItem', (key) => names.item(key)),
      table('byArea', (key) => names.area(key)),
      table('byResource', (key) => names.resource(key)),
      ...(assistants.length === 0 ? [] : [table('byAssistant', (key) => names.assistant(key))]),
    ],
    hours:
      assistants.length === 0
        ? null
        : {
            caption: t('spending.actuals.hours'),
            columns: [
              { heading: t('spending.actuals.byAssistantKey'), numeric: false },
              { heading: t('spending.actuals.hoursPlanned'), numeric: true },
              { heading: t('spending.actuals.hoursWorked'), numeric: true },
            ],
            rows: assistants.map((row) => ({
              id: row.key,
              cells: [names.assistant(row.key), hours(row.hoursPlanned), hours(row.hoursDelivered)],
            })),
          },
  };
}
