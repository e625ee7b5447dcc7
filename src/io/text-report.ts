/**
 * The readable report with the working: every line as `hours × rate = amount`, then the
 * rounding, then totals that are sums of the amounts shown, so a finance officer can
 * check each figure with a calculator.
 */
import type { TFunction } from 'i18next';
import { cardWarnings } from '../domain/card-warnings';
import type { CarerFlag } from '../domain/carer-burden';
import { DAYS, type Day } from '../domain/days';
import { formatExact, formatHours, formatMoney, formatRate, type Locale } from '../domain/format';
import type { Money } from '../domain/money';
import type { PricedAmount } from '../domain/pricing/amounts';
import type { PricedLine, Segment } from '../domain/pricing/line';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import { inertText } from '../domain/plain-text';
import { paOnCostPercent } from '../domain/pricing/rates';
import { documentRevision } from '../domain/revisions/history';
import { cardWarningWords } from '../i18n/card-warning-words';
import { localise } from '../i18n/localise';
import { revisionWords } from './revision-words';
import { labelsFor, type Labels } from './labels';

interface Context {
  readonly pricing: BudgetPricing;
  readonly t: TFunction;
  readonly labels: Labels;
  readonly locale: Locale;
  readonly language: string;
}

export function textReport(pricing: BudgetPricing, t: TFunction, language = 'en'): string {
  const context: Context = {
    pricing,
    t,
    labels: labelsFor(pricing, t, language),
    locale: language === 'cy' ? 'cy-GB' : 'en-GB',
    language,
  };
  return [
    ...header(context),
    ...section(t('report.linesHeading'), pricing.lines.flatMap((line) => lineWorking(line, context))),
    ...section(t('report.amountsHeading'), pricing.expenses.flatMap((amount) => amountWorking(amount, context))),
    ...(pricing.employerCosts.length === 0
      ? []
      : section(t('report.employerHeading'), pricing.employerCosts.flatMap((a) => amountWorking(a, context)))),
    ...totals(context),
    ...breakdowns(context),
    ...carers(context),
    ...comparisons(context),
    ...warnings(context),
    '',
    t('report.rounding'),
    '',
  ]
    // One row, one line: text from a file can never start a line of its own (plain-text.ts).
    .map(inertText)
    .join('\n');
}

function section(heading: string, body: string[]): string[] {
  return ['', heading, '-'.repeat(heading.length), ...body];
}

function header({ pricing, t, language }: Context): string[] {
  const { budget, card } = pricing;
  const rows = [
    t('report.title', { title: budget.title || budget.person.name, id: budget.id }),
    t('report.person', { name: budget.person.name }),
  ];
  if (budget.person.reference) rows.push(t('report.reference', { reference: budget.person.reference }));
  rows.push(
    t('report.fundingRoute', { route: t(`terms.fundingRoute.${budget.fundingRoute}`) }),
    t('report.rateCard', {
      name: localise(card.name, language),
      id: card.id,
      from: card.validFrom,
      to: card.validTo,
      weeks: card.weeksPerYear,
    }),
  );
  if (card.illustrative === true) rows.push(t('report.illustrative'));
  rows.push(t('revisions.document.line', { value: revisionWords(documentRevision(budget), t) }));
  return rows;
}

