/** "Remove this outcome?", saying how many needs and expenses serve it (they stay, serving it no more). */
import { useTranslation } from '../../hooks/use-translation';
import { RemoveConfirm } from '../../components/remove-confirm';

export interface OutcomeRemovePanelProps {
  readonly words: string;
  readonly servedBy: number;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function OutcomeRemovePanel({
  words,
  servedBy,
  onConfirm,
  onCancel,
}: OutcomeRemovePanelProps) {
  const { t } = useTranslation();
  return (
    <RemoveConfirm
      headingId="outcome-remove-heading"
      heading={t('outcomes.removeConfirm.heading', { words })}
      yes={t('outcomes.removeConfirm.yes')}
      no={t('outcomes.removeConfirm.no')}
      onConfirm={onConfirm}
      onCancel={onCancel}
      asking={words}
    >
      <p className="nhsuk-body">{t('outcomes.removeConfirm.body', { count: servedBy })}</p>
    </RemoveConfirm>
  );
}
