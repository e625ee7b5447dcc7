/** Two ways to begin: an empty budget on the default card, or the shipped example to explore. */
import { useTranslation } from 'react-i18next';
import { loadShippedExample } from '../../io/shipped';
import { useAppStore } from '../../state/store';
import { Button } from '../components/button';
import { ButtonGroup } from '../components/button-group';
import { navigate } from '../routes';
import { useOpenBudget } from './start-open-budget';

/** The card a new budget starts on; the person can change it on the first page. */
const DEFAULT_RATE_CARD = 'england-2025-26';

export function StartNewBudget() {
  const { t } = useTranslation();
  const createBudget = useAppStore((state) => state.createBudget);
  const openBudget = useOpenBudget();

  // The example arrives on demand (it is in the offline copy like every file of the app).
  const openExample = async () => {
    const example = await loadShippedExample();
    if (example !== undefined) openBudget(example);
  };

  const start = () => {
    const budgetId = createBudget(DEFAULT_RATE_CARD);
    navigate({ page: 'about', budgetId });
  };

  return (
    <>
      <h2 className="nhsuk-heading-m">{t('start.new.heading')}</h2>
      <p className="nhsuk-body">{t('start.new.exampleHint')}</p>
      <ButtonGroup>
        <Button type="button" onClick={start} preventDoubleClick>
          {t('start.new.start')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => void openExample()} preventDoubleClick>
          {t('start.new.example')}
        </Button>
      </ButtonGroup>
    </>
  );
}
