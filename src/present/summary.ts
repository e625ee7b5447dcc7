/**
 * The summary of a priced budget as people read it: which sections, which rows, and the
 * words and figures of each. The check-and-summary page, the PDF and the text report all
 * render this one model, so they cannot disagree; each adds only its own layout (links on
 * the page, working in the text report). Built from the pricing, the translation function
 * and the language; nothing here works out an amount.
 */
import { cardWarnings } from '../domain/card-warnings';
import { Dec, sumMoney } from '../domain/money';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import type { Warning } from '../domain/warnings';
import { cardWarningWords } from '../i18n/card-warning-words';
import { carersModel, type CarersModel } from './carers';
import type { DocumentFormat } from './format';
import { hoursPluralCount } from '../domain/format';
import { asAtWords, timeModel, type TimeModel } from './summary-time';
import { outcomesModel, servesNoOutcomeGroup, type OutcomesModel } from './summary-outcomes';
import type { ResourceBucket } from '../domain/pricing/totals';
import { directionOf, sizeOf, type Direction } from './words';
import type { DocumentKey, TermKey } from '../i18n/message-keys';

/** One figure with its name: "Weekly total  £1,234.56". */
export interface Figure {
  readonly id: string;
  readonly label: string;
  /** A few words under the name saying what it counts. */
  readonly hint?: string | undefined;
  readonly value: string;
  /** A sum of money the plan adds up to: set apart so it stands out. */
  readonly total?: boolean | undefined;
}

/** A row of a table: its cells in the columns' order, the first naming the row. */
export interface Row {
  readonly id: string;
  readonly cells: readonly string[];
  /** Words under a cell, by column: what a name means, or what a figure is made of. */
  readonly notes?: Readonly<Record<number, string>> | undefined;
}

export interface FigureTable {
  readonly caption: string;
  readonly columns: readonly { readonly heading: string; readonly numeric: boolean }[];
  readonly rows: readonly Row[];
}

export interface WarningGroup {
  /** A kind of warning about the plan, or `card`: the rate card's own (card-warnings.ts). */
  readonly id: Warning['id'] | 'card';
  readonly heading: string;
  readonly body: string;
  /**
   * Each line the warning is about, named by its activity; for the card, each of its
   * warnings, naming its figures (no line: `lineId` is absent).
   */
  readonly items: readonly { readonly lineId?: string | undefined; readonly text: string }[];
}

export interface SummaryModel {
  /** "Figures are as at 1 May 2026": the day every figure but the periods' is worked out on. */
  readonly asAt: string;
  readonly totals: {
    readonly heading: string;
    readonly label: string;
    readonly figures: readonly Figure[];
    readonly rounding: string;
  };
  readonly warnings: {
    readonly heading: string;
    /** Said when there is nothing to check. */
    readonly none: string;
    readonly groups: readonly WarningGroup[];
  };
  readonly byDomain: {
    readonly heading: string;
    readonly intro: string;
    readonly table: FigureTable;
  };
  readonly byResource: {
    readonly heading: string;
    readonly table: FigureTable;
    /** Why sleep-in nights are not in the hours, when the plan has a sleep-in. */
    readonly sleepInNote: string | null;
    /** The employer's costs inside the personal assistant row, said with their sum; null when there are none. */
    readonly employerNote: string | null;
  };
  readonly comparison: {
    readonly heading: string;
    /** Said when the card has no care-home fees. */
    readonly none: string;
    readonly intro: string;
    readonly table: FigureTable;
    readonly fncNote: string | null;
    readonly headroomHeading: string;
    readonly headroomIntro: string;
    readonly headroom: readonly string[];
  };
  readonly indicative: {
    readonly heading: string;
    readonly intro: string;
    readonly label: string;
    /** Said when the budget has no indicative sum. */
    readonly none: string;
    readonly figures: readonly Figure[];
  };
  /** Costs over time: null when the plan has no start. */
  readonly time: TimeModel | null;
  /** The person's outcomes and what each costs. */
  readonly outcomes: OutcomesModel;
  /** Unpaid care the plan relies on, carer by carer, with each flag (src/present/carers.ts). */
  readonly carers: CarersModel;
}

