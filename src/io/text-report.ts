/**
 * The readable report with the working: every line as `hours × rate = amount`, then the
 * rounding, then totals that are sums of the amounts shown, so a finance officer can
 * check each figure with a calculator.
 */
import type { TFunction } from 'i18next';
import { fixLines } from '../domain/carer-burden';
import { formatExact, formatHours, formatMoney, formatRate, type Locale } from '../domain/format';
import type { PricedAmount } from '../domain/pricing/amounts';
import { frequencyWorking } from '../domain/pricing/frequency';
import type { PricedLine, Segment } from '../domain/pricing/line';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import { inertText } from '../domain/plain-text';
import { paOnCostPercent } from '../domain/pricing/rates';
import { documentRevision } from '../domain/revisions/history';
import { localise } from '../i18n/localise';
import { revisionWords } from './revision-words';
import { documentFormat } from '../present/format';
import type { Labels } from '../present/labels';
import {
  figureAsText,
  rowAsText,
  summaryModel,
  type FigureTable,
  type SummaryModel,
} from '../present/summary';
import { agreedWorking, sharedWorking } from '../present/package-working';
import { movesWords } from '../present/carers';
import { dayList } from '../present/words';
import { asAtLine, timeSections } from './text-report-time';
import type { MessageKey } from '../i18n/message-keys';

interface Context {
  readonly pricing: BudgetPricing;
  readonly t: TFunction;
  readonly labels: Labels;
  readonly locale: Locale;
  readonly language: string;
  /** The summary as the page and the PDF show it: the report says the same rows in the same words. */
  readonly model: SummaryModel;
}

export function textReport(
  pricing: BudgetPricing,
  t: TFunction,
  language = 'en',
  period?: { from: string; to: string },
): string {
  const format = documentFormat(pricing, t, language);
  const context: Context = {
    pricing,
    t,
    labels: format.labels,
    locale: format.locale,
    language,
    model: summaryModel(pricing, format),
  };
  return (
    [
      ...header(context),
      ...section(
        t('report.linesHeading'),
        pricing.lines.flatMap((line) => lineWorking(line, context)),
      ),
      ...section(
        t('report.amountsHeading'),
        pricing.expenses.flatMap((amount) => amountWorking(amount, context)),
      ),
      ...(pricing.employerCosts.length === 0
        ? []
        : section(
            t('report.employerHeading'),
            pricing.employerCosts.flatMap((a) => amountWorking(a, context)),
          )),
      ...totals(context),
      ...breakdowns(context),
      ...carers(context),
      ...comparisons(context),
      ...costsOverTime(context),
      ...timeSections(context, period),
      ...warnings(context),
      '',
      context.model.totals.rounding,
      '',
    ]
      // One row, one line: text from a file can never start a line of its own (plain-text.ts).
      .map(inertText)
      .join('\n')
  );
}

function section(heading: string, body: string[]): string[] {
  return ['', heading, '-'.repeat(heading.length), ...body];
}

function header(context: Context): string[] {
  const { pricing, t, language } = context;
  const { budget, card } = pricing;
  const rows = [
    t('report.title', { title: budget.title || budget.person.name, id: budget.id }),
    t('report.person', { name: budget.person.name }),
  ];
  if (budget.person.reference)
    rows.push(t('report.reference', { reference: budget.person.reference }));
  rows.push(
    t('report.fundingRoute', {
      route: t(`terms.fundingRoute.${budget.fundingRoute}` as const satisfies MessageKey),
    }),
    t('report.rateCard', {
      name: localise(card.name, language),
      id: card.id,
      from: card.validFrom,
      to: card.validTo,
      weeks: card.weeksPerYear,
    }),
  );
  if (card.illustrative === true) rows.push(t('report.illustrative'));
  rows.push(
    t('revisions.document.line', { value: revisionWords(documentRevision(budget), t) }),
    asAtLine(context),
  );
  return rows;
}

