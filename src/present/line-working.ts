/**
 * A need line's working as people read it: the line's row (who gives the support, when,
 * its hours or nights, its rates, its weekly and yearly cost) and the working of its cost
 * step by step, so a person can check it with a calculator: any agreed rate or pay and
 * the card's rate it replaces (rule 17), a personal assistant's pay with on-costs, each
 * group of days as hours × rate = amount, the share of a line shared between people
 * (rule 18), then the one rounding and the year by the line's frequency (rules 3 and 9).
 *
 * The need page, the PDF's tables and the text report render this one model, so they say
 * each line in the same words. Built from the pricing, the translation function and the
 * document format; every figure is the domain's, none is worked out here.
 */
import type Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import { formatExact, formatRate, hoursPluralCount } from '../domain/format';
import { frequencyWorking } from '../domain/pricing/frequency';
import type { PricedLine, Segment } from '../domain/pricing/line';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import { paOnCostPercent } from '../domain/pricing/rates';
import type { NeedLine } from '../domain/schema/budget';
import type { DocumentFormat } from './format';
import type { Labels } from './labels';
import { agreedWorking, sharedWorking } from './package-working';
import { lineTimeWords } from './time-words';
import { dayList, whenItHappens, whoGivesIt } from './words';

/** One group of days priced at one rate: "Mon to Fri: 3.75 hours × £33.75 = £126.5625". */
export interface WorkingStep {
  /** The days, the hours (or nights) and the rate: the arithmetic of the amount. */
  readonly text: string;
  /** What the hours are made of: "5 days × 1 visit a day × 45 minutes × 1 worker". */
  readonly detail: string;
}

/**
 * What a line's row says of it before any figure: who gives the support and when. These
 * need no pricing, so the area page says them in these words for a budget that cannot be
 * priced yet, as the summary, the PDF and the text report do.
 */
export interface LineWords {
  /** "Registered provider: Example Homecare Ltd", "Personal assistant: Jo Bloggs". */
  readonly who: string;
  /** "45 minutes, 1 visit a day, Mon to Fri, waking night". */
  readonly when: string;
  /** How often its week comes and its dates, "every other week, from 1 June 2026"; null for every week. */
  readonly time: string | null;
}

export function lineWords(
  line: NeedLine,
  t: TFunction,
  labels: Labels,
  date: (iso: string) => string,
): LineWords {
  const time = lineTimeWords(line, t, date);
  return {
    who: whoGivesIt(line, t, labels),
    when: whenItHappens(line, t),
    time: time === '' ? null : time,
  };
}

/** Hours a week ("3.75") for visits, nights ("2 nights") for a sleep-in (rule 8). */
export function lineAmount(
  priced: PricedLine,
  t: TFunction,
  hours: (hours: Decimal) => string,
): string {
  return priced.line.kind === 'sleep-in'
    ? t('lines.working.nights', { count: priced.nights })
    : hours(priced.hours);
}

export interface LineWorkingModel extends LineWords {
  readonly id: string;
  readonly activity: string;
  /** The area of life, by name. */
  readonly domain: string;
  /** Hours a week ("3.75") for visits, nights ("2 nights") for a sleep-in (rule 8). */
  readonly amount: string;
  /** Each rate the line is priced at, with its days when they differ; "no cost" for none. */
  readonly rates: readonly string[];
  readonly weekly: string;
  readonly annual: string;
  /** Rule 17: the agreed rate or pay, the card's it replaces, and what that changes a week. */
  readonly agreed: readonly string[];
  /** A personal assistant's rate: pay with the card's on-costs, once for each different rate. */
  readonly paRates: readonly string[];
  /** The paid steps; none for a line at no cost to the budget. */
  readonly steps: readonly WorkingStep[];
  /** For a line at no cost to the budget: its hours or nights, said as at no cost; else null. */
  readonly noCost: string | null;
  /** Rule 18: the week's cost divided between the people who share it. */
  readonly shared: readonly string[];
  /** Rules 3 and 9: the one rounding to the penny, and the year, by the line's frequency. */
  readonly rounding: readonly string[];
}

/** Every line of the budget, in the budget's order. */
export function linesWorking(pricing: BudgetPricing, format: DocumentFormat): LineWorkingModel[] {
  return pricing.lines.map((priced) => lineWorking(priced, pricing, format));
}

/** One area of life's lines, in the order the budget has them. */
export interface DomainLines {
  /** The area's id. */
  readonly domain: string;
  /** The area's name. */
  readonly name: string;
  readonly lines: readonly LineWorkingModel[];
}

/** The areas of life that have lines, in the card's order, each with its lines' working. */
export function linesByDomain(pricing: BudgetPricing, format: DocumentFormat): DomainLines[] {
  const groups = new Map<string, PricedLine[]>(
    pricing.card.domains.map((domain) => [domain.id, []]),
  );
  for (const priced of pricing.lines) groups.get(priced.line.domain)?.push(priced);
  return [...groups]
    .filter(([, lines]) => lines.length > 0)
    .map(([domain, lines]) => ({
      domain,
      name: format.labels.domain(domain),
      lines: lines.map((priced) => lineWorking(priced, pricing, format)),
    }));
}

