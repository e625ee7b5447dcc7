/** A download button for each saved budget: the way out when saving on the device fails. */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/store';
import { ButtonGroup } from '../components/button-group';
import { BudgetDownloadButton } from './budget-download-button';
import { budgetListName } from './budget-names';

export function DownloadEveryBudget() {
  const { t } = useTranslation();
  const names = useAppStore(
    useShallow((state) => Object.entries(state.budgets).map(([id, saved]) => `${id}\u0000${budgetListName(saved.budget, t)}`)),
  );
  if (names.length === 0) return null;
  return (
    <>
      <p>{t('reliability.storage.fullWayOut')}</p>
      <ButtonGroup>
        {names.map((entry) => {
          const [id = '', name = ''] = entry.split('\u0000');
          return (
            <BudgetDownloadButton key={id} budgetId={id} small>
              {t('reliability.storage.downloadBudget', { name })}
            </BudgetDownloadButton>
          );
        })}
      </ButtonGroup>
    </>
  );
}
