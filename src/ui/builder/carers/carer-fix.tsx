/**
 * What clears all of a carer's flags together: the care to move, named, with its hours
 * and sleep-ins, and a link to the what-if with exactly those lines chosen to see the cost.
 */
import { useTranslation } from '../../hooks/use-translation';
import { fixLines, type CarerFix as Fix } from '../../../domain/carer-burden';
import { formatHours, type Locale } from '../../../domain/format';
import type { NeedLine } from '../../../domain/schema/budget';
import { movesWords } from '../../../present/carers';
import { whatIfHref } from '../../routes';

export interface CarerFixProps {
  readonly budgetId: string;
  readonly fix: Fix;
  readonly lines: readonly NeedLine[];
  readonly locale: Locale;
}

export function CarerFix({ budgetId, fix, lines, locale }: CarerFixProps) {
  const { t } = useTranslation();
  return (
    <div className="app-carer-fix">
      <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">{t('carers.fix.heading')}</h3>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
        {t('carers.fix.move', {
          lines: fixLines(fix, lines)
            .map((line) => line.activity)
            .join(', '),
          moves: movesWords(
            t,
            { hours: fix.hours, hoursText: formatHours(fix.hours, locale), sleepIns: fix.sleepIns },
            'weekHours',
          ),
        })}
      </p>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
        <a className="nhsuk-link" href={whatIfHref(budgetId, fix.lineIds)}>
          {t('carers.fix.link')}
        </a>
      </p>
    </div>
  );
}
