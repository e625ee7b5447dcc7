/**
 * The plan in time on the summary (pricing rules 11–15): the as-at day, the cost of the
 * plan year, the financial year and its quarters, each investment's payback, the
 * five-year projection with and without each investment, what starts and ends when, and
 * the cost avoided against the traditional package. Figures are the domain's; this only
 * puts them into rows and words, the same for the page, the PDF and the text report.
 */
import { byCodeUnits } from '../domain/code-unit-order';
import { isUndated } from '../domain/pricing/active';
import { investmentPaybacks, investmentsWithEffect } from '../domain/pricing/investments';
import type { Money } from '../domain/money';
import { periodCost, standardPeriods, type PeriodCost } from '../domain/pricing/periods';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import { projection } from '../domain/pricing/projection';
import { traditionalPackage } from '../domain/traditional';
import type { DocumentFormat } from './format';
import type { Figure, FigureTable, Row } from './summary';
import { directionOf, sizeOf } from './words';
import type { DocumentKey } from '../i18n/message-keys';

/** One bar of the projection's chart: the amount drawn, and the words said of it. */
export interface TimeChartBar {
  readonly id: string;
  readonly label: string;
  readonly amount: Money;
}

export interface TimeModel {
  readonly heading: string;
  readonly intro: string;
  readonly periods: FigureTable;
  readonly investments: { readonly heading: string; readonly table: FigureTable } | null;
  readonly projection: {
    readonly heading: string;
    readonly intro: string;
    readonly table: FigureTable;
    readonly chart: {
      readonly title: string;
      readonly description: string;
      readonly tableNote: string;
      readonly bars: readonly TimeChartBar[];
    };
  } | null;
  readonly timeline: { readonly heading: string; readonly table: FigureTable } | null;
  readonly traditional: {
    readonly heading: string;
    readonly label: string;
    readonly figures: readonly Figure[];
  };
}

/** "Figures are as at 1 May 2026": said at the top of every output. */
export function asAtWords(pricing: BudgetPricing, { t, date }: DocumentFormat): string {
  return t('summary.time.asAt', { date: date(pricing.asOf) });
}

/**
 * Null for a budget with no dates and no investment with an effect: it is the same on
 * every day, and its totals say all there is. Without a plan start there is no plan year
 * and no projection, but dated lines still make the financial year and its quarters.
 */
export function timeModel(pricing: BudgetPricing, format: DocumentFormat): TimeModel | null {
  if (isUndated(pricing.budget) && investmentsWithEffect(pricing.budget).length === 0) return null;
  const { t } = format;
  return {
    heading: t('summary.time.heading'),
    intro: t('summary.time.intro'),
    periods: periodsTable(pricing, format),
    investments: investmentsTable(pricing, format),
    projection: projectionSection(pricing, format),
    timeline: timeline(pricing, format),
    traditional: traditional(pricing, format),
  };
}

/** A period the plan's cost is given for, with its name and its cost. */
export interface NamedPeriod {
  /** Its row on the summary: "plan-year", "financial-year", "quarter-1"… */
  readonly id: string;
  /** Its code in the budget CSV, machine-read: "planYear", "financialYear", "q1"…, "custom". */
  readonly code: string;
  readonly name: string;
  readonly cost: PeriodCost;
}

/**
 * The plan year (when the plan has a start), the financial year and its quarters, and a
 * period asked for: the same periods, in the same words, on the summary, in the text
 * report and in the CSV.
 */
export function namedPeriods(
  pricing: BudgetPricing,
  t: DocumentFormat['t'],
  custom?: { readonly from: string; readonly to: string },
): NamedPeriod[] {
  const standard = standardPeriods(pricing);
  return [
    ...(standard.planYear === null
      ? []
      : [
          {
            id: 'plan-year',
            code: 'planYear',
            name: t('summary.time.planYear'),
            cost: standard.planYear,
          },
        ]),
    {
      id: 'financial-year',
      code: 'financialYear',
      name: t('summary.time.financialYear'),
      cost: standard.financialYear,
    },
    ...standard.quarters.map((quarter) => ({
      id: `quarter-${quarter.quarter}`,
      code: `q${quarter.quarter}`,
      name: t('summary.time.quarter', { number: quarter.quarter }),
      cost: quarter,
    })),
    ...(custom === undefined
      ? []
      : [
          {
            id: 'custom',
            code: 'custom',
            name: t('summary.time.custom'),
            cost: periodCost(pricing, custom.from, custom.to),
          },
        ]),
  ];
}