type ShortVisit = Extract<Warning, { id: 'short-visit' }>;
type PaLine = Extract<Warning, { id: 'pa-needs-direct-payment' }>;
type OverIndicative = Extract<Warning, { id: 'over-indicative' }>;
type PaOverContract = Extract<Warning, { id: 'pa-over-contract' }>;
type PaOver48 = Extract<Warning, { id: 'pa-over-48-hours' }>;
type NoSaving = Extract<Warning, { id: 'investment-no-saving' }>;
type PayBelowFloor = Extract<Warning, { id: 'pay-below-floor' }>;

/** The indicative difference is the plan less the sum: less is under it, more is over it. */
const INDICATIVE_WORDS = {
  less: 'summary.comparison.under',
  more: 'summary.comparison.over',
  same: 'summary.comparison.equal',
} as const satisfies Record<Direction, DocumentKey>;

/** How this plan compares with a care home's year, by which way the difference goes. */
const SETTING_WORDS = {
  less: 'summary.comparison.less',
  more: 'summary.comparison.more',
  same: 'summary.comparison.same',
} as const satisfies Record<Direction, DocumentKey>;

/** What each kind of support is, under its name in the table by who gives it. */
const RESOURCE_EXPLAINED = {
  'registered-provider': 'summary.byResource.explain.registered-provider',
  'personal-assistant': 'summary.byResource.explain.personal-assistant',
  'unpaid-carer': 'summary.byResource.explain.unpaid-carer',
  community: 'summary.byResource.explain.community',
  expenses: 'summary.byResource.explain.expenses',
} as const satisfies Record<ResourceBucket, DocumentKey>;

/** The heading and words of the warnings about assistants' hours and investments. */
const ASSISTANT_WARNINGS = {
  'pa-over-contract': {
    heading: 'summary.warnings.paOverContract.heading',
    body: 'summary.warnings.paOverContract.body',
  },
  'pa-over-48-hours': {
    heading: 'summary.warnings.paOver48Hours.heading',
    body: 'summary.warnings.paOver48Hours.body',
  },
  'investment-no-saving': {
    heading: 'summary.warnings.investmentNoSaving.heading',
    body: 'summary.warnings.investmentNoSaving.body',
  },
} as const satisfies Partial<
  Record<Warning['id'], { readonly heading: DocumentKey; readonly body: DocumentKey }>
>;

export function summaryModel(pricing: BudgetPricing, format: DocumentFormat): SummaryModel {
  return {
    asAt: asAtWords(pricing, format),
    totals: totals(pricing, format),
    warnings: warnings(pricing, format),
    byDomain: byDomain(pricing, format),
    byResource: byResource(pricing, format),
    comparison: comparison(pricing, format),
    indicative: indicative(pricing, format),
    time: timeModel(pricing, format),
    outcomes: outcomesModel(pricing, format),
    carers: carersModel(pricing, format),
  };
}

function totals(
  pricing: BudgetPricing,
  { t, money, hoursInProse }: DocumentFormat,
): SummaryModel['totals'] {
  const { weekly, annual, oneOff, firstYear } = pricing.totals;
  return {
    heading: t('summary.totals.heading'),
    label: t('summary.totals.heading'),
    figures: [
      { id: 'weekly', label: t('summary.totals.weekly'), value: money(weekly), total: true },
      { id: 'annual', label: t('summary.totals.annual'), value: money(annual), total: true },
      {
        id: 'one-off',
        label: t('summary.totals.oneOff'),
        hint: t('summary.totals.oneOffHint'),
        value: money(oneOff),
        total: true,
      },
      {
        id: 'first-year',
        label: t('summary.totals.firstYear'),
        hint: t('summary.totals.firstYearHint'),
        value: money(firstYear),
        total: true,
      },
      {
        id: 'hours',
        label: t('summary.totals.hours'),
        hint: t('summary.totals.hoursHint'),
        value: t('summary.words.hours', {
          hours: hoursInProse(pricing.hoursTotal),
          count: hoursPluralCount(pricing.hoursTotal),
        }),
      },
    ],
    rounding: t('summary.totals.rounding'),
  };
}