function lineWorking(priced: PricedLine, context: Context): string[] {
  const { t, labels, pricing, locale } = context;
  const { line } = priced;
  const who =
    line.provider !== undefined
      ? t('report.lineProvider', { resource: labels.resource(line.resource), provider: labels.provider(line.provider) })
      : line.carer !== undefined
        ? t('report.lineCarer', { resource: labels.resource(line.resource), carer: labels.carer(line.carer) })
        : labels.resource(line.resource);
  const rows = [
    t('report.lineHeading', { id: line.id, domain: labels.domain(line.domain), activity: line.activity, resource: who }),
  ];
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
  for (const segment of priced.segments) rows.push(`    ${segmentWorking(segment, priced, context)}`);
  rows.push(
    `    ${t('report.lineWeekly', { exact: formatRate(priced.exactWeekly), weekly: formatMoney(priced.weekly, locale) })}`,
  );
  rows.push(
    `    ${t('report.lineAnnual', {
      weekly: formatMoney(priced.weekly, locale),
      weeks: pricing.card.weeksPerYear,
      annual: formatMoney(priced.annual, locale),
    })}`,
  );
  return rows;
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
  const days = dayRange(segment.days, t);
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

/** "Mon–Fri", "Sat–Sun", or a list: "Mon, Wed, Fri". */
function dayRange(days: readonly Day[], t: TFunction): string {
  const indexes = days.map((day) => DAYS.indexOf(day));
  const first = indexes[0];
  const last = indexes.at(-1);
  const consecutive = first !== undefined && last !== undefined && last - first === days.length - 1;
  const name = (day: Day) => t(`terms.day.${day}`);
  if (consecutive && days.length > 2) return `${name(days[0] as Day)}–${name(days.at(-1) as Day)}`;
  return days.map(name).join(', ');
}

function amountWorking(amount: PricedAmount, { t, labels, locale, language, pricing }: Context): string[] {
  const heading = t('report.amountLine', {
    id: amount.id,
    description: localise(amount.description, language),
    domain: labels.domain(amount.domain),
    amount: formatMoney(amount.amount, locale),
    frequency: t(`terms.frequency.${amount.frequency}`),
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

function totals({ pricing, t, locale }: Context): string[] {
  const { weekly, annual, oneOff, firstYear } = pricing.totals;
  return section(t('report.totalsHeading'), [
    t('report.totalWeekly', { amount: formatMoney(weekly, locale) }),
    t('report.totalAnnual', { amount: formatMoney(annual, locale) }),
    t('report.totalOneOff', { amount: formatMoney(oneOff, locale) }),
    t('report.totalFirstYear', { amount: formatMoney(firstYear, locale) }),
  ]);
}

function breakdowns({ pricing, t, labels, locale }: Context): string[] {
  const row = (name: string, amounts: { weekly: Parameters<typeof formatMoney>[0]; annual: Parameters<typeof formatMoney>[0] }) =>
    t('report.bucketRow', { name, weekly: formatMoney(amounts.weekly, locale), annual: formatMoney(amounts.annual, locale) });
  return [
    ...section(t('report.byDomainHeading'), [...pricing.byDomain].map(([id, a]) => row(labels.domain(id), a))),
    ...section(t('report.byResourceHeading'), [...pricing.byResource].map(([id, a]) => row(labels.resourceTitle(id), a))),
    ...section(
      t('report.hoursHeading'),
      [...pricing.hoursWeekly].map(([id, hours]) =>
        t('report.hoursRow', { name: labels.resourceTitle(id), hours: formatHours(hours, locale) }),
      ),
    ),
  ];
}

function carers(context: Context): string[] {
  const { pricing, t, locale } = context;
  if (pricing.carers.length === 0) return [];
  return section(
    t('report.carersHeading'),
    pricing.carers.flatMap((burden) => [
      t('report.carerRow', {
        name: burden.carer.name,
        id: burden.carer.id,
        hours: formatHours(burden.hours, locale),
        nights: t('report.nightCount', { count: burden.nights }),
        days: t('report.caringDays', { count: burden.caringDays }),
      }),
      ...(burden.flags.length === 0
        ? [`    ${t('report.noFlags')}`]
        : burden.flags.flatMap((flag) => flagWorking(flag, context))),
    ]),
  );
}

function flagWorking(flag: CarerFlag, { t, locale }: Context): string[] {
  const common = { severity: t(`report.severity.${flag.severity}`), flag: t(`terms.flag.${flag.id}`), id: flag.id };
  const value = flag.measure === 'hours' || flag.measure === 'willing' ? formatHours(flag.found, locale) : flag.found.toString();
  const found = t(`report.measure.${flag.measure}`, { value });
  const heading =
    flag.threshold === null
      ? t('report.flagNoThreshold', common)
      : t('report.flagRow', { ...common, found, threshold: t(`report.measure.${flag.measure}`, { value: flag.threshold.toString() }) });
  const relief = t('report.flagRelief', {
    hours: formatHours(flag.relief.hours, locale),
    nights: flag.relief.nights,
    pa: formatMoney(flag.relief.paWeekly, locale),
    provider: formatMoney(flag.relief.providerWeekly, locale),
  });
  return [`    ${heading}`, `      ${relief}`];
}

function comparisons({ pricing, t, locale, language }: Context): string[] {
  const rows = pricing.settings.flatMap((comparison) => [
    t(comparison.setting.fncWeekly === undefined ? 'report.settingRow' : 'report.settingWithFnc', {
      name: localise(comparison.setting.name, language),
      fee: formatMoney(comparison.setting.weeklyFee, locale),
      fnc: formatMoney(comparison.setting.fncWeekly ?? '0.00', locale),
      weekly: formatMoney(comparison.weekly, locale),
      weeks: pricing.card.weeksPerYear,
      annual: formatMoney(comparison.annual, locale),
    }),
    `    ${signed(comparison.difference, 'report.settingCheaper', 'report.settingDearer', 'report.settingSame', t, locale)}`,
    `    ${
      comparison.extraProviderHours.isNegative()
        ? t('report.settingOver', { hours: formatHours(comparison.extraProviderHours.abs(), locale) })
        : t('report.settingHeadroom', { hours: formatHours(comparison.extraProviderHours, locale) })
    }`,
  ]);
  if (pricing.indicative !== null) {
    rows.push(
      t('report.indicative', { amount: formatMoney(pricing.indicative.amount, locale) }),
      `    ${signed(pricing.indicative.difference, 'report.indicativeUnder', 'report.indicativeOver', 'report.indicativeSame', t, locale)}`,
    );
  }
  return rows.length === 0 ? [] : section(t('report.settingsHeading'), rows);
}

/** A difference said in words ("£120.00 less"), never as a bare minus sign. */
function signed(difference: Money, less: string, more: string, same: string, t: TFunction, locale: Locale): string {
  if (difference.isZero()) return t(same);
  return t(difference.isNegative() ? less : more, { amount: formatMoney(difference.abs() as Money, locale) });
}

function warnings({ pricing, t, locale }: Context): string[] {
  const rows = [
    ...cardWarnings(pricing.card).map((warning) => cardWarningWords(warning, t)),
    ...pricing.warnings.map((warning) =>
    warning.id === 'over-indicative'
      ? t('terms.warning.over-indicative', { over: formatMoney(warning.over, locale) })
      : t(`terms.warning.${warning.id}`, { ...warning }),
    ),
  ];
  return section(t('report.warningsHeading'), rows.length === 0 ? [t('report.noWarnings')] : rows);
}
