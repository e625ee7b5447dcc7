/**
 * The working of a line's agreed rate or pay (pricing rule 17) and of its sharing (rule
 * 18), in words: who agreed the figure, the card's rate it replaces, what that changes a
 * week, and the week's cost divided between the people who share it. The need page, the
 * text report and the PDF all say it with these words; every figure is the domain's.
 */
import type { TFunction } from 'i18next';
import { formatRate } from '../domain/format';
import type { Money } from '../domain/money';
import { agreedDifference, atCardRates } from '../domain/pricing/agreed';
import { priceLine, type PricedLine } from '../domain/pricing/line';
import { weeksPerYearOf } from '../domain/pricing/per-card';
import { agreedOf } from '../domain/pricing/rates';
import type { RateCard } from '../domain/schema/rate-card';
import { directionOf, sizeOf } from './words';

type MoneyWords = (amount: Money | string) => string;

/** The card's own rates for the line, each once, as "£32.14" (before any PA on-costs). */
export function cardRatesOfLine(priced: PricedLine, card: RateCard): string[] {
  const atCard = priceLine(atCardRates(priced.line), card, weeksPerYearOf(card));
  return [...new Set(atCard.segments.map((segment) => `£${formatRate(segment.baseRate)}`))];
}

/**
 * "Agreed rate: £24.80 an hour, agreed by …, in place of the card's £32.14 an hour", then
 * what the line costs a week at the card's rates and the difference; none for a line at
 * the card's rates.
 */
export function agreedWorking(
  priced: PricedLine,
  card: RateCard,
  t: TFunction,
  money: MoneyWords,
): string[] {
  const agreed = agreedOf(priced.line);
  const difference = agreedDifference(priced, card);
  if (agreed === null || difference === null) return [];
  const per = t(agreed.unit === 'night' ? 'packages.perNight' : 'packages.perHour');
  return [
    t(agreed.kind === 'rate' ? 'packages.agreedRate' : 'packages.agreedPay', {
      figure: `£${formatRate(agreed.figure)}`,
      per,
      source: agreed.source,
      card: cardRatesOfLine(priced, card).join(t('packages.or')),
    }),
    t(`packages.difference.${directionOf(difference.weekly)}`, {
      card: money(difference.cardWeekly),
      difference: money(sizeOf(difference.weekly)),
    }),
  ];
}

/** "Shared by 3 people at the same time: £1,837.60 ÷ 3 = £612.533333…"; none for a line not shared. */
export function sharedWorking(priced: PricedLine, t: TFunction): string[] {
  if (priced.sharedBy === 1 || priced.segments.length === 0) return [];
  return [
    t('packages.shared', {
      count: priced.sharedBy,
      unshared: formatRate(priced.exactUnshared),
      exact: formatRate(priced.exactWeekly),
    }),
  ];
}