function warnings(pricing: BudgetPricing, format: DocumentFormat): SummaryModel['warnings'] {
  const { t, money, localise } = format;
  const { warnings: found, budget, indicative: sum, card } = pricing;
  const activityOf = (lineId: string) =>
    budget.lines.find((line) => line.id === lineId)?.activity ?? lineId;
  const shortVisits = found.filter((w): w is ShortVisit => w.id === 'short-visit');
  const paLines = found.filter((w): w is PaLine => w.id === 'pa-needs-direct-payment');
  const over = found.find((w): w is OverIndicative => w.id === 'over-indicative');
  const groups: WarningGroup[] = [];
  // The card's own first: a card that prices care at nothing makes every figure below wrong.
  const ofCard = cardWarnings(card);
  if (ofCard.length > 0) {
    groups.push({
      id: 'card',
      heading: t('rateCards.warnings.heading'),
      body: t('rateCards.warnings.body', { name: localise(card.name) }),
      items: ofCard.map((warning) => ({ text: cardWarningWords(warning, t) })),
    });
  }
  if (shortVisits.length > 0) {
    groups.push({
      id: 'short-visit',
      heading: t('summary.warnings.shortVisit.heading'),
      body: t('summary.warnings.shortVisit.body'),
      items: shortVisits.map((warning) => ({
        lineId: warning.line,
        text: t('summary.warnings.shortVisit.item', {
          activity: activityOf(warning.line),
          minutes: warning.minutes,
        }),
      })),
    });
  }
  if (paLines.length > 0) {
    groups.push({
      id: 'pa-needs-direct-payment',
      heading: t('summary.warnings.paNeedsDirectPayment.heading'),
      body: t('summary.warnings.paNeedsDirectPayment.body', {
        route: t(`terms.fundingRoute.${budget.fundingRoute}` as const satisfies TermKey),
      }),
      items: paLines.map((warning) => ({
        lineId: warning.line,
        text: t('summary.warnings.lineItem', {
          activity: activityOf(warning.line),
        }),
      })),
    });
  }
  if (over !== undefined && sum !== null) {
    groups.push({
      id: 'over-indicative',
      heading: t('summary.warnings.overIndicative.heading'),
      body: t('summary.warnings.overIndicative.body', {
        over: money(over.over),
        indicative: money(sum.amount),
      }),
      items: [],
    });
  }
  const belowFloor = found.filter((w): w is PayBelowFloor => w.id === 'pay-below-floor');
  const floor = card.personalAssistant.payFloor;
  if (belowFloor.length > 0 && floor !== undefined) {
    groups.push({
      id: 'pay-below-floor',
      heading: t('summary.warnings.payBelowFloor.heading'),
      body: t('summary.warnings.payBelowFloor.body', { floor: money(floor) }),
      items: belowFloor.map((warning) => ({
        lineId: warning.line,
        text: t('summary.warnings.payBelowFloor.item', {
          activity: activityOf(warning.line),
          pay: money(warning.pay),
        }),
      })),
    });
  }
  groups.push(...assistantWarnings(pricing, format));
  groups.push(...servesNoOutcomeGroup(pricing, format));
  return { heading: t('summary.warnings.heading'), none: t('summary.warnings.none'), groups };
}

/**
 * A named assistant given more hours than their contract or than 48 a week, and an
 * investment that saves nothing: each said once, naming the assistant or the investment.
 * The items link to no line (their `lineId` is empty), so they are said as plain words.
 */
