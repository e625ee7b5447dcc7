/**
 * What changed in a need line, each part with its value before and after: "Length of each
 * visit: 45 → 60 minutes", "Hours a week: 5.25 → 7.00". The same words on the compare page
 * and in the compare command's text, and only for the parts that changed (the diff's list).
 */
import type Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import { formatHours, formatMoney, formatRate } from '../domain/format';
import { longDateFormatter } from '../domain/long-date';
import { parseMoney, type Money } from '../domain/money';
import type { PricedLine } from '../domain/pricing/line';
import type { BudgetDiff, LineDiff } from '../domain/revisions/diff';
import { visitMinutes, visitsPerDay, type LineChange } from '../domain/revisions/line-changes';
import type { NeedLine } from '../domain/schema/budget';
import { localeOf } from '../i18n/languages';
import { labelsFor, type Labels } from './labels';
import { datedWords, frequencyWords } from './time-words';
import { dayList, whoGivesIt } from './words';

export interface ChangeFormat {
  readonly t: TFunction;
  readonly labels: Labels;
  readonly hours: (hours: Decimal) => string;
  readonly money: (amount: Money) => string;
  /** "£33.75": an hourly or nightly rate as the reports print it. */
  readonly rate: (rate: Decimal) => string;
  readonly date: (iso: string) => string;
}

/** How a comparison says its parts, in the reader's language. */
export function changeFormat(diff: BudgetDiff, t: TFunction, language: string): ChangeFormat {
  const locale = localeOf(language);
  const longDate = longDateFormatter(locale, 'UTC');
  return {
    t,
    labels: diffLabels(diff, t, language),
    hours: (hours) => formatHours(hours, locale),
    money: (amount) => formatMoney(amount, locale),
    rate: (rate) => `£${formatRate(rate)}`,
    date: (iso) => longDate(new Date(iso)),
  };
}

/**
 * One sentence for each part of the line that changed, in the order people read a line.
 * Who gives it names the assistant ("Personal assistant: Jo Example"); the diff lists
 * "which assistant" only when one PA took over from another.
 */
export function lineChangeWords(diff: LineDiff, format: ChangeFormat): string[] {
  const { from, to } = diff;
  if (from === null || to === null) return [];
  return diff.changes.map((change) =>
    format.t(`revisions.detail.${change}`, {
      from: valueOf(change, from, format),
      to: valueOf(change, to, format),
    }),
  );
}

/** The rate or pay agreed for this line and who agreed it (rule 17), or the card's rate. */
function agreedWords(line: NeedLine, { t, rate }: ChangeFormat): string {
  const agreed = line.agreedRate ?? line.agreedPay;
  const figure = agreed?.hourly ?? agreed?.perNight;
  if (figure === undefined) return t('revisions.detail.noAgreed');
  return t('revisions.detail.agreedValue', {
    rate: rate(parseMoney(figure)),
    source: line.agreedSource ?? '',
  });
}

function valueOf(change: LineChange, priced: PricedLine, format: ChangeFormat): string {
  const { t, labels } = format;
  const { line } = priced;
  switch (change) {
    case 'activity':
      return line.activity;
    case 'domain':
      return labels.domain(line.domain);
    case 'schedule':
      return scheduleWords(line, t);
    case 'minutes':
      return String(visitMinutes(line) ?? 0);
    case 'visitsPerDay':
      return String(visitsPerDay(line) ?? 0);
    case 'workers':
      return String(line.workers);
    case 'frequency':
      return frequencyWords(line.frequency, t);
    case 'dates':
      return datedWords(line, t, format.date) || t('revisions.detail.noDates');
    case 'hours':
      return format.hours(priced.hours);
    case 'nights':
      return String(priced.nights);
    case 'resource':
      return whoGivesIt(line, t, labels);
    case 'assistant':
      return line.assistant === undefined
        ? t('revisions.detail.noAssistant')
        : labels.assistant(line.assistant);
    case 'agreed':
      return agreedWords(line, format);
    case 'shared':
      return line.sharedBy === undefined
        ? t('revisions.detail.notShared')
        : t('revisions.detail.sharedBy', { count: line.sharedBy });
    case 'rate':
      return segmentRates(priced, t).join(', ');
    case 'cost':
      return format.money(priced.weekly);
  }
}

/**
 * A line's rates as a sentence says them: "£20.00", or a PA's "£13.45 pay plus on-costs".
 * A PA's rate with on-costs has six decimals (£15.476915): that belongs in the working,
 * which shows it exactly, not in a sentence.
 */
export function segmentRates(priced: PricedLine, t: TFunction): string[] {
  return [
    ...new Set(
      priced.segments.map((segment) =>
        segment.baseRate.equals(segment.rate)
          ? `£${formatRate(segment.rate)}`
          : t('terms.payAndOnCosts', { pay: formatRate(segment.baseRate) }),
      ),
    ),
  ];
}

/** "Mon to Fri", "Mon to Fri, waking night", or a sleep-in's nights. */
function scheduleWords(line: NeedLine, t: TFunction): string {
  const days = dayList(line.days, t);
  if (line.kind === 'sleep-in') return t('terms.lineWords.sleepInDays', { days });
  return line.period === 'night' ? `${days}, ${t('terms.lineWords.night')}` : days;
}

/** Names from the later version first, then the earlier: a removed carer keeps their name. */
export function diffLabels(diff: BudgetDiff, t: TFunction, language: string): Labels {
  const from = labelsFor(diff.from, t, language);
  const to = labelsFor(diff.to, t, language);
  const either = (a: (id: string) => string, b: (id: string) => string) => (id: string) =>
    a(id) !== id ? a(id) : b(id);
  return {
    domain: either(to.domain, from.domain),
    provider: either(to.provider, from.provider),
    carer: either(to.carer, from.carer),
    assistant: either(to.assistant, from.assistant),
    resource: to.resource,
    resourceTitle: to.resourceTitle,
  };
}
