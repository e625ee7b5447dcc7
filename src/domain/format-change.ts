/** Differences for people: a sign on every change ("+£60.00", "-£5.00"), none on no change. */
import type Decimal from 'decimal.js';
import type { Locale } from './format';
import { roundHoursForDisplay, toMoneyText, type Money } from './money';

const formats = new Map<string, Intl.NumberFormat>();

function changeFormat(locale: Locale, money: boolean): Intl.NumberFormat {
  const key = `${locale}:${String(money)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, {
      ...(money
        ? { style: 'currency', currency: 'GBP' }
        : { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      signDisplay: 'exceptZero',
    });
    formats.set(key, format);
  }
  return format;
}

export function formatMoneyChange(amount: Money, locale: Locale = 'en-GB'): string {
  return changeFormat(locale, true).format(toMoneyText(amount) as Intl.StringNumericLiteral);
}

/** Hours rounded half-up to two places for display, with their sign. */
export function formatHoursChange(hours: Decimal, locale: Locale = 'en-GB'): string {
  return changeFormat(locale, false).format(
    roundHoursForDisplay(hours) as Intl.StringNumericLiteral,
  );
}