function assistantWarnings(
  pricing: BudgetPricing,
  { t, hours, labels }: DocumentFormat,
): WarningGroup[] {
  const { warnings: found, budget } = pricing;
  const expenseName = (id: string) =>
    budget.expenses.find((expense) => expense.id === id)?.description ?? id;
  const overContract = found.filter((w): w is PaOverContract => w.id === 'pa-over-contract');
  const over48 = found.filter((w): w is PaOver48 => w.id === 'pa-over-48-hours');
  const noSaving = found.filter((w): w is NoSaving => w.id === 'investment-no-saving');
  const group = (id: keyof typeof ASSISTANT_WARNINGS, items: readonly string[]): WarningGroup[] =>
    items.length === 0
      ? []
      : [
          {
            id,
            heading: t(ASSISTANT_WARNINGS[id].heading),
            body: t(ASSISTANT_WARNINGS[id].body),
            items: items.map((text) => ({ lineId: '', text })),
          },
        ];
  return [
    ...group(
      'pa-over-contract',
      overContract.map((warning) =>
        t('summary.warnings.paOverContract.item', {
          name: labels.assistant(warning.assistant),
          hours: hours(new Dec(warning.hours)),
          contracted: hours(new Dec(warning.contracted)),
        }),
      ),
    ),
    ...group(
      'pa-over-48-hours',
      over48.map((warning) =>
        t('summary.warnings.paOver48Hours.item', {
          name: labels.assistant(warning.assistant),
          hours: hours(new Dec(warning.hours)),
        }),
      ),
    ),
    ...group(
      'investment-no-saving',
      noSaving.map((warning) =>
        t('summary.warnings.investmentNoSaving.item', { investment: expenseName(warning.expense) }),
      ),
    ),
  ];
}

function byDomain(
  pricing: BudgetPricing,
  { t, money, labels }: DocumentFormat,
): SummaryModel['byDomain'] {
  return {
    heading: t('summary.byDomain.heading'),
    intro: t('summary.byDomain.intro'),
    table: {
      caption: t('summary.byDomain.caption'),
      columns: [
        { heading: t('summary.words.area'), numeric: false },
        { heading: t('summary.words.weekly'), numeric: true },
        { heading: t('summary.words.annual'), numeric: true },
        { heading: t('summary.words.oneOff'), numeric: true },
      ],
      rows: [...pricing.byDomain].map(([id, amounts]) => ({
        id,
        cells: [
          labels.domain(id),
          money(amounts.weekly),
          money(amounts.annual),
          money(amounts.oneOff),
        ],
      })),
    },
  };
}

function byResource(
  pricing: BudgetPricing,
  { t, money, hours, labels }: DocumentFormat,
): SummaryModel['byResource'] {
  const hasSleepIn = pricing.budget.lines.some((line) => line.kind === 'sleep-in');
  return {
    heading: t('summary.byResource.heading'),
    table: {
      caption: t('summary.byResource.caption'),
      columns: [
        { heading: t('summary.words.who'), numeric: false },
        { heading: t('summary.words.hoursAWeek'), numeric: true },
        { heading: t('summary.words.weekly'), numeric: true },
        { heading: t('summary.words.annual'), numeric: true },
      ],
      rows: [...pricing.byResource].map(([id, amounts]) => {
        // Expenses are money, not time: the pricing has no hours for them.
        const resourceHours = id === 'expenses' ? undefined : pricing.hoursWeekly.get(id);
        return {
          id,
          cells: [
            labels.resourceTitle(id),
            resourceHours === undefined ? t('summary.byResource.noHours') : hours(resourceHours),
            money(amounts.weekly),
            money(amounts.annual),
          ],
          notes: { 0: t(RESOURCE_EXPLAINED[id]) },
        };
      }),
    },
    sleepInNote: hasSleepIn ? t('summary.byResource.sleepInNote') : null,
    employerNote:
      pricing.employerCosts.length === 0
        ? null
        : t('summary.byResource.employerNote', {
            weekly: money(sumMoney(pricing.employerCosts.map((cost) => cost.weekly))),
            annual: money(sumMoney(pricing.employerCosts.map((cost) => cost.annual))),
          }),
  };
}