function lineWorking(priced: PricedLine, context: Context): string[] {
  const { t, labels, pricing, locale } = context;
  const { line } = priced;
  const who =
    line.provider !== undefined
      ? t('report.lineProvider', {
          resource: labels.resource(line.resource),
          provider: labels.provider(line.provider),
        })
      : line.carer !== undefined
        ? t('report.lineCarer', {
            resource: labels.resource(line.resource),
            carer: labels.carer(line.carer),
          })
        : labels.resource(line.resource);
  const rows = [
    t('report.lineHeading', {
      id: line.id,
      domain: labels.domain(line.domain),
      activity: line.activity,
      resource: who,
    }),
  ];
  rows.push(
    ...agreedWorking(priced, pricing.card, t, (amount) => formatMoney(amount, locale)).map(
      (text) => `    ${text}`,
    ),
  );
  if (line.resource === 'personal-assistant') {
    rows.push(...priced.segments.map((segment) => `    ${paRateWorking(segment, context)}`));
  }
  if (priced.segments.length === 0) {
    rows.push(
      `    ${
        line.kind === 'sleep-in'
          ? t('report.sleepInUnpaid', { nights: t('report.nightCount', { count: priced.nights }) })
          : t('report.unpaid', { hours: formatHours(priced.hours, locale) })
      }`,
    );
    return rows;
  }
  for (const segment of priced.segments)
    rows.push(`    ${segmentWorking(segment, priced, context)}`);
  rows.push(...sharedWorking(priced, t).map((text) => `    ${text}`));
  rows.push(...roundingWorking(priced, context).map((text) => `    ${text}`));
  return rows;
}

/**
 * From W, the exact cost of a week in which the line happens, to the rounded weekly and
 * annual figures, by its frequency (pricing rule 9): each row is the arithmetic that gives
 * the figure the totals use.
 */
function roundingWorking(priced: PricedLine, { t, pricing, locale }: Context): string[] {
  const money = (amount: Parameters<typeof formatMoney>[0]) => formatMoney(amount, locale);
  const exact = formatRate(priced.exactWeekly);
  const weekly = money(priced.weekly);
  const annual = money(priced.annual);
  const weeks = pricing.card.weeksPerYear;
  const working = frequencyWorking(priced.exactWeekly, priced.frequency, pricing.weeksPerYear);
  if (working === null)
    return [
      t('report.lineWeekly', { exact, weekly }),
      t('report.lineAnnual', { weekly, weeks, annual }),
    ];
  if (working.kind === 'every-weeks')
    return [
      t('report.lineEveryWeeks', {
        exact,
        every: working.weeks,
        share: formatRate(working.exactWeekly),
        weekly,
      }),
      t('report.lineAnnual', { weekly, weeks, annual }),
    ];
  const year = formatRate(working.exactAnnual);
  return [
    t('report.lineWeeksAYearAnnual', { exact, times: working.weeks, year, annual }),
    t('report.lineWeeksAYearWeekly', {
      year,
      weeks,
      share: formatRate(working.exactWeekly),
      weekly,
    }),
  ];
}

function paRateWorking(segment: Segment, { t, pricing }: Context): string {
  return t('report.paRate', {
    pay: formatRate(segment.baseRate),
    percent: formatExact(paOnCostPercent(pricing.card)),
    rate: formatRate(segment.rate),
    per: t(segment.unit === 'night' ? 'report.perNight' : 'report.perHour'),
  });
}

function segmentWorking(segment: Segment, priced: PricedLine, { t }: Context): string {
  const { line } = priced;
  const days = dayList(segment.days, t);
  if (line.kind === 'sleep-in') {
    return t('report.sleepInStep', {
      days,
      dayCount: t('report.nightCount', { count: segment.days.length }),
      workers: t('report.workerCount', { count: line.workers }),
      nights: t('report.nightCount', { count: segment.quantity.toNumber() }),
      rate: formatRate(segment.rate),
      amount: formatRate(segment.amount),
    });
  }
  return t('report.visitsStep', {
    days,
    dayCount: t('report.dayCount', { count: segment.days.length }),
    visits: t('report.visitCount', { count: line.visitsPerDay }),
    minutes: line.minutes,
    workers: t('report.workerCount', { count: line.workers }),
    hours: formatExact(segment.quantity),
    rate: formatRate(segment.rate),
    amount: formatRate(segment.amount),
  });
}

function amountWorking(
  amount: PricedAmount,
  { t, labels, locale, language, pricing }: Context,
): string[] {
  const heading = t('report.amountLine', {
    id: amount.id,
    description: localise(amount.description, language),
    domain: labels.domain(amount.domain),
    amount: formatMoney(amount.amount, locale),
    frequency: t(`terms.frequency.${amount.frequency}` as const satisfies MessageKey),
    investment: amount.kind === 'investment' ? t('report.investment') : '',
  });
  const figures = {
    amount: formatMoney(amount.amount, locale),
    weekly: formatMoney(amount.weekly, locale),
    annual: formatMoney(amount.annual, locale),
    oneOff: formatMoney(amount.oneOff, locale),
    weeks: pricing.card.weeksPerYear,
  };
  const working = {
    weekly: 'report.amountWeekly',
    monthly: 'report.amountMonthly',
    annual: 'report.amountAnnual',
    'one-off': 'report.amountOneOff',
  }[amount.frequency];
  return [heading, `    ${t(working, figures)}`];
}

