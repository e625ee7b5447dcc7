/**
 * The reader's locale, and dates in words ("1 April 2025"). Money and hours are never
 * formatted here: they go through src/domain/format.ts.
 */
import { useTranslation } from './use-translation';
import type { Locale } from '../../domain/format';
import { longDateFormatter } from '../../domain/long-date';
import { localeOf } from '../../i18n/languages';

export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return localeOf(i18n.language);
}

const dateFormats = new Map<string, (date: Date) => string>();

/**
 * A date in words. A plain `YYYY-MM-DD` (a rate card's validity) is a calendar date, read
 * in UTC so that it never shifts a day in a time zone west of Greenwich; a full timestamp
 * (when a budget changed) is shown in the device's own time zone.
 */
export function formatDate(iso: string, locale: Locale): string {
  const zone = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'UTC' : 'device';
  const key = `${locale}|${zone}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = longDateFormatter(locale, zone);
    dateFormats.set(key, format);
  }
  return format(new Date(iso));
}