function comparison(
  pricing: BudgetPricing,
  { t, money, hours, localise }: DocumentFormat,
): SummaryModel['comparison'] {
  const { settings } = pricing;
  return {
    heading: t('summary.comparison.heading'),
    none: t('summary.comparison.none'),
    intro: t('summary.comparison.intro'),
    table: {
      caption: t('summary.comparison.caption'),
      columns: [
        { heading: t('summary.comparison.setting'), numeric: false },
        { heading: t('summary.words.weekly'), numeric: true },
        { heading: t('summary.words.annual'), numeric: true },
        { heading: t('summary.comparison.difference'), numeric: false },
      ],
      rows: settings.map(({ setting, weekly, annual, difference }) => ({
        id: setting.id,
        cells: [
          localise(setting.name),
          money(weekly),
          money(annual),
          t(SETTING_WORDS[directionOf(difference)], { amount: money(sizeOf(difference)) }),
        ],
        notes:
          setting.fncWeekly === undefined
            ? undefined
            : {
                1: t('summary.comparison.withFnc', {
                  fee: money(setting.weeklyFee),
                  fnc: money(setting.fncWeekly),
                }),
              },
      })),
    },
    fncNote: settings.some(({ setting }) => setting.fncWeekly !== undefined)
      ? t('summary.comparison.fncExplained')
      : null,
    headroomHeading: t('summary.comparison.headroomHeading'),
    headroomIntro: t('summary.comparison.headroomIntro', {
      rate: money(pricing.card.registeredProvider.standard.day.weekday),
    }),
    headroom: settings.map(({ setting, extraProviderHours }) =>
      directionOf(extraProviderHours) === 'less'
        ? t('summary.comparison.headroomNone', {
            setting: localise(setting.name),
            hours: hours(sizeOf(extraProviderHours)),
          })
        : t('summary.comparison.headroom', {
            setting: localise(setting.name),
            hours: hours(extraProviderHours),
          }),
    ),
  };
}

function indicative(
  pricing: BudgetPricing,
  { t, money }: DocumentFormat,
): SummaryModel['indicative'] {
  const sum = pricing.indicative;
  return {
    heading: t('summary.comparison.indicative'),
    intro: t('summary.comparison.indicativeIntro'),
    label: t('summary.comparison.indicativeLabel'),
    none: t('summary.comparison.indicativeNone'),
    figures:
      sum === null
        ? []
        : [
            {
              id: 'indicative',
              label: t('summary.comparison.indicative'),
              value: t('summary.words.perYear', { amount: money(sum.amount) }),
            },
            {
              id: 'plan',
              label: t('summary.comparison.plan'),
              value: t('summary.words.perYear', { amount: money(pricing.totals.annual) }),
            },
            {
              id: 'difference',
              label: t('summary.comparison.indicativeDifference'),
              value: t(INDICATIVE_WORDS[directionOf(sum.difference)], {
                amount: money(sizeOf(sum.difference)),
              }),
            },
          ],
  };
}

/**
 * A table row as one line of plain text, for the text report: the row's name, then each
 * figure after its column's heading, and words under a cell in brackets after it.
 * "Personal care: Cost a week £126.56, Cost a year £6,599.00, One-off £0.00".
 */
export function rowAsText(table: FigureTable, row: Row): string {
  const said = row.cells.map((cell, index) => {
    const note = row.notes?.[index];
    const column = table.columns[index];
    const text = note === undefined ? cell : `${cell} (${note})`;
    return index > 0 && column?.numeric === true ? `${column.heading} ${text}` : text;
  });
  const [name = '', ...rest] = said;
  return `${name}: ${rest.join(', ')}`;
}

/** A figure as one line of plain text: "Weekly total: £1,234.56". */
export function figureAsText(figure: Figure): string {
  return `${figure.label}: ${figure.value}`;
}
