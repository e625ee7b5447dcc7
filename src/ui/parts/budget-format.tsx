/**
 * The reader's locale, and dates in words ("1 April 2025"). Money and hours are never
 * formatted here: they go through src/domain/format.ts.
 */
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/format';

export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'cy' ? 'cy-GB' : 'en-GB';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date in words. A plain `YYYY-MM-DD` (a rate card's validity) is a calendar date, read
 * in UTC so that it never shifts a day in a time zone west of Greenwich; a full timestamp
 * (when a budget changed) is shown in the device's own time zone.
 */
export function formatDate(iso: string, locale: Locale): string {
  const calendarDate = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const key = `${locale}|${calendarDate ? 'utc' : 'local'}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(calendarDate ? { timeZone: 'UTC' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format.format(new Date(iso));
}
