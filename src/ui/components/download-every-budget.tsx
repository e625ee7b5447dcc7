/** A download button for each saved budget: the way out when saving on the device fails. */
import { useTranslation } from '../hooks/use-translation';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/store';
import { ButtonGroup } from './button-group';
import { BudgetDownloadButton } from './budget-download-button';
import { budgetListName } from '../../present/budget-names';

function DownloadOne({ budgetId }: { budgetId: string }) {
  const { t } = useTranslation();
  const budget = useAppStore((state) => state.budgets[budgetId]?.budget);
  if (budget === undefined) return null;
  return (
    <BudgetDownloadButton budgetId={budgetId} small>
      {t('reliability.storage.downloadBudget', { name: budgetListName(budget, t) })}
    </BudgetDownloadButton>
  );
}

export function DownloadEveryBudget() {
  const { t } = useTranslation();
  const ids = useAppStore(useShallow((state) => Object.keys(state.budgets)));
  if (ids.length === 0) return null;
  return (
    <>
      <p>{t('reliability.storage.fullWayOut')}</p>
      <ButtonGroup>
        {ids.map((id) => (
          <DownloadOne key={id} budgetId={id} />
        ))}
      </ButtonGroup>
    </>
  );
}
