/**
 * One carer flag in plain words: its severity as a tag (with words, never colour alone),
 * what was found against which threshold, and what would bring the carer under it.
 */
import type { CarerFlag, Severity } from '../../domain/carer-burden';
import type { Carer } from '../../domain/schema/budget';
import { carerFlagWords } from '../../present/carer-flag-words';
import { Tag, type TagColour } from '../components/tag';
import type { SummaryFormat } from './summary-format';

export interface SummaryCarerFlagProps {
  readonly flag: CarerFlag;
  readonly carer: Carer;
  readonly format: SummaryFormat;
}

const SEVERITY_COLOUR: Record<Severity, TagColour> = {
  notice: 'blue',
  warning: 'orange',
  serious: 'red',
};

export function SummaryCarerFlag({ flag, carer, format }: SummaryCarerFlagProps) {
  const { t, hoursInProse, money } = format;
  // In a sentence an hour count reads "20 hours", not "20.00 hours".
  const words = carerFlagWords(flag, carer, { t, hours: hoursInProse }, 'summary.carers');
  const { relief } = flag;
  return (
    <div className="app-summary-flag">
      <h4 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
        <Tag colour={SEVERITY_COLOUR[flag.severity]}>
          {t(`summary.carers.severity.${flag.severity}`)}
        </Tag>{' '}
        {t(`terms.flag.${flag.id}`)}
      </h4>
      <p className="nhsuk-body">{words.found}</p>
      <p className="nhsuk-body">
        {words.relief}{' '}
        {t('summary.carers.relief.cost', {
          pa: money(relief.paWeekly),
          provider: money(relief.providerWeekly),
        })}
      </p>
    </div>
  );
}
