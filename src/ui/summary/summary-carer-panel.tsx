/** One unpaid carer: hours, nights and caring days a week, then each flag raised. */
import { memo } from 'react';
import type { CarerBurden } from '../../domain/carer-burden';
import { SummaryList } from '../components/summary-list';
import { SummaryCarerFlag } from './summary-carer-flag';
import type { SummaryFormat } from './summary-format';
import { hoursPluralCount } from '../../domain/format';

export interface SummaryCarerPanelProps {
  readonly burden: CarerBurden;
  readonly format: SummaryFormat;
}

// Memoised per carer, keyed by the carer's id in the list.
export const SummaryCarerPanel = memo(function SummaryCarerPanel({
  burden,
  format,
}: SummaryCarerPanelProps) {
  const { t, hoursInProse } = format;
  const { carer } = burden;
  const heading =
    carer.relationship === undefined || carer.relationship === ''
      ? t('summary.carers.name', { name: carer.name })
      : t('summary.carers.nameWithRelationship', {
          name: carer.name,
          relationship: carer.relationship,
        });
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-m">{heading}</h3>
        <SummaryList
          label={t('summary.carers.figures', { name: carer.name })}
          rows={[
            {
              key: t('summary.carers.hoursLabel'),
              value: (
                <span className="app-figure">
                  {t('summary.carers.hoursValue', {
                    hours: hoursInProse(burden.hours),
                    count: hoursPluralCount(burden.hours),
                  })}
                </span>
              ),
            },
            {
              key: t('summary.carers.nightsLabel'),
              value: t('summary.carers.nights', { count: burden.nights }),
            },
            {
              key: t('summary.carers.caringDaysLabel'),
              value: t('summary.carers.days', { count: burden.caringDays }),
            },
          ]}
        />
        {burden.flags.length === 0 ? (
          <p className="nhsuk-body nhsuk-u-margin-bottom-0">
            {t('summary.carers.noFlags', { name: carer.name })}
          </p>
        ) : (
          burden.flags.map((flag) => (
            <SummaryCarerFlag key={flag.id} flag={flag} carer={carer} format={format} />
          ))
        )}
      </div>
    </div>
  );
});