function totals({ model }: Context): string[] {
  return section(model.totals.heading, model.totals.figures.map(figureAsText));
}

/** Costs over time as the page and the PDF show them: each table's rows, each figure, one line each. */
function costsOverTime({ model }: Context): string[] {
  const { time } = model;
  if (time === null) return [];
  const table = (heading: string | null, shown: FigureTable) => [
    ...(heading === null ? [] : [heading]),
    ...shown.rows.map((row) => rowAsText(shown, row)),
  ];
  return section(time.heading, [
    time.intro,
    ...table(null, time.periods),
    ...(time.investments === null ? [] : table(time.investments.heading, time.investments.table)),
    ...(time.projection === null
      ? []
      : [time.projection.intro, ...table(time.projection.heading, time.projection.table)]),
    ...(time.timeline === null ? [] : table(time.timeline.heading, time.timeline.table)),
    time.traditional.heading,
    ...time.traditional.figures.map(figureAsText),
  ]);
}

function breakdowns({ model }: Context): string[] {
  const { byDomain, byResource } = model;
  return [
    ...section(
      byDomain.heading,
      byDomain.table.rows.map((row) => rowAsText(byDomain.table, row)),
    ),
    ...section(byResource.heading, [
      ...byResource.table.rows.map((row) => rowAsText(byResource.table, row)),
      ...(byResource.sleepInNote === null ? [] : [byResource.sleepInNote]),
    ]),
  ];
}

function carers(context: Context): string[] {
  const { pricing, t, locale, model } = context;
  if (pricing.carers.length === 0) return [];
  return section(
    t('report.carersHeading'),
    pricing.carers.flatMap((burden, index) => {
      // Each flag in the summary's words, as the page and the PDF say it.
      const panel = model.carers.carers[index];
      return [
        t('report.carerRow', {
          name: burden.carer.name,
          id: burden.carer.id,
          hours: formatHours(burden.hours, locale),
          nights: t('report.nightCount', { count: burden.nights }),
          days: t('report.caringDays', { count: burden.caringDays }),
        }),
        ...(panel === undefined || panel.noFlags === null ? [] : [`    ${panel.noFlags}`]),
        ...(panel?.flags ?? []).flatMap((flag) => [
          `    ${flag.heading}`,
          `      ${flag.found}`,
          `      ${flag.relief} ${flag.cost}`,
        ]),
        ...(burden.fix === null
          ? []
          : [
              t('report.fix', {
                lines: fixLines(burden.fix, pricing.budget.lines)
                  .map((line) => `${line.activity} (${line.id})`)
                  .join(', '),
                moves: movesWords(
                  t,
                  {
                    hours: burden.fix.hours,
                    hoursText: formatHours(burden.fix.hours, locale),
                    sleepIns: burden.fix.sleepIns,
                  },
                  'hoursShort',
                ),
              }),
            ]),
      ];
    }),
  );
}

function comparisons({ pricing, t, locale, language, model }: Context): string[] {
  const { comparison, indicative } = model;
  const settings =
    comparison.table.rows.length === 0
      ? [comparison.none]
      : [
          ...pricing.settings.flatMap((setting, index) => {
            const row = comparison.table.rows[index];
            return [
              ...(row === undefined ? [] : [rowAsText(comparison.table, row)]),
              `    ${t(
                setting.setting.fncWeekly === undefined
                  ? 'report.settingRow'
                  : 'report.settingWithFnc',
                {
                  name: localise(setting.setting.name, language),
                  fee: formatMoney(setting.setting.weeklyFee, locale),
                  fnc: formatMoney(setting.setting.fncWeekly ?? '0.00', locale),
                  weekly: formatMoney(setting.weekly, locale),
                  weeks: pricing.card.weeksPerYear,
                  annual: formatMoney(setting.annual, locale),
                },
              )}`,
            ];
          }),
          ...(comparison.fncNote === null ? [] : [comparison.fncNote]),
          comparison.headroomIntro,
          ...comparison.headroom.map((sentence) => `  • ${sentence}`),
        ];
  return [
    ...section(comparison.heading, settings),
    ...section(
      indicative.heading,
      indicative.figures.length === 0 ? [indicative.none] : indicative.figures.map(figureAsText),
    ),
  ];
}

function warnings({ model }: Context): string[] {
  const { heading, none, groups } = model.warnings;
  return section(
    heading,
    groups.length === 0
      ? [none]
      : groups.flatMap((group) => [
          group.heading,
          `    ${group.body}`,
          ...group.items.map((item) => `  • ${item.text}`),
        ]),
  );
}