function periodsTable(pricing: BudgetPricing, format: DocumentFormat): FigureTable {
  const { t, money, date } = format;
  return {
    caption: t('summary.time.periodsCaption'),
    columns: [
      { heading: t('summary.time.period'), numeric: false },
      { heading: t('summary.time.from'), numeric: false },
      { heading: t('summary.time.to'), numeric: false },
      { heading: t('summary.time.days'), numeric: true },
      { heading: t('summary.time.recurring'), numeric: true },
      { heading: t('summary.words.oneOff'), numeric: true },
      { heading: t('summary.words.total'), numeric: true },
    ],
    rows: namedPeriods(pricing, t).map(({ id, name, cost }) => ({
      id,
      cells: [
        name,
        date(cost.from),
        date(cost.to),
        String(cost.days),
        money(cost.recurring),
        money(cost.oneOff),
        money(cost.total),
      ],
    })),
  };
}

function expenseName(pricing: BudgetPricing, id: string): string {
  return pricing.budget.expenses.find((expense) => expense.id === id)?.description ?? id;
}

function investmentsTable(
  pricing: BudgetPricing,
  { t, money, date }: DocumentFormat,
): TimeModel['investments'] {
  const paybacks = investmentPaybacks(pricing.budget, pricing.allLines);
  if (paybacks.length === 0) return null;
  return {
    heading: t('summary.time.investmentsHeading'),
    table: {
      caption: t('summary.time.investmentsCaption'),
      columns: [
        { heading: t('summary.time.investment'), numeric: false },
        { heading: t('summary.words.amount'), numeric: true },
        { heading: t('summary.time.savingWeekly'), numeric: true },
        { heading: t('summary.time.paybackWeeks'), numeric: true },
        { heading: t('summary.time.paybackDate'), numeric: false },
      ],
      rows: paybacks.map((payback) => ({
        id: payback.expense.id,
        cells: [
          payback.expense.description,
          money(payback.amount),
          money(payback.savingWeekly),
          payback.paybackWeeks === null
            ? t('summary.time.noSaving')
            : t('summary.time.weeks', { count: payback.paybackWeeks }),
          payback.paybackDate !== null
            ? date(payback.paybackDate)
            : payback.paybackWeeks === null
              ? t('summary.time.noSaving')
              : t('summary.time.afterLastDay'),
        ],
      })),
    },
  };
}

function projectionSection(
  pricing: BudgetPricing,
  format: DocumentFormat,
): TimeModel['projection'] {
  const { t, money, date } = format;
  const years = projection(pricing);
  if (years === null || years.length === 0) return null;
  const investmentIds = [...(years[0]?.without.keys() ?? [])];
  const withoutHeading = (id: string) =>
    t('summary.time.without', { investment: expenseName(pricing, id) });
  const yearName = (year: number) => t('summary.time.year', { number: year });
  return {
    heading: t('summary.time.projectionHeading'),
    intro: t('summary.time.projectionIntro'),
    table: {
      caption: t('summary.time.projectionCaption'),
      columns: [
        { heading: t('summary.time.planYear'), numeric: false },
        { heading: t('summary.time.from'), numeric: false },
        { heading: t('summary.time.to'), numeric: false },
        { heading: t('summary.time.withInvestments'), numeric: true },
        ...investmentIds.map((id) => ({ heading: withoutHeading(id), numeric: true })),
      ],
      rows: years.map((year) => ({
        id: `year-${year.year}`,
        cells: [
          yearName(year.year),
          date(year.from),
          date(year.to),
          money(year.withInvestments),
          ...investmentIds.map((id) => money(year.without.get(id) ?? year.withInvestments)),
        ],
      })),
    },
    chart: {
      title: t('summary.time.projectionHeading'),
      description: t('summary.time.chartDescription'),
      tableNote: t('summary.time.chartTableNote'),
      bars: years.flatMap((year) => [
        {
          id: `year-${year.year}`,
          label: `${yearName(year.year)}: ${t('summary.time.withInvestments')}`,
          amount: year.withInvestments,
        },
        ...investmentIds.map((id) => ({
          id: `year-${year.year}-${id}`,
          label: `${yearName(year.year)}: ${withoutHeading(id)}`,
          amount: year.without.get(id) ?? year.withInvestments,
        })),
      ]),
    },
  };
}

