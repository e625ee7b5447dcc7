/**
 * The plan's expenses and investments with what each adds a week, a year and once, and
 * the total of them all: every figure from the budget's pricing, formatted only.
 */
import { useTranslation } from '../../hooks/use-translation';
import { formatMoney, type Locale } from '../../../domain/format';
import type { PricedAmount } from '../../../domain/pricing/amounts';
import type { Recurring } from '../../../domain/pricing/totals';
import type { Expense } from '../../../domain/schema/budget';
import { classNames } from '../../components/class-names';
import { ExpenseCell } from './expense-cell';
import { ExpenseRow } from './expense-row';
import type { MessageKey } from '../../../i18n/message-keys';

export interface ExpenseTableProps {
  readonly budgetId: string;
  readonly expenses: readonly Expense[];
  /** The priced amounts by expense id; empty when the budget cannot be priced. */
  readonly priced: ReadonlyMap<string, PricedAmount>;
  /** The expenses bucket of the pricing (rule 7); undefined when it cannot be priced. */
  readonly total: Recurring | undefined;
  readonly domainName: (id: string | undefined) => string;
  readonly locale: Locale;
  readonly onRemove: (expenseId: string) => void;
}

export function ExpenseTable({
  budgetId,
  expenses,
  priced,
  total,
  domainName,
  locale,
  onRemove,
}: ExpenseTableProps) {
  const { t } = useTranslation();
  const columns = [
    { key: 'description', numeric: false },
    { key: 'domain', numeric: false },
    { key: 'amount', numeric: true },
    { key: 'weekly', numeric: true },
    { key: 'annual', numeric: true },
    { key: 'oneOff', numeric: true },
    { key: 'actions', numeric: false },
  ] as const;
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--m">
        {t('expenses.table.caption')}
      </caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          {columns.map((column) => (
            <th
              key={column.key}
              className={classNames(
                'nhsuk-table__header',
                column.numeric && 'nhsuk-table__header--numeric',
              )}
              scope="col"
              role="columnheader"
            >
              {column.key === 'actions' ? (
                <span className="nhsuk-u-visually-hidden">{t('expenses.table.actions')}</span>
              ) : (
                t(`expenses.table.${column.key}` as const satisfies MessageKey)
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {expenses.map((expense) => (
          <ExpenseRow
            key={expense.id}
            budgetId={budgetId}
            expense={expense}
            priced={priced.get(expense.id)}
            domainName={domainName(expense.domain)}
            locale={locale}
            onRemove={onRemove}
          />
        ))}
        {total !== undefined && (
          <tr className="nhsuk-table__row" role="row">
            <ExpenseCell header colSpan={3}>
              {/* Bold on phones too, where a row header loses its table styling. */}
              <strong>{t('expenses.table.total')}</strong>
            </ExpenseCell>
            <ExpenseCell heading={t('expenses.table.weekly')} numeric>
              <strong>{formatMoney(total.weekly, locale)}</strong>
            </ExpenseCell>
            <ExpenseCell heading={t('expenses.table.annual')} numeric>
              <strong>{formatMoney(total.annual, locale)}</strong>
            </ExpenseCell>
            <ExpenseCell heading={t('expenses.table.oneOff')} numeric>
              <strong>{formatMoney(total.oneOff, locale)}</strong>
            </ExpenseCell>
            <ExpenseCell />
          </tr>
        )}
      </tbody>
    </table>
  );
}
