/** The highest-cost budgets and the outlying ones, each with a button that opens it. */
import type { RankedBudget } from '../../domain/caseload/summary';
import { Table } from '../components/table';
import type { CaseloadFormat } from './use-caseload-format';
import { CaseloadOpenButton } from './caseload-open-button';

export interface CaseloadRankedProps<B extends RankedBudget = RankedBudget> {
  readonly budgets: readonly B[];
  /** Money columns after the annual cost, each from the budget's own figures. */
  readonly more?: readonly { readonly heading: string; readonly amount: (budget: B) => string }[];
  readonly caption: string;
  readonly format: CaseloadFormat;
  readonly onOpen: (file: string) => void;
}

export function CaseloadRanked<B extends RankedBudget>({
  budgets,
  more = [],
  caption,
  format,
  onOpen,
}: CaseloadRankedProps<B>) {
  const { t, money } = format;
  return (
    <Table
      caption={caption}
      captionSize="s"
      firstCellIsHeader
      responsive
      columns={[
        { heading: t('caseload.table.person') },
        { heading: t('caseload.table.file') },
        { heading: t('caseload.columns.annual'), numeric: true },
        ...more.map((column) => ({ heading: column.heading, numeric: true })),
        { heading: t('caseload.table.action') },
      ]}
      rows={budgets.map((budget) => ({
        key: budget.file,
        cells: [
          budget.person === '' ? budget.id : budget.person,
          <span className="app-caseload-file">{budget.file}</span>,
          money(budget.annual),
          ...more.map((column) => money(column.amount(budget))),
          <CaseloadOpenButton
            name={budget.person === '' ? budget.id : budget.person}
            file={budget.file}
            onOpen={() => onOpen(budget.file)}
          />,
        ],
      }))}
    />
  );
}
