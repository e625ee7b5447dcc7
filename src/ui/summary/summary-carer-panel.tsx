/** One unpaid carer: hours, nights and caring days a week, then each flag raised. */
import { memo } from 'react';
import type { CarerPanelModel } from '../../present/carers';
import { SummaryList } from '../components/summary-list';
import { SummaryCarerFlag } from './summary-carer-flag';

export interface SummaryCarerPanelProps {
  readonly panel: CarerPanelModel;
}

// Memoised per carer, keyed by the carer's id in the list.
export const SummaryCarerPanel = memo(function SummaryCarerPanel({
  panel,
}: SummaryCarerPanelProps) {
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-m">{panel.heading}</h3>
        <SummaryList
          label={panel.figuresLabel}
          rows={panel.figures.map((figure) => ({
            key: figure.label,
            // The hours are a figure, set as the page sets figures.
            value:
              figure.id === 'hours' ? (
                <span className="app-figure">{figure.value}</span>
              ) : (
                figure.value
              ),
          }))}
        />
        {panel.noFlags !== null ? (
          <p className="nhsuk-body nhsuk-u-margin-bottom-0">{panel.noFlags}</p>
        ) : (
          panel.flags.map((flag) => <SummaryCarerFlag key={flag.id} flag={flag} />)
        )}
      </div>
    </div>
  );
});
