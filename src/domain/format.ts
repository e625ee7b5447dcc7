/**
 * The one formatter for people: money and hours in the reader's locale (en-GB or cy-GB),
 * from exact decimal strings. Intl.NumberFormat reads a numeric string as an exact
 * decimal, so no amount ever passes through a binary float on its way to the page.
 */
import type Decimal from 'decimal.js';
import { exactForDisplay, roundHoursForDisplay, toMoneyText, type Money } from './money';

export type Locale = 'en-GB' | 'cy-GB';

const moneyFormats = new Map<string, Intl.NumberFormat>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** Pounds in the locale; `grouped` false writes no thousands separator (the command line's text). */
function moneyFormat(locale: Locale, grouped = true): Intl.NumberFormat {
  const key = `${locale}|${grouped}`;
  let format = moneyFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'GBP',
      useGrouping: grouped,
    });
    moneyFormats.set(key, format);
  }
  return format;
}

function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format;
}

/** "£1,234.56" from a penny amount or its two-decimal text. */
export function formatMoney(amount: Money | string, locale: Locale = 'en-GB'): string {
  const text = typeof amount === 'string' ? amount : toMoneyText(amount);
  return moneyFormat(locale).format(text as Intl.StringNumericLiteral);
}

/**
 * "£6439.89", "-£6439.89": two-decimal pounds with no thousands separator, as the command
 * line's text formats write amounts, signed as formatMoney signs them (the page's
 * "-£388.74", never "£-388.74").
 */
export function formatMoneyPlain(amount: Money | string, locale: Locale = 'en-GB'): string {
  const text = typeof amount === 'string' ? amount : toMoneyText(amount);
  return moneyFormat(locale, false).format(text as Intl.StringNumericLiteral);
}

/** "12.75" hours, rounded half-up to two places for display (pricing rule 8). */
export function formatHours(hours: Decimal, locale: Locale = 'en-GB'): string {
  return numberFormat(locale).format(roundHoursForDisplay(hours) as Intl.StringNumericLiteral);
}

/**
 * Hours in a sentence: a whole number without decimals ("20 hours or more a week", "1
 * hour"), any other amount as formatHours gives it ("12.75 hours"). Same rounding.
 */
export function formatHoursInProse(hours: Decimal, locale: Locale = 'en-GB'): string {
  const shown = roundHoursForDisplay(hours);
  return shown.endsWith('.00')
    ? wholeFormat(locale).format(shown.slice(0, -3) as Intl.StringNumericLiteral)
    : formatHours(hours, locale);
}

/**
 * The count that picks a plural form for hours in a sentence: one only for exactly one
 * hour as shown ("1 hour"); any other amount, 1.50 included, takes the plural.
 */
export function hoursPluralCount(hours: Decimal): number {
  return roundHoursForDisplay(hours) === '1.00' ? 1 : 2;
}

const wholeFormats = new Map<Locale, Intl.NumberFormat>();
function wholeFormat(locale: Locale): Intl.NumberFormat {
  let format = wholeFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    wholeFormats.set(locale, format);
  }
  return format;
}

/**
 * An exact intermediate figure in the working (a PA rate with on-costs, a cost before
 * rounding), in full up to six places; longer ones end in "…" to say they go on.
 */
export function formatExact(value: Decimal): string {
  return exactForDisplay(value, 6);
}

/** A rate or an unrounded cost: at least pence ("30.50"), in full up to six places. */
export function formatRate(value: Decimal): string {
  return value.decimalPlaces() <= 2 ? value.toFixed(2) : formatExact(value);
}
