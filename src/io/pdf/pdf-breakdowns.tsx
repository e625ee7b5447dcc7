/** Cost by area of life, then hours and cost by who gives the support, as on screen. */
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { KEEP_TOGETHER_ROWS, Paragraph, Section, Table } from './pdf-blocks';
import type { PdfFormat } from './pdf-format';

interface Props {
  readonly pricing: BudgetPricing;
  readonly format: PdfFormat;
}

export function PdfByDomain({ pricing, format }: Props) {
  const { t, money, labels } = format;
  return (
    <Section heading={t('pdf.byDomain.heading')} keep={pricing.byDomain.size <= KEEP_TOGETHER_ROWS}>
      <Paragraph note>{t('pdf.byDomain.intro')}</Paragraph>
      <Table
        columns={[
          { heading: t('pdf.byDomain.area'), width: '46%' },
          { heading: t('pdf.byDomain.weekly'), width: '18%', numeric: true },
          { heading: t('pdf.byDomain.annual'), width: '18%', numeric: true },
          { heading: t('pdf.byDomain.oneOff'), width: '18%', numeric: true },
        ]}
        rows={[...pricing.byDomain].map(([id, amounts]) => ({
          key: id,
          cells: [
            labels.domain(id),
            money(amounts.weekly),
            money(amounts.annual),
            money(amounts.oneOff),
          ],
        }))}
      />
    </Section>
  );
}

export function PdfByResource({ pricing, format }: Props) {
  const { t, money, hours, labels } = format;
  const hasSleepIn = pricing.budget.lines.some((line) => line.kind === 'sleep-in');
  return (
    <Section heading={t('pdf.byResource.heading')} keep>
      <Table
        columns={[
          { heading: t('pdf.byResource.who'), width: '40%' },
          { heading: t('pdf.byResource.hours'), width: '20%', numeric: true },
          { heading: t('pdf.byResource.weekly'), width: '20%', numeric: true },
          { heading: t('pdf.byResource.annual'), width: '20%', numeric: true },
        ]}
        rows={[...pricing.byResource].map(([id, amounts]) => {
          // Expenses are money, not time: the pricing has no hours for them.
          const resourceHours = id === 'expenses' ? undefined : pricing.hoursWeekly.get(id);
          return {
            key: id,
            cells: [
              labels.resourceTitle(id),
              resourceHours === undefined ? t('pdf.byResource.noHours') : hours(resourceHours),
              money(amounts.weekly),
              money(amounts.annual),
            ],
          };
        })}
      />
      {hasSleepIn && <Paragraph note>{t('pdf.byResource.sleepInNote')}</Paragraph>}
    </Section>
  );
}