interface TimelineEvent {
  readonly date: string;
  readonly id: string;
  readonly what: string;
  readonly change: string;
}

function timeline(
  pricing: BudgetPricing,
  { t, money, date }: DocumentFormat,
): TimeModel['timeline'] {
  const events: TimelineEvent[] = [];
  for (const priced of pricing.allLines) {
    const { line } = priced;
    const weekly = money(priced.weekly);
    if (line.from !== undefined) {
      events.push({
        date: line.from,
        id: `${line.id}-from`,
        what: line.activity,
        change: t('summary.time.starts', { weekly }),
      });
    }
    if (line.until !== undefined) {
      events.push({
        date: line.until,
        id: `${line.id}-until`,
        what: line.activity,
        change: t('summary.time.ends', { weekly }),
      });
    }
  }
  for (const expense of pricing.budget.expenses) {
    const amount = money(expense.amount);
    if (expense.date !== undefined) {
      events.push({
        date: expense.date,
        id: `${expense.id}-date`,
        what: expense.description,
        change: t('summary.time.spent', { amount }),
      });
    }
    if (expense.from !== undefined) {
      events.push({
        date: expense.from,
        id: `${expense.id}-from`,
        what: expense.description,
        change: t('summary.time.amountStarts', { amount }),
      });
    }
    if (expense.until !== undefined) {
      events.push({
        date: expense.until,
        id: `${expense.id}-until`,
        what: expense.description,
        change: t('summary.time.amountEnds', { amount }),
      });
    }
  }
  if (events.length === 0) return null;
  // By date, then in the file's order: a stable sort keeps lines before amounts on one day.
  const sorted = [...events].sort((a, b) => byCodeUnits(a.date, b.date));
  return {
    heading: t('summary.time.timelineHeading'),
    table: {
      caption: t('summary.time.timelineCaption'),
      columns: [
        { heading: t('summary.words.date'), numeric: false },
        { heading: t('summary.time.what'), numeric: false },
        { heading: t('summary.time.change'), numeric: false },
      ],
      rows: sorted.map((event): Row => ({
        id: event.id,
        cells: [date(event.date), event.what, event.change],
      })),
    },
  };
}

function traditional(
  pricing: BudgetPricing,
  { t, money }: DocumentFormat,
): TimeModel['traditional'] {
  const found = traditionalPackage(pricing);
  const { annual, percent } = found.costAvoidance;
  const avoided =
    directionOf(annual) === 'less'
      ? t('summary.time.costsMore', { amount: money(sizeOf(annual)) })
      : money(annual);
  return {
    heading: t('summary.time.traditionalHeading'),
    label: t('summary.time.traditionalLabel'),
    figures: [
      {
        id: 'traditional-weekly',
        label: t('summary.time.traditionalWeekly'),
        value: money(found.weekly),
      },
      {
        id: 'traditional-annual',
        label: t('summary.time.traditionalAnnual'),
        hint: t(`summary.time.basis.${found.basis}` as const satisfies DocumentKey),
        value: money(found.annual),
      },
      { id: 'avoided', label: t('summary.time.avoided'), value: avoided, total: true },
      {
        id: 'avoided-percent',
        label: t('summary.time.avoidedPercent'),
        value:
          percent === null ? t('summary.time.noPercent') : t('summary.time.percent', { percent }),
      },
    ],
  };
}