export function lineWorking(
  priced: PricedLine,
  pricing: BudgetPricing,
  format: DocumentFormat,
): LineWorkingModel {
  const { t, money, hours, labels } = format;
  const { line } = priced;
  const paid = priced.segments.length > 0;
  return {
    id: line.id,
    activity: line.activity,
    domain: labels.domain(line.domain),
    ...lineWords(line, t, labels, format.date),
    amount: lineAmount(priced, t, hours),
    rates: rates(priced, t),
    weekly: money(priced.weekly),
    annual: money(priced.annual),
    agreed: agreedWorking(priced, pricing.card, t, money),
    paRates: paRates(priced, pricing, t),
    steps: priced.segments.map((segment) => step(segment, priced, t)),
    noCost: paid ? null : noCost(priced, format),
    shared: sharedWorking(priced, t),
    rounding: paid ? rounding(priced, pricing, format) : [],
  };
}

/** The working as lines of text, in the order every document says it. */
export function workingSentences(model: LineWorkingModel): string[] {
  return [
    ...model.agreed,
    ...model.paRates,
    ...(model.noCost === null ? [] : [model.noCost]),
    ...model.steps.flatMap((step) => [step.text, step.detail]),
    ...model.shared,
    ...model.rounding,
  ];
}

const per = (segment: Segment, t: TFunction) =>
  t(segment.unit === 'night' ? 'lines.working.perNight' : 'lines.working.perHour');

/** Each step's rate (weekdays and weekend days can differ), PA rates with on-costs, unrounded. */
function rates({ segments }: PricedLine, t: TFunction): string[] {
  if (segments.length === 0) return [t('lines.working.noCostRate')];
  return segments.map((segment) => {
    const words = { rate: formatRate(segment.rate), per: per(segment, t) };
    return segments.length === 1
      ? t('lines.working.rate', words)
      : t('lines.working.rateOn', { ...words, days: dayList(segment.days, t) });
  });
}

/** "Personal assistant rate: £13.45 pay + 15.07% for holiday pay and pension = £15.476915 an hour". */
function paRates(priced: PricedLine, pricing: BudgetPricing, t: TFunction): string[] {
  if (priced.line.resource !== 'personal-assistant') return [];
  const percent = formatExact(paOnCostPercent(pricing.card));
  const said = priced.segments.map((segment) =>
    t('lines.working.paRate', {
      pay: formatRate(segment.baseRate),
      percent,
      rate: formatRate(segment.rate),
      per: per(segment, t),
    }),
  );
  // Weekday and weekend pay may be the same: each rate is said once.
  return [...new Set(said)];
}

function step(segment: Segment, { line }: PricedLine, t: TFunction): WorkingStep {
  const days = dayList(segment.days, t);
  const rate = formatRate(segment.rate);
  const amount = formatRate(segment.amount);
  const workers = t('lines.count.workers', { count: line.workers });
  if (line.kind === 'sleep-in') {
    const nights = segment.quantity.toNumber();
    return {
      text: t('lines.working.sleepInStep', {
        days,
        nights: t('lines.working.nights', { count: nights }),
        rate,
        amount,
      }),
      detail: t('lines.working.sleepInDetail', {
        nights: t('lines.working.nights', { count: segment.days.length }),
        workers,
      }),
    };
  }
  return {
    text: t('lines.working.visitsStep', {
      days,
      hours: formatExact(segment.quantity),
      count: segment.quantity.eq(1) ? 1 : 2,
      rate,
      amount,
    }),
    detail: t('lines.working.visitsDetail', {
      dayCount: t('lines.count.days', { count: segment.days.length }),
      visits: t('lines.count.visits', { count: line.visitsPerDay }),
      minutes: t('lines.count.minutes', { count: line.minutes }),
      workers,
    }),
  };
}

/** "2.00 hours a week, at no cost to the budget": an unpaid carer's or the community's. */
function noCost(priced: PricedLine, { t, hours }: DocumentFormat): string {
  return priced.line.kind === 'sleep-in'
    ? t('lines.working.noCostNights', {
        nights: t('lines.working.nights', { count: priced.nights }),
      })
    : t('lines.working.noCostHours', {
        hours: hours(priced.hours),
        count: hoursPluralCount(priced.hours),
      });
}

/**
 * From W, the exact cost of a week in which the line happens, to the rounded weekly and
 * annual figures, by its frequency (rule 9): each row is the arithmetic that gives the
 * figure the totals use.
 */
function rounding(priced: PricedLine, pricing: BudgetPricing, { t, money }: DocumentFormat) {
  const exact = formatRate(priced.exactWeekly);
  const weekly = money(priced.weekly);
  const annual = money(priced.annual);
  const weeks = pricing.card.weeksPerYear;
  const working = frequencyWorking(priced.exactWeekly, priced.frequency, pricing.weeksPerYear);
  const year = t('lines.working.annual', { weekly, weeks, annual });
  if (working === null) return [t('lines.working.weekly', { exact, weekly }), year];
  if (working.kind === 'every-weeks') {
    const share = formatRate(working.exactWeekly);
    return [t('lines.working.everyWeeks', { exact, every: working.weeks, share, weekly }), year];
  }
  const exactYear = formatRate(working.exactAnnual);
  return [
    t('lines.working.weeksAYearAnnual', { exact, times: working.weeks, year: exactYear, annual }),
    t('lines.working.weeksAYearWeekly', {
      year: exactYear,
      weeks,
      share: formatRate(working.exactWeekly),
      weekly,
    }),
  ];
}
