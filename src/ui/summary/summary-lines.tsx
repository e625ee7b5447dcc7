/**
 * The plan line by line: a table of need lines for each area of life that has any, in the
 * card's order, then the expenses, investments and personal assistant employer costs.
 */
import { useMemo } from 'react';
import type { PricedLine } from '../../domain/pricing/line';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { SummaryAmounts } from './summary-amounts';
import type { SummaryFormat } from './summary-format';
import { SummaryLinesTable } from './summary-lines-table';
import { SummarySection } from './summary-section';

export interface SummaryLinesProps {
  readonly pricing: BudgetPricing;
  readonly format: SummaryFormat;
}

export function SummaryLines({ pricing, format }: SummaryLinesProps) {
  const { t, labels } = format;
  const byDomain = useMemo(() => {
    const groups = new Map<string, PricedLine[]>(
      pricing.card.domains.map((domain) => [domain.id, []]),
    );
    for (const priced of pricing.lines) groups.get(priced.line.domain)?.push(priced);
    return [...groups].filter(([, lines]) => lines.length > 0);
  }, [pricing]);
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
          {byDomain.map(([domainId, domainLines]) => (
            <SummaryLinesTable
              key={domainId}
              caption={labels.domain(domainId)}
              lines={domainLines}
              format={format}
            />
          ))}
        </>
      )}
      <SummaryAmounts pricing={pricing} format={format} />
    </SummarySection>
  );
}
