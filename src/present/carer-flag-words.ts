/**
 * One carer flag in sentences, the same on the summary and in the PDF: what was found
 * against which threshold (with the carer's age when age is the reason), and what would
 * bring the carer under it (for the nights flag, the care of which nights, as it is).
 */
import type Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import type { CarerFlag } from '../domain/carer-burden';
import type { Carer } from '../domain/schema/budget';
import { dayList } from './words';

/**
 * What moves to paid support, with no part that is nought: "1.50 hours of help in the night,
 * at the waking-night rate and 2 sleep-ins", or either part alone. `hours` names the hours'
 * phrase (the night's help, hours a week, or the text report's short "h").
 */
export function movesWords(
  t: TFunction,
  parts: { hours: Decimal; hoursText: string; sleepIns: number },
  hoursKey: 'nightHelp' | 'nightHelpShort' | 'weekHours' | 'hoursShort',
  countKey: 'sleepIns' | 'nights' = 'sleepIns',
): string {
  const hours = t(`terms.moves.${hoursKey}`, { hours: parts.hoursText });
  const counted = t(`terms.moves.${countKey}`, { count: parts.sleepIns });
  if (parts.sleepIns === 0) return hours;
  if (parts.hours.isZero()) return counted;
  return t('terms.moves.and', { first: hours, second: counted });
}

export interface FlagWords {
  readonly found: string;
  readonly relief: string;
}

/** `root` is the message area: 'summary.carers' or 'pdf.carers', worded alike. */
export function carerFlagWords(
  flag: CarerFlag,
  carer: Carer,
  { t, hours }: { t: TFunction; hours: (hours: Decimal) => string },
  root: 'summary.carers' | 'pdf.carers',
): FlagWords {
  const name = carer.name;
  const counted = flag.measure === 'hours' || flag.measure === 'willing';
  // Hours are shown as hours; nights and days are whole counts the domain already holds.
  const found = counted ? hours(flag.found) : flag.found.toString();
  const threshold =
    flag.threshold === null ? '' : counted ? hours(flag.threshold) : flag.threshold.toString();
  // The older-or-unwell flag measures hours too, but only counts for such a carer: say why.
  const byAge = flag.olderAge !== undefined && carer.age !== undefined;
  const foundKey = byAge
    ? 'olderAge'
    : flag.id === 'carer-older-or-unwell'
      ? 'olderOrUnwell'
      : flag.measure;
  const { relief } = flag;
  if (relief.atNight) {
    return {
      found: t(`${root}.found.${foundKey}`, { name, found, threshold }),
      relief: t(`${root}.relief.nightCare`, {
        name,
        count: relief.days.length,
        days: dayList(relief.days, t),
        moves: movesWords(
          t,
          { hours: relief.hours, hoursText: hours(relief.hours), sleepIns: relief.nights },
          'nightHelp',
        ),
      }),
    };
  }
  const movesHours = !relief.hours.isZero();
  const movesNights = relief.nights > 0;
  const shape = movesHours && movesNights ? 'Both' : movesNights ? 'Nights' : 'Hours';
  const reliefKey = flag.id === 'carer-not-willing' ? `all${shape}` : shape.toLowerCase();
  return {
    found: t(`${root}.found.${foundKey}`, {
      name,
      found,
      threshold,
      age: carer.age,
      olderAge: flag.olderAge,
    }),
    relief: t(`${root}.relief.${reliefKey}`, {
      name,
      hours: hours(relief.hours),
      count: relief.nights,
    }),
  };
}
