/**
 * How a need line is said in words on the domain and line pages: who gives it, on which
 * days, and its hours or nights. Figures go through src/domain/format.ts; nothing here
 * works out an amount.
 */
import type { TFunction } from 'i18next';
import { DAYS, type Day } from '../../../domain/days';
import { formatHours, type Locale } from '../../../domain/format';
import type { PricedLine } from '../../../domain/pricing/line';
import type { NeedLine } from '../../../domain/schema/budget';
import type { RateCard } from '../../../domain/schema/rate-card';
import { localise } from '../../../i18n/localise';
import { dayList } from '../../../present/words';
import type { MessageKey } from '../../../i18n/message-keys';

/**
 * The days as every document says them ("Mon to Fri", "Sat, Sun": src/present/words.ts).
 * `allWeek` is what to say for all seven ("Every day"); the working of a cost names the
 * days instead.
 */
export function dayWords(
  days: readonly Day[],
  t: TFunction,
  allWeek: string | null = null,
): string {
  if (allWeek !== null && new Set(days).size === DAYS.length) return allWeek;
  return dayList(days, t);
}

/** "Registered provider: Example Homecare Ltd", "Unpaid carer: Sam", "Personal assistant: Pat". */
export function whoWords(
  line: NeedLine,
  card: RateCard | undefined,
  /** The name of the line's carer, or of its named assistant. */
  personName: string | undefined,
  t: TFunction,
  language: string,
): string {
  switch (line.resource) {
    case 'registered-provider': {
      if (line.provider === undefined) return t('lines.who.standardProvider');
      const provider = card?.registeredProvider.providers.find(
        (candidate) => candidate.id === line.provider,
      );
      return t('lines.who.provider', {
        name: provider === undefined ? line.provider : localise(provider.name, language),
      });
    }
    case 'unpaid-carer':
      return t('lines.who.carer', { name: personName ?? line.carer ?? '' });
    case 'personal-assistant':
      return line.assistant === undefined
        ? t('lines.who.assistant')
        : t('lines.who.assistantNamed', { name: personName ?? line.assistant });
    case 'community':
      return t('lines.who.community');
  }
}

/** "Mon–Fri, daytime", "Every day, waking night" or "Sleep-in: Fri, Sat". */
export function whenWords(line: NeedLine, t: TFunction): string {
  if (line.kind === 'sleep-in') {
    return t('lines.when.sleepIn', { days: dayWords(line.days, t, t('lines.when.everyNight')) });
  }
  return t('lines.when.visits', {
    days: dayWords(line.days, t, t('lines.when.everyDay')),
    period: t(`lines.when.period.${line.period}` as const satisfies MessageKey),
  });
}

/** "1 visit a day, 45 minutes each, 1 worker" or "1 worker each night". */
export function detailWords(line: NeedLine, t: TFunction): string {
  const workers = t('lines.count.workers', { count: line.workers });
  if (line.kind === 'sleep-in') return t('lines.when.sleepInWorkers', { workers });
  return t('lines.when.detail', {
    visits: t('lines.count.visits', { count: line.visitsPerDay }),
    minutes: t('lines.count.minutes', { count: line.minutes }),
    workers,
  });
}

/** Hours a week for visits ("5.25"), nights for a sleep-in ("2 nights"): rule 8. */
export function amountWords(priced: PricedLine, t: TFunction, locale: Locale): string {
  return priced.line.kind === 'sleep-in'
    ? t('lines.working.nights', { count: priced.nights })
    : formatHours(priced.hours, locale);
}

/** "Serves: I get up when I choose; I see my friends": the outcomes a line serves, in the person's words. */
export function servesWords(
  served: readonly string[] | undefined,
  words: ReadonlyMap<string, string>,
  t: TFunction,
): string | undefined {
  const named = (served ?? []).flatMap((id) => {
    const said = words.get(id);
    return said === undefined ? [] : [said];
  });
  return named.length === 0 ? undefined : t('lines.serves', { outcomes: named.join('; ') });
}
