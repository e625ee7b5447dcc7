/**
 * "Remove this expense?": asked once more before removing, as removing deletes what was
 * typed. Takes focus when it opens, so it is seen and heard where the person is.
 */
import { useTranslation } from 'react-i18next';
import { RemoveConfirm } from '../../components/remove-confirm';

export interface ExpenseRemovePanelProps {
  readonly description: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ExpenseRemovePanel({ description, onConfirm, onCancel }: ExpenseRemovePanelProps) {
  const { t } = useTranslation();
  return (
    <RemoveConfirm
      headingId="expense-remove-heading"
      heading={t('expenses.removeConfirm.heading', { description })}
      yes={t('expenses.removeConfirm.yes')}
      no={t('expenses.removeConfirm.no')}
      onConfirm={onConfirm}
      onCancel={onCancel}
      asking={description}
    />
  );
}
