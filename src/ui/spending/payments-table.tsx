/**
 * The payments as an NHS.UK table: the day, who was paid and what for, the amount, what
 * it matches with its status, and the actions (change, confirm a suggestion, remove). Each
 * action names its payment to screen readers.
 */
import { useTranslation } from '../hooks/use-translation';
import type { Transaction } from '../../domain/ledger/ledger-schema';
import type { DocumentFormat } from '../../present/format';
import type { SpendingNames } from '../../present/spending-names';
import { Table } from '../components/table';
import { Tag } from '../components/tag';
import { VisuallyHidden } from '../components/visually-hidden';
import { spendingHref } from './spending-href';

const NOTE = 'nhsuk-u-display-block nhsuk-u-secondary-text-colour nhsuk-u-font-size-16';

export interface PaymentsTableProps {
  readonly budgetId: string;
  readonly transactions: readonly Transaction[];
  readonly names: SpendingNames;
  readonly format: DocumentFormat;
  readonly onConfirm: (transaction: Transaction) => void;
  readonly onRemove: (id: string) => void;
}

export function PaymentsTable({
  budgetId,
  transactions,
  names,
  format,
  onConfirm,
  onRemove,
}: PaymentsTableProps) {
  const { t } = useTranslation();
  return (
    <Table
      caption={t('spending.payments.caption')}
      responsive
      columns={[
        { heading: t('spending.payments.date') },
        { heading: t('spending.payments.payee') },
        { heading: t('spending.payments.amount'), numeric: true },
        { heading: t('spending.payments.matches') },
        { heading: t('spending.payments.actions') },
      ]}
      rows={transactions.map((transaction) => {
        const which = t('spending.payments.which', {
          payee: transaction.payee,
          date: format.date(transaction.date),
        });
        const { match } = transaction;
        return {
          key: transaction.id,
          cells: [
            format.date(transaction.date),
            <span key="payee" id={`payment-${transaction.id}`}>
              {transaction.payee}
              {transaction.description !== '' && (
                <span className={NOTE}>{transaction.description}</span>
              )}
            </span>,
            format.money(transaction.amount),
            <span key="match">
              <MatchTag transaction={transaction} />
              {match !== undefined && (
                <span className="nhsuk-u-display-block">{names.match(match)}</span>
              )}
            </span>,
            <ul className="nhsuk-list nhsuk-u-margin-bottom-0" key="actions">
              {match !== undefined && !match.confirmed && (
                <li className="nhsuk-u-margin-bottom-1">
                  <button
                    className="nhsuk-link"
                    type="button"
                    onClick={() => onConfirm(transaction)}
                  >
                    {t('spending.payments.confirm')} <VisuallyHidden>({which})</VisuallyHidden>
                  </button>
                </li>
              )}
              <li className="nhsuk-u-margin-bottom-1">
                <a className="nhsuk-link" href={spendingHref.payment(budgetId, transaction.id)}>
                  {t('spending.payments.change')} <VisuallyHidden>({which})</VisuallyHidden>
                </a>
              </li>
              <li className="nhsuk-u-margin-bottom-0">
                <button
                  className="nhsuk-link"
                  type="button"
                  id={`remove-${transaction.id}`}
                  onClick={() => onRemove(transaction.id)}
                >
                  {t('spending.payments.remove')} <VisuallyHidden>({which})</VisuallyHidden>
                </button>
              </li>
            </ul>,
          ],
        };
      })}
    />
  );
}

/** Confirmed by the person, suggested by the tool, or not matched yet: in words, never colour alone. */
function MatchTag({ transaction }: { transaction: Transaction }) {
  const { t } = useTranslation();
  const { match } = transaction;
  if (match === undefined) return <Tag colour="grey">{t('spending.status.none')}</Tag>;
  return match.confirmed ? (
    <Tag colour="green">{t('spending.status.confirmed')}</Tag>
  ) : (
    <Tag colour="yellow">{t('spending.status.suggested')}</Tag>
  );
}
