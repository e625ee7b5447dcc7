/**
 * Dates in words, "31 March 2026" or "31 Mawrth 2026", in either language on any runtime.
 *
 * Why not Intl alone: Chromium's bundled ICU has no Welsh date data, so
 * `Intl.DateTimeFormat('cy-GB')` there falls back to American English ("March 31, 2026"),
 * while Node, with full ICU, gives "31 Mawrth 2026". Where the runtime lacks the locale,
 * the Welsh date is put together as CLDR's Welsh long date has it (day, month name,
 * year), with CLDR's Welsh month names: locale data, like Intl's own, not wording of the
 * app. A test holds this to Node's Intl for every month.
 */
import type { Locale } from './format';

/** CLDR's Welsh month names (format, wide), January to December. */
const WELSH_MONTHS = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
] as const;

export type DateZone = 'UTC' | 'device';

/** Whether this runtime's Intl has date data for the locale (not a fallback to another). */
export function intlHasLocale(locale: Locale): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
}

/** "31 Mawrth 2026", read in UTC or in the device's own time zone. */
function welshLongDate(date: Date, zone: DateZone): string {
  const utc = zone === 'UTC';
  const day = utc ? date.getUTCDate() : date.getDate();
  const month = utc ? date.getUTCMonth() : date.getMonth();
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  return `${day} ${WELSH_MONTHS[month] ?? ''} ${year}`;
}

/** A formatter of dates in words for the locale, made once and used for many dates. */
export function longDateFormatter(
  locale: Locale,
  zone: DateZone,
  hasLocale: boolean = intlHasLocale(locale),
): (date: Date) => string {
  if (locale === 'cy-GB' && !hasLocale) return (date) => welshLongDate(date, zone);
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(zone === 'UTC' ? { timeZone: 'UTC' } : {}),
  });
  return (date) => format.format(date);
}
