/**
 * One carer flag in plain words: its severity as a tag (with words, never colour alone),
 * what was found against which threshold, and what would bring the carer under it.
 */
import type { CarerFlag, Severity } from '../../domain/carer-burden';
import { Tag, type TagColour } from '../components/tag';
import type { SummaryFormat } from './summary-format';

export interface SummaryCarerFlagProps {
  readonly flag: CarerFlag;
  readonly carerName: string;
  readonly format: SummaryFormat;
}

const SEVERITY_COLOUR: Record<Severity, TagColour> = {
  notice: 'blue',
  warning: 'orange',
  serious: 'red',
};

export function SummaryCarerFlag({ flag, carerName, format }: SummaryCarerFlagProps) {
  const { t, hours, hoursInProse, money } = format;
  const counted = flag.measure === 'hours' || flag.measure === 'willing';
  // Hours are shown as hours; nights and days are whole counts the domain already holds.
  const found = counted ? hoursInProse(flag.found) : flag.found.toString();
  const threshold =
    // A threshold in a sentence reads "20 hours", not "20.00 hours".
    flag.threshold === null ? '' : counted ? hoursInProse(flag.threshold) : flag.threshold.toString();
  // The older-or-unwell flag measures hours too, but only counts for such a carer: say why.
  const foundKey = flag.id === 'carer-older-or-unwell' ? 'olderOrUnwell' : flag.measure;
  const { relief } = flag;
  const allOfIt = flag.id === 'carer-not-willing';
  const movesHours = !relief.hours.isZero();
  const movesNights = relief.nights > 0;
  const shape = movesHours && movesNights ? 'Both' : movesNights ? 'Nights' : 'Hours';
  const reliefKey = allOfIt ? `all${shape}` : shape.toLowerCase();
  return (
    <div className="app-summary-flag">
      <h4 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
        <Tag colour={SEVERITY_COLOUR[flag.severity]}>
          {t(`summary.carers.severity.${flag.severity}`)}
        </Tag>{' '}
        {t(`terms.flag.${flag.id}`)}
      </h4>
      <p className="nhsuk-body">
        {t(`summary.carers.found.${foundKey}`, { name: carerName, found, threshold })}
      </p>
      <p className="nhsuk-body">
        {t(`summary.carers.relief.${reliefKey}`, {
          name: carerName,
          hours: hours(relief.hours),
          count: relief.nights,
        })}{' '}
        {t('summary.carers.relief.cost', {
          pa: money(relief.paWeekly),
          provider: money(relief.providerWeekly),
        })}
      </p>
    </div>
  );
}
