/** Two ways to begin: an empty budget on the card in force today, or the shipped example to explore. */
import { useTranslation } from '../hooks/use-translation';
import { startingCard } from '../../domain/rate-card-validity';
import { loadShippedExample } from '../../io/shipped';
import { today } from '../../state/clock';
import { allRateCards } from '../../state/rate-card-lookup';
import type { SavedBudget } from '../../state/saved-budget';
import { useAppStore } from '../../state/store';
import { whenSessionReady } from '../hooks/use-session';
import { Button } from '../components/button';
import { ButtonGroup } from '../components/button-group';
import { navigate } from '../routes';
import { useOpenBudget } from './start-open-budget';
import { byCodeUnits } from '../../domain/code-unit-order';

/** The area a new budget starts in when no budget on this device names a known card. */
const FIRST_AREA = 'England';

/**
 * The card a new budget starts on (the person can change it on the first page): the card
 * in force today, by the device's calendar, for the area of the budget last begun on this
 * device, or England's for the first. An area whose cards have all ended starts on its
 * latest, and the first page says it has ended.
 */
export function newBudgetCard(budgets: Readonly<Record<string, SavedBudget>>): string {
  const cards = allRateCards();
  const last = Object.values(budgets)
    .slice()
    .sort((a, b) => byCodeUnits(b.createdAt, a.createdAt))
    .map((saved) => cards.find((card) => card.id === saved.budget.rateCard))
    .find((card) => card !== undefined);
  const card = startingCard(cards, last?.area ?? FIRST_AREA, today()) ?? cards[0];
  return card?.id ?? '';
}

export function StartNewBudget() {
  const { t, i18n } = useTranslation();
  const createBudget = useAppStore((state) => state.createBudget);
  const openBudget = useOpenBudget();

  // The example arrives on demand (it is in the offline copy like every file of the app),
  // in the page's language. Both buttons may be pressed before the saved budgets have been
  // read (the page is drawn before that): the press then waits for the read, and does
  // nothing if this tab turns out not to write (the page then says why) or to be locked.
  const openExample = async () => {
    const [example, mayWrite] = await Promise.all([
      loadShippedExample(i18n.language),
      whenSessionReady(),
    ]);
    if (example !== undefined && mayWrite) openBudget(example);
  };

  const start = async () => {
    if (!(await whenSessionReady())) return;
    const budgetId = createBudget(newBudgetCard(useAppStore.getState().budgets));
    navigate({ page: 'about', budgetId });
  };

  return (
    <>
      <h2 className="nhsuk-heading-m">{t('start.new.heading')}</h2>
      <p className="nhsuk-body">{t('start.new.exampleHint')}</p>
      <ButtonGroup>
        <Button type="button" onClick={() => void start()} preventDoubleClick>
          {t('start.new.start')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => void openExample()}
          preventDoubleClick
        >
          {t('start.new.example')}
        </Button>
      </ButtonGroup>
    </>
  );
}
