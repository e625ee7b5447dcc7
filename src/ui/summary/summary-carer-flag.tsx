/**
 * One carer flag in plain words: its severity as a tag (with words, never colour alone),
 * what was found against which threshold, and what would bring the carer under it.
 */
import type { CarerFlagModel } from '../../present/carers';
import { SEVERITY_COLOUR } from '../components/severity-colour';
import { Tag } from '../components/tag';

export interface SummaryCarerFlagProps {
  readonly flag: CarerFlagModel;
}

export function SummaryCarerFlag({ flag }: SummaryCarerFlagProps) {
  return (
    <div className="app-summary-flag">
      <h4 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
        <Tag colour={SEVERITY_COLOUR[flag.severity]}>{flag.severityLabel}</Tag> {flag.name}
      </h4>
      <p className="nhsuk-body">{flag.found}</p>
      <p className="nhsuk-body">
        {flag.relief} {flag.cost}
      </p>
    </div>
  );
}
