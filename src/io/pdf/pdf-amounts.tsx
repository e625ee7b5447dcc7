/**
 * Expenses, then investments apart (they should reduce future need), then the costs of
 * employing a personal assistant, each as the screen shows them.
 */
import type { PricedAmount } from '../../domain/pricing/amounts';
import type { BudgetPricing } from '../../domain/pricing/price-budget';
import { Paragraph, Subheading, Table, type Column } from './pdf-blocks';
import type { PdfFormat } from './pdf-format';
import { frequencyWords } from '../../present/words';

interface Props {
  readonly pricing: BudgetPricing;
  readonly format: PdfFormat;
}

export function PdfAmounts({ pricing, format }: Props) {
  const { t } = format;
  const expenses = pricing.expenses.filter((amount) => amount.kind === 'expense');
  const investments = pricing.expenses.filter((amount) => amount.kind === 'investment');
  return (
    <>
      <Subheading>{t('summary.amounts.expensesCaption')}</Subheading>
      {expenses.length === 0 ? (
        <Paragraph>{t('summary.amounts.noExpenses')}</Paragraph>
      ) : (
        <>
          <Paragraph note>{t('summary.amounts.expensesIntro')}</Paragraph>
          <AmountsTable amounts={expenses} format={format} />
        </>
      )}
      {investments.length > 0 && (
        <>
          <Subheading>{t('summary.amounts.investmentsCaption')}</Subheading>
          <Paragraph note>{t('pdf.amounts.investmentsIntro')}</Paragraph>
          <AmountsTable amounts={investments} format={format} />
        </>
      )}
      {pricing.employerCosts.length > 0 && (
        <>
          <Subheading>{t('summary.amounts.employerCaption')}</Subheading>
          <Paragraph note>{t('pdf.amounts.employerIntro')}</Paragraph>
          <AmountsTable amounts={pricing.employerCosts} format={format} />
        </>
      )}
    </>
  );
}

function AmountsTable({
  amounts,
  format,
}: {
  amounts: readonly PricedAmount[];
  format: PdfFormat;
}) {
  const { t, money, labels, localise } = format;
  const columns: Column[] = [
    { heading: t('summary.amounts.description'), width: '26%' },
    { heading: t('summary.words.area'), width: '18%' },
    { heading: t('summary.words.amount'), width: '17%', numeric: true },
    { heading: t('summary.words.weekly'), width: '12%', numeric: true },
    { heading: t('summary.words.annual'), width: '14%', numeric: true },
    { heading: t('summary.words.oneOff'), width: '13%', numeric: true },
  ];
  return (
    <Table
      columns={columns}
      rows={amounts.map((amount) => ({
        key: `${amount.source}:${amount.id}`,
        cells: [
          localise(amount.description),
          labels.domain(amount.domain),
          t('summary.amounts.amountValue', {
            amount: money(amount.amount),
            frequency: frequencyWords(amount.frequency, t),
          }),
          money(amount.weekly),
          money(amount.annual),
          money(amount.oneOff),
        ],
      }))}
    />
  );
}
