/**
 * The readable report with the working: every line as `hours × rate = amount`, then the
 * rounding, then totals that are sums of the amounts shown, so a finance officer can
 * check each figure with a calculator.
 */
import type { TFunction } from 'i18next';
import { fixLines } from '../domain/carer-burden';
import { formatHours, formatMoney, type Locale } from '../domain/format';
import type { PricedAmount } from '../domain/pricing/amounts';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import { inertText } from '../domain/plain-text';
import { documentRevision } from '../domain/revisions/history';
import { localise } from '../i18n/localise';
import { documentFormat } from '../present/format';
import type { Labels } from '../present/labels';
import {
  figureAsText,
  rowAsText,
  summaryModel,
  type FigureTable,
  type SummaryModel,
} from '../present/summary';
import { linesWorking, type LineWorkingModel } from '../present/line-working';
import { movesWords } from '../present/carers';
import { revisionWords } from '../present/revision-diff';
import { asAtLine, timeSections } from './text-report-time';
import type { MessageKey } from '../i18n/message-keys';
import { frequencyWords } from '../present/words';

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
        linesWorking(pricing, format).flatMap((line) => lineRows(line, context)),
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
    t('revisions.document.line', {
      // The text report gives its dates as written: 2026-05-01.
      value: revisionWords(documentRevision(budget), t, (iso) => iso),
    }),
    asAtLine(context),
  );
  return rows;
}

/**
 * A line as its working model says it (src/present/line-working.ts), as the need page and
 * the PDF do: its heading, when it is given, then each row of the working, the arithmetic
 * that gives the rounded figures the totals use.
 */
function lineRows(line: LineWorkingModel, { t }: Context): string[] {
  return [
    t('report.lineHeading', {
      id: line.id,
      domain: line.domain,
      activity: line.activity,
      resource: line.who,
    }),
    `    ${[line.when, ...(line.time === null ? [] : [line.time])].join(', ')}`,
    ...line.agreed.map((text) => `    ${text}`),
    ...line.paRates.map((text) => `    ${text}`),
    ...(line.noCost === null ? [] : [`    ${line.noCost}`]),
    ...line.steps.flatMap((step) => [`    ${step.text}`, `      ${step.detail}`]),
    ...line.shared.map((text) => `    ${text}`),
    ...line.rounding.map((text) => `    ${text}`),
  ];
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
    frequency: frequencyWords(amount.frequency, t),
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
