/**
 * One expense in the table, with its figures from the pricing. Memoised and keyed by
 * expense, so a change to one expense leaves the other rows be.
 */
import { memo } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import { formatMoney, type Locale } from '../../../domain/format';
import type { PricedAmount } from '../../../domain/pricing/amounts';
import type { Expense } from '../../../domain/schema/budget';
import { Tag } from '../../components/tag';
import { VisuallyHidden } from '../../components/visually-hidden';
import { href } from '../../routes';
import { expenseTimeWords } from '../../../present/time-words';
import { formatDate } from '../../hooks/budget-format';
import { ExpenseCell } from './expense-cell';
import type { MessageKey } from '../../../i18n/message-keys';

export interface ExpenseRowProps {
  readonly budgetId: string;
  readonly expense: Expense;
  /** Undefined when the budget cannot be priced: the figures are then left empty. */
  readonly priced: PricedAmount | undefined;
  readonly domainName: string;
  readonly locale: Locale;
  readonly onRemove: (expenseId: string) => void;
}

export const ExpenseRow = memo(function ExpenseRow({
  budgetId,
  expense,
  priced,
  domainName,
  locale,
  onRemove,
}: ExpenseRowProps) {
  const { t } = useTranslation();
  const time = expenseTimeWords(expense, t, (iso) => formatDate(iso, locale));
  const money = (amount: PricedAmount['weekly'] | undefined) =>
    amount === undefined ? '' : formatMoney(amount, locale);
  return (
    <tr className="nhsuk-table__row" role="row">
      <ExpenseCell heading={t('expenses.table.description')} header>
        {expense.description}
        {expense.kind === 'investment' && (
          <>
            {' '}
            <Tag colour="purple">{t('expenses.investmentTag')}</Tag>
          </>
        )}
        {time !== '' && (
          <span className="nhsuk-u-display-block nhsuk-u-font-weight-normal nhsuk-u-secondary-text-colour nhsuk-u-font-size-16">
            {time}
          </span>
        )}
      </ExpenseCell>
      <ExpenseCell heading={t('expenses.table.domain')}>{domainName}</ExpenseCell>
      <ExpenseCell heading={t('expenses.table.amount')} numeric>
        {t(`expenses.per.${expense.frequency}` as const satisfies MessageKey, {
          amount: formatMoney(expense.amount, locale),
        })}
      </ExpenseCell>
      <ExpenseCell heading={priced && t('expenses.table.weekly')} numeric>
        {money(priced?.weekly)}
      </ExpenseCell>
      <ExpenseCell heading={priced && t('expenses.table.annual')} numeric>
        {money(priced?.annual)}
      </ExpenseCell>
      <ExpenseCell heading={priced && t('expenses.table.oneOff')} numeric>
        {money(priced?.oneOff)}
      </ExpenseCell>
      <ExpenseCell heading={t('expenses.table.actions')}>
        <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
          <li className="nhsuk-u-margin-bottom-1">
            <a
              className="nhsuk-link"
              href={href({ page: 'expense', budgetId, expenseId: expense.id })}
            >
              {t('expenses.change')} <VisuallyHidden>({expense.description})</VisuallyHidden>
            </a>
          </li>
          <li className="nhsuk-u-margin-bottom-0">
            <button
              className="nhsuk-link"
              type="button"
              id={`remove-${expense.id}`}
              onClick={() => onRemove(expense.id)}
            >
              {t('expenses.remove')} <VisuallyHidden>({expense.description})</VisuallyHidden>
            </button>
          </li>
        </ul>
      </ExpenseCell>
    </tr>
  );
});
