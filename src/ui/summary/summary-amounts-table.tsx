/** A table of expenses or employer costs: what, where, how much and how often, and the cost. */
import type { PricedAmount } from '../../domain/pricing/amounts';
import { Table, type TableColumn } from '../components/table';
import { VisuallyHidden } from '../components/visually-hidden';
import type { SummaryFormat } from './summary-format';
import { frequencyWords } from '../../present/words';

export interface SummaryAmountsTableProps {
  /** Names the table for screen readers; a visible h3 above it says the same. */
  readonly caption: string;
  readonly amounts: readonly PricedAmount[];
  readonly format: SummaryFormat;
  /** Employer costs are always General and never one-off, so those columns would say nothing. */
  readonly employerCosts?: boolean | undefined;
}

export function SummaryAmountsTable({
  caption,
  amounts,
  format,
  employerCosts = false,
}: SummaryAmountsTableProps) {
  const { t, money, labels, localise } = format;
  const columns: TableColumn[] = [
    { heading: t('summary.amounts.description') },
    ...(employerCosts ? [] : [{ heading: t('summary.words.area') }]),
    { heading: t('summary.words.amount'), numeric: true },
    { heading: t('summary.words.weekly'), numeric: true },
    { heading: t('summary.words.annual'), numeric: true },
    ...(employerCosts ? [] : [{ heading: t('summary.words.oneOff'), numeric: true }]),
  ];
  return (
    <Table
      caption={<VisuallyHidden>{caption}</VisuallyHidden>}
      firstCellIsHeader
      responsive
      columns={columns}
      rows={amounts.map((amount) => ({
        key: `${amount.source}:${amount.id}`,
        cells: [
          localise(amount.description),
          ...(employerCosts ? [] : [labels.domain(amount.domain)]),
          t('summary.amounts.amountValue', {
            amount: money(amount.amount),
            frequency: frequencyWords(amount.frequency, t),
          }),
          money(amount.weekly),
          money(amount.annual),
          ...(employerCosts ? [] : [money(amount.oneOff)]),
        ],
      }))}
    />
  );
}
