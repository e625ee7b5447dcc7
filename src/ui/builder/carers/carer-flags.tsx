/**
 * A carer's flags: each flag's name as a tag coloured by how serious it is, what was
 * found against which threshold, and what moving care to paid support would take. Every
 * figure comes from the domain's carer burden; this only words and formats it.
 */
import { useTranslation } from 'react-i18next';
import type { CarerFlag, Severity } from '../../../domain/carer-burden';
import { formatHours, formatHoursInProse, formatMoney, type Locale } from '../../../domain/format';
import { movesWords } from '../../../present/carer-flag-words';
import { dayList } from '../../../present/words';
import { Tag, type TagColour } from '../../components/tag';

/** NHS.UK tag colours: blue to note, orange to warn, red for what needs acting on. */
const SEVERITY_COLOUR: Readonly<Record<Severity, TagColour>> = {
  notice: 'blue',
  warning: 'orange',
  serious: 'red',
};

export interface CarerFlagsProps {
  readonly flags: readonly CarerFlag[];
  /** The carer's age, said when it is the reason for a flag. */
  readonly age: number | undefined;
  readonly locale: Locale;
}

export function CarerFlags({ flags, age, locale }: CarerFlagsProps) {
  const { t } = useTranslation();
  if (flags.length === 0) return <>{t('carers.noFlags')}</>;

  const detail = (flag: CarerFlag): string => {
    if (flag.olderAge !== undefined && age !== undefined) {
      return t('carers.flagDetail.carer-older-or-unwell-age', {
        age,
        olderAge: flag.olderAge,
        found: formatHours(flag.found, locale),
        threshold: flag.threshold === null ? '' : formatHours(flag.threshold, locale),
      });
    }
    if (flag.measure === 'hours') {
      return t(`carers.flagDetail.${flag.id}`, {
        found: formatHoursInProse(flag.found, locale),
        threshold: flag.threshold === null ? '' : formatHoursInProse(flag.threshold, locale),
      });
    }
    if (flag.measure === 'nights') {
      // Nights are whole counts, not hours or money: plain whole numbers.
      return t('carers.flagDetail.carer-nights', {
        count: flag.found.toNumber(),
        threshold: flag.threshold?.toFixed(0) ?? '',
      });
    }
    return t(`carers.flagDetail.${flag.id}`);
  };

  const relief = (flag: CarerFlag): string | null => {
    const { hours, nights, paWeekly, providerWeekly } = flag.relief;
    const costs = {
      pa: formatMoney(paWeekly, locale),
      provider: formatMoney(providerWeekly, locale),
    };
    if (flag.relief.atNight) {
      // The care of whole nights moves as it is: which nights, their night help and sleep-ins.
      return t('carers.relief.nightCare', {
        count: flag.relief.days.length,
        days: dayList(flag.relief.days, t),
        moves: movesWords(
          t,
          { hours, hoursText: formatHours(hours, locale), sleepIns: nights },
          'nightHelp',
        ),
        ...costs,
      });
    }
    const someHours = !hours.isZero();
    if (someHours && nights > 0) {
      return t('carers.relief.both', {
        hours: formatHours(hours, locale),
        count: nights,
        ...costs,
      });
    }
    if (someHours) return t('carers.relief.hours', { hours: formatHours(hours, locale), ...costs });
    if (nights > 0) return t('carers.relief.nights', { count: nights, ...costs });
    return null;
  };

  return (
    <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
      {flags.map((flag) => (
        <li key={flag.id}>
          <Tag colour={SEVERITY_COLOUR[flag.severity]}>{t(`terms.flag.${flag.id}`)}</Tag>
          <p className="nhsuk-body-s nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-2">
            {detail(flag)} {relief(flag)}
          </p>
        </li>
      ))}
    </ul>
  );
}
