/**
 * "Remove this expense?": asked once more before removing, as removing deletes what was
 * typed. Takes focus when it opens, so it is seen and heard where the person is.
 */
import { useTranslation } from '../../hooks/use-translation';
import type { SameName } from '../../../present/same-name';
import { RemoveConfirm } from '../../components/remove-confirm';

export interface ExpenseRemovePanelProps {
  readonly description: string;
  /** Which expense it is, when another has the same description. */
  readonly which?: SameName | undefined;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ExpenseRemovePanel({
  description,
  which,
  onConfirm,
  onCancel,
}: ExpenseRemovePanelProps) {
  const { t } = useTranslation();
  return (
    <RemoveConfirm
      headingId="expense-remove-heading"
      heading={
        which === undefined
          ? t('expenses.removeConfirm.heading', { description })
          : t('expenses.removeConfirm.headingWhich', { description, ...which })
      }
      yes={t('expenses.removeConfirm.yes')}
      no={t('expenses.removeConfirm.no')}
      onConfirm={onConfirm}
      onCancel={onCancel}
      asking={which === undefined ? description : `${description} ${JSON.stringify(which)}`}
    />
  );
}
