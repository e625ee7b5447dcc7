/**
 * Saying figures in words, the same way on the screen, in the PDF and in the reports:
 * differences by direction ("£120.00 less") rather than a minus sign, and days as runs.
 */
import type Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import { DAYS, sortDays, type Day } from '../domain/days';
import type { NeedLine } from '../domain/schema/budget';
import type { Frequency } from '../domain/schema/budget-values';
import type { Labels } from './labels';
import type { TermKey } from '../i18n/message-keys';

/** Which way a difference goes (the domain's one rule), said here beside its size. */
export { directionOf, type Direction } from '../domain/direction';

/**
 * The size of a difference, printed after words that already say its direction. Dropping
 * the sign of a penny amount is not a calculation: the pennies are the domain's, unchanged.
 */
export function sizeOf<T extends Decimal>(amount: T): T {
  return amount.abs() as T;
}

/** How often an expense is paid, as every document says it: "a week", "a month", "one-off". */
export function frequencyWords(frequency: Frequency, t: TFunction): string {
  return t(`terms.frequency.${frequency}` as const satisfies TermKey);
}

/** "Mon to Fri" for a run of three days or more, otherwise a list: "Tue, Fri". */
export function dayList(days: readonly Day[], t: TFunction): string {
  const sorted = sortDays(days);
  const name = (day: Day) => t(`terms.day.${day}` as const satisfies TermKey);
  const first = sorted[0];
  const last = sorted.at(-1);
  const run =
    sorted.length > 2 &&
    sorted.every(
      (day, index) =>
        index === 0 || DAYS.indexOf(day) === DAYS.indexOf(sorted[index - 1] as Day) + 1,
    );
  if (run && first !== undefined && last !== undefined) {
    return t('terms.dayRun', { first: name(first), last: name(last) });
  }
  return sorted.map(name).join(', ');
}

/**
 * Who gives a line's support: "Registered provider: Example Homecare Ltd", "Unpaid carer:
 * Sam", "Personal assistant: Jo Bloggs", or the kind alone when the line names nobody
 * ("Registered provider" at the card's standard rate, "Community"). Who, not at what
 * rate: every document that shows a line shows its rate or its cost beside it.
 */
export function whoGivesIt(line: NeedLine, t: TFunction, labels: Labels): string {
  const resource = labels.resourceTitle(line.resource);
  const name =
    line.provider !== undefined
      ? labels.provider(line.provider)
      : line.carer !== undefined
        ? labels.carer(line.carer)
        : line.assistant !== undefined
          ? labels.assistant(line.assistant)
          : undefined;
  return name === undefined ? resource : t('terms.lineWords.whoNamed', { resource, name });
}

/** When a line's support happens: "45 minutes, 1 visit a day, Mon to Fri, waking night". */
export function whenItHappens(line: NeedLine, t: TFunction): string {
  const days = dayList(line.days, t);
  const parts =
    line.kind === 'sleep-in'
      ? [t('terms.lineWords.sleepInDays', { days })]
      : [
          t('terms.lineWords.visits', { minutes: line.minutes, count: line.visitsPerDay, days }),
          ...(line.period === 'night' ? [t('terms.lineWords.night')] : []),
        ];
  if (line.workers > 1) parts.push(t('terms.lineWords.workers', { count: line.workers }));
  return parts.join(', ');
}

/** "Serves: I get up when I choose; I see my friends": the outcomes a line serves, in the person's words. */
export function servesWords(
  served: readonly string[] | undefined,
  outcomes: ReadonlyMap<string, string>,
  t: TFunction,
): string | undefined {
  const named = (served ?? []).flatMap((id) => {
    const said = outcomes.get(id);
    return said === undefined ? [] : [said];
  });
  return named.length === 0 ? undefined : t('lines.serves', { outcomes: named.join('; ') });
}
