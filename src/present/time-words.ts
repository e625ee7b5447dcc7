/**
 * The plan in time in words, the same on the screen, in the PDF and in the CSV: how often
 * a line's week comes ("every other week", "4 weeks a year, averaged") and the days it is
 * given ("from 1 June 2026 until 31 July 2026").
 */
import type { TFunction } from 'i18next';
import type { LineFrequency } from '../domain/schema/budget';

/** "every week", "every other week", "every 3 weeks", "2 weeks a year, averaged". */
export function frequencyWords(frequency: LineFrequency | undefined, t: TFunction): string {
  if (frequency?.everyWeeks !== undefined) {
    return frequency.everyWeeks === 2
      ? t('forms.timeWords.everyOtherWeek')
      : t('forms.timeWords.everyWeeks', { count: frequency.everyWeeks });
  }
  if (frequency?.weeksAYear !== undefined)
    return t('forms.timeWords.weeksAYear', { count: frequency.weeksAYear });
  return t('forms.timeWords.everyWeek');
}

/** "from 1 June 2026 until 31 July 2026", "from 1 June 2026", "until …", or '' for no limit. */
export function datedWords(
  dated: { readonly from?: string | undefined; readonly until?: string | undefined },
  t: TFunction,
  formatDate: (iso: string) => string,
): string {
  const { from, until } = dated;
  if (from !== undefined && until !== undefined) {
    return t('forms.timeWords.fromUntil', { from: formatDate(from), until: formatDate(until) });
  }
  if (from !== undefined) return t('forms.timeWords.from', { from: formatDate(from) });
  if (until !== undefined) return t('forms.timeWords.until', { until: formatDate(until) });
  return '';
}

/** A line's time in one phrase: "every other week, from 1 June 2026"; '' for every week with no dates. */
export function lineTimeWords(
  line: {
    readonly frequency?: LineFrequency | undefined;
    readonly from?: string | undefined;
    readonly until?: string | undefined;
  },
  t: TFunction,
  formatDate: (iso: string) => string,
): string {
  const parts = [
    ...(line.frequency === undefined ? [] : [frequencyWords(line.frequency, t)]),
    datedWords(line, t, formatDate),
  ].filter((part) => part !== '');
  return parts.join(', ');
}

/** An amount's time: a one-off's date ("on 15 May 2026"), a recurring amount's first and last days. */
export function expenseTimeWords(
  expense: {
    readonly date?: string | undefined;
    readonly from?: string | undefined;
    readonly until?: string | undefined;
  },
  t: TFunction,
  formatDate: (iso: string) => string,
): string {
  if (expense.date !== undefined)
    return t('forms.timeWords.on', { date: formatDate(expense.date) });
  return datedWords(expense, t, formatDate);
}
