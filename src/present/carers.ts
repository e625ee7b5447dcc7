/**
 * The model of unpaid care, the same on the summary, in the PDF, in the text report and on
 * the carers page: per carer, their figures and each flag in sentences: what was found
 * against which threshold (with the carer's age when age is the reason), what would bring
 * the carer under it (for the nights flag, the care of which nights, as it is), and what
 * that would cost. One set of messages, `summary.carers`.
 */
import type Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import type { CarerBurden, CarerFlag, CarerFlagId, Severity } from '../domain/carer-burden';
import { hoursPluralCount } from '../domain/format';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import type { Carer } from '../domain/schema/budget';
import type { DocumentFormat } from './format';
import { carerScoreWords } from './plan-statement';
import { dayList } from './words';
import type { DocumentKey, TermKey } from '../i18n/message-keys';

/**
 * What moves to paid support, with no part that is nought: "1.50 hours of help in the night,
 * at the waking-night rate and 2 sleep-ins", or either part alone. `hours` names the hours'
 * phrase (the night's help, hours a week, or the text report's short "h").
 */
export function movesWords(
  t: TFunction,
  parts: { hours: Decimal; hoursText: string; sleepIns: number },
  hoursKey: 'nightHelp' | 'weekHours' | 'hoursShort',
): string {
  const hours = t(`terms.moves.${hoursKey}` as const satisfies TermKey, { hours: parts.hoursText });
  const counted = t('terms.moves.sleepIns', { count: parts.sleepIns });
  if (parts.sleepIns === 0) return hours;
  if (parts.hours.isZero()) return counted;
  return t('terms.moves.and', { first: hours, second: counted });
}

/** What a document needs to say a carer flag: the words and the two ways of saying hours. */
type FlagFormat = Pick<DocumentFormat, 't' | 'hoursInProse' | 'money'>;

/**
 * One carer flag as every output says it: the page, the PDF, the text report and the
 * carers page show these same sentences.
 */
export interface CarerFlagModel {
  readonly id: CarerFlagId;
  readonly severity: Severity;
  /** "Serious", said in words as well as by colour. */
  readonly severityLabel: string;
  /** The flag's name: "Not willing or able to give this care". */
  readonly name: string;
  /** Both together, where a line holds one: "Serious: Not willing or able to give this care". */
  readonly heading: string;
  /** What was found against which threshold (with the carer's age when age is the reason). */
  readonly found: string;
  /** What would bring the carer under it. */
  readonly relief: string;
  /** What that would cost a week, with a personal assistant or a registered provider. */
  readonly cost: string;
}

export function carerFlagModel(flag: CarerFlag, carer: Carer, format: FlagFormat): CarerFlagModel {
  const { t, money } = format;
  // In a sentence an hour count reads "20 hours", not "20.00 hours".
  const hours = format.hoursInProse;
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
  const severityLabel = t(
    `summary.carers.severity.${flag.severity}` as const satisfies DocumentKey,
  );
  const flagName = t(`terms.flag.${flag.id}` as const satisfies TermKey);
  const movesHours = !relief.hours.isZero();
  const movesNights = relief.nights > 0;
  const shape = movesHours && movesNights ? 'Both' : movesNights ? 'Nights' : 'Hours';
  const reliefKey = flag.id === 'carer-not-willing' ? `all${shape}` : shape.toLowerCase();
  return {
    id: flag.id,
    severity: flag.severity,
    severityLabel,
    name: flagName,
    heading: t('summary.carers.flag', { severity: severityLabel, flag: flagName }),
    found: t(`summary.carers.found.${foundKey}` as const satisfies DocumentKey, {
      name,
      found,
      threshold,
      age: carer.age,
      olderAge: flag.olderAge,
    }),
    // The nights flag moves the care of whole nights, as it is: say which nights and what it is.
    relief: relief.atNight
      ? t('summary.carers.relief.nightCare', {
          name,
          count: relief.days.length,
          days: dayList(relief.days, t),
          moves: movesWords(
            t,
            { hours: relief.hours, hoursText: hours(relief.hours), sleepIns: relief.nights },
            'nightHelp',
          ),
        })
      : t(`summary.carers.relief.${reliefKey}`, {
          name,
          hours: hours(relief.hours),
          count: relief.nights,
        }),
    cost: t('summary.carers.relief.cost', {
      pa: money(relief.paWeekly),
      provider: money(relief.providerWeekly),
    }),
  };
}

/** One unpaid carer as the summary and the PDF show them: a heading, three figures, the flags. */
export interface CarerPanelModel {
  readonly id: string;
  readonly heading: string;
  /** The figures' list, named for a screen reader: "Unpaid care given by Sam". */
  readonly figuresLabel: string;
  readonly figures: readonly {
    readonly id: 'hours' | 'nights' | 'caringDays' | 'score';
    readonly label: string;
    readonly value: string;
  }[];
  /** Said when no flag is raised; null when there are flags. */
  readonly noFlags: string | null;
  readonly flags: readonly CarerFlagModel[];
}

/** The section on unpaid care: the same heading, carers, figures and flags on every output. */
export interface CarersModel {
  readonly heading: string;
  readonly intro: string;
  /** Said when the plan relies on no unpaid carer; null when it does. */
  readonly none: string | null;
  readonly carers: readonly CarerPanelModel[];
}

export function carerPanelModel(burden: CarerBurden, format: DocumentFormat): CarerPanelModel {
  const { t, hoursInProse } = format;
  const { carer } = burden;
  return {
    id: carer.id,
    heading:
      carer.relationship === undefined || carer.relationship === ''
        ? t('summary.carers.name', { name: carer.name })
        : t('summary.carers.nameWithRelationship', {
            name: carer.name,
            relationship: carer.relationship,
          }),
    figuresLabel: t('summary.carers.figures', { name: carer.name }),
    figures: [
      {
        id: 'hours',
        label: t('summary.words.hoursAWeek'),
        value: t('summary.words.hours', {
          hours: hoursInProse(burden.hours),
          count: hoursPluralCount(burden.hours),
        }),
      },
      {
        id: 'nights',
        label: t('summary.carers.nightsLabel'),
        value: t('summary.words.nights', { count: burden.nights }),
      },
      {
        id: 'caringDays',
        label: t('summary.carers.caringDaysLabel'),
        value: t('summary.carers.days', { count: burden.caringDays }),
      },
      // Their own score from an assessment done elsewhere: the number, never the questions.
      ...(carer.score === undefined
        ? []
        : [
            {
              id: 'score' as const,
              label: t('planCover.score.label'),
              value: carerScoreWords(carer.score, format),
            },
          ]),
    ],
    noFlags: burden.flags.length === 0 ? t('summary.carers.noFlags', { name: carer.name }) : null,
    flags: burden.flags.map((flag) => carerFlagModel(flag, carer, format)),
  };
}

export function carersModel(pricing: BudgetPricing, format: DocumentFormat): CarersModel {
  const { t } = format;
  return {
    heading: t('summary.carers.heading'),
    intro: t('summary.carers.intro'),
    none: pricing.carers.length === 0 ? t('summary.carers.none') : null,
    carers: pricing.carers.map((burden) => carerPanelModel(burden, format)),
  };
}
