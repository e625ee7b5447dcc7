/**
 * "Confirm all suggested matches": the list of what will be confirmed, each payment with
 * the match the tool suggested, and one button to confirm exactly those. Takes focus when
 * it opens, so it is seen and heard where the person is.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../hooks/use-translation';
import type { Transaction } from '../../domain/ledger/ledger-schema';
import type { DocumentFormat } from '../../present/format';
import type { SpendingNames } from '../../present/spending-names';
import { Button } from '../components/button';
import { ButtonGroup } from '../components/button-group';
import { focusElement } from '../components/focus-element';

export interface ConfirmSuggestionsProps {
  readonly transactions: readonly Transaction[];
  readonly names: SpendingNames;
  readonly format: DocumentFormat;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ConfirmSuggestions({
  transactions,
  names,
  format,
  onConfirm,
  onCancel,
}: ConfirmSuggestionsProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (root.current !== null) focusElement(root.current);
  }, []);
  return (
    <div className="nhsuk-card" ref={root} role="group" aria-labelledby="confirm-all-heading">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading" id="confirm-all-heading">
          {t('spending.confirmAll.heading', { count: transactions.length })}
        </h2>
        <p className="nhsuk-body">{t('spending.confirmAll.intro')}</p>
        <ul
          className="nhsuk-list nhsuk-list--bullet"
          aria-label={t('spending.confirmAll.listLabel')}
        >
          {transactions.map((transaction) => (
            <li key={transaction.id}>
              {t('spending.confirmAll.item', {
                date: format.date(transaction.date),
                payee: transaction.payee,
                amount: format.money(transaction.amount),
                match: transaction.match === undefined ? '' : names.match(transaction.match),
              })}
            </li>
          ))}
        </ul>
        <ButtonGroup>
          <Button type="button" onClick={onConfirm}>
            {t('spending.confirmAll.yes', { count: transactions.length })}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('spending.confirmAll.no')}
          </Button>
        </ButtonGroup>
      </div>
    </div>
  );
}
