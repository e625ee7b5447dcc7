/**
 * Hours and cost by who gives the support: the four resources and expenses, from
 * pricing.hoursWeekly and pricing.byResource. Each name is explained where it first
 * appears, as people reading about their own care may not know the words.
 */
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { Table } from '../components/table';
import type { SummaryFormat } from './summary-format';
import { SummarySection } from './summary-section';

export interface SummaryByResourceProps {
  readonly pricing: BudgetPricing;
  readonly format: SummaryFormat;
}

export function SummaryByResource({ pricing, format }: SummaryByResourceProps) {
  const { t, money, hours, labels } = format;
  const hasSleepIn = pricing.budget.lines.some((line) => line.kind === 'sleep-in');
  const rows = [...pricing.byResource].map(([id, amounts]) => {
    // Expenses are money, not time: the pricing has no hours for them.
    const resourceHours = id === 'expenses' ? undefined : pricing.hoursWeekly.get(id);
    return {
      key: id,
      cells: [
        // One element, so the phone layout keeps the name and its explanation together.
        <span className="app-summary-named">
          {labels.resourceTitle(id)}
          <span className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-display-block nhsuk-u-font-weight-normal nhsuk-u-margin-bottom-0">
            {t(`summary.byResource.explain.${id}`)}
          </span>
        </span>,
        resourceHours === undefined ? t('summary.byResource.noHours') : hours(resourceHours),
        money(amounts.weekly),
        money(amounts.annual),
      ],
    };
  });
  return (
    <SummarySection heading={t('summary.byResource.heading')}>
      <Table
        caption={t('summary.byResource.caption')}
        captionSize="s"
        firstCellIsHeader
        responsive
        columns={[
          { heading: t('summary.byResource.who') },
          { heading: t('summary.byResource.hours'), numeric: true },
          { heading: t('summary.byResource.weekly'), numeric: true },
          { heading: t('summary.byResource.annual'), numeric: true },
        ]}
        rows={rows}
      />
      {hasSleepIn && <p className="nhsuk-body">{t('summary.byResource.sleepInNote')}</p>}
    </SummarySection>
  );
}
