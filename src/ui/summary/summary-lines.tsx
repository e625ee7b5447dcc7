/**
 * The plan line by line: a table of need lines for each area of life that has any, in the
 * card's order, then the expenses, investments and personal assistant employer costs.
 */
import { useMemo } from 'react';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { linesByDomain } from '../../present/line-working';
import { SummaryAmounts } from './summary-amounts';
import type { SummaryFormat } from './summary-format';
import { SummaryLinesTable } from './summary-lines-table';
import { SummarySection } from './summary-section';

export interface SummaryLinesProps {
  readonly pricing: BudgetPricing;
  readonly format: SummaryFormat;
}

export function SummaryLines({ pricing, format }: SummaryLinesProps) {
  const { t } = format;
  const byDomain = useMemo(() => linesByDomain(pricing, format), [pricing, format]);
  const { lines } = pricing.budget;
  const hasSleepIn = lines.some((line) => line.kind === 'sleep-in');
  const hasDoubleHanded = lines.some((line) => line.workers > 1);
  return (
    <SummarySection heading={t('summary.lines.heading')}>
      {byDomain.length === 0 ? (
        <p className="nhsuk-body">{t('summary.lines.none')}</p>
      ) : (
        <>
          <p className="nhsuk-body">{t('summary.lines.intro')}</p>
          {hasSleepIn && <p className="nhsuk-body">{t('summary.lines.sleepIn')}</p>}
          {hasDoubleHanded && <p className="nhsuk-body">{t('summary.lines.doubleHanded')}</p>}
          {byDomain.map((area) => (
            <SummaryLinesTable
              key={area.domain}
              caption={area.name}
              lines={area.lines}
              format={format}
            />
          ))}
        </>
      )}
      <SummaryAmounts pricing={pricing} format={format} />
    </SummarySection>
  );
}
