/**
 * The plan's expenses and investments: what the budget pays for besides hours of support,
 * and, read-only, what employing a personal assistant costs. Figures from the pricing.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import type { Locale } from '../../../domain/format';
import type { PricedAmount } from '../../../domain/pricing/amounts';
import { localise } from '../../../i18n/localise';
import { useAppStore } from '../../../state/store';
import { ButtonLink } from '../../components/button-link';
import { NotificationBanner } from '../../components/notification-banner';
import { Page } from '../../components/page';
import { WarningCallout } from '../../components/warning-callout';
import { rateCardById, usePricing, useSavedBudget } from '../../hooks/use-budget';
import { ExpenseEmployerCosts } from './expense-employer-costs';
import { ExpenseRemovePanel } from './expense-remove-panel';
import { FlashBanner } from '../../components/budget-flash';
import { sameNamePosition } from '../../../present/same-name';
import { ExpenseTable } from './expense-table';
import { SectionComplete, useSectionCompleteError } from '../../components/section-complete';
import { href, NEW } from '../../routes';
import { NotFoundPage } from '../../site/not-found-page';
import { localeOf } from '../../../i18n/languages';

export function ExpensesPage({ budgetId }: { budgetId: string }) {
  const { t, i18n } = useTranslation();
  const sectionError = useSectionCompleteError();
  const locale: Locale = localeOf(i18n.language);
  const budget = useSavedBudget(budgetId)?.budget;
  const pricingState = usePricing(budget);
  const removeExpense = useAppStore((state) => state.removeExpense);
  const [removing, setRemoving] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);

  const pricing = pricingState?.kind === 'priced' ? pricingState.pricing : undefined;
  const card = pricing?.card ?? (budget === undefined ? undefined : rateCardById(budget.rateCard));
  const priced = useMemo(
    () =>
      new Map<string, PricedAmount>((pricing?.expenses ?? []).map((amount) => [amount.id, amount])),
    [pricing],
  );
  const domainName = useCallback(
    (id: string | undefined) => {
      if (id === undefined) return t('terms.domainGeneral');
      const domain = card?.domains.find((candidate) => candidate.id === id);
      return domain === undefined ? id : localise(domain.name, i18n.language);
    },
    [card, t, i18n.language],
  );

  const askToRemove = useCallback((expenseId: string) => {
    setRemoved(null);
    setRemoving(expenseId);
  }, []);
  const cancelRemove = () => {
    const id = removing;
    setRemoving(null);
    // Back to the button that asked, so keyboard users carry on where they were.
    if (id !== null) document.getElementById(`remove-${id}`)?.focus();
  };

  if (budget === undefined) return <NotFoundPage />;
  const asked = budget.expenses.find((expense) => expense.id === removing);
  const confirmRemove = () => {
    if (asked === undefined) return;
    removeExpense(budgetId, asked.id);
    setRemoving(null);
    setRemoved(asked.description);
  };
  const hasExpenses = budget.expenses.length > 0;

  return (
    <Page
      errors={sectionError.errors}
      title={t('expenses.title')}
      backLink={{ href: href({ page: 'task-list', budgetId }) }}
    >
      {/* One success banner at a time: a removal here replaces the news of a save. */}
      <FlashBanner target={href({ page: 'expenses', budgetId })} superseded={removed !== null} />
      {removed !== null && (
        <NotificationBanner success heading={t('expenses.removed', { description: removed })} />
      )}
      <div className="nhsuk-u-reading-width">
        <p>{t('expenses.intro')}</p>
        <p>{t('expenses.investments')}</p>
      </div>
      {pricingState !== undefined && pricingState.kind !== 'priced' && (
        <WarningCallout heading={t('expenses.noFigures.heading')}>
          <p>
            {pricingState.kind === 'no-card'
              ? t('expenses.noFigures.noCard', { card: pricingState.cardId })
              : t('expenses.noFigures.problems')}
          </p>
        </WarningCallout>
      )}
      {asked !== undefined && (
        <ExpenseRemovePanel
          description={asked.description}
          which={sameNamePosition(budget.expenses, asked.id, (expense) => expense.description)}
          onConfirm={confirmRemove}
          onCancel={cancelRemove}
        />
      )}
      {hasExpenses ? (
        <ExpenseTable
          budgetId={budgetId}
          expenses={budget.expenses}
          priced={priced}
          total={pricing?.byResource.get('expenses')}
          domainName={domainName}
          locale={locale}
          onRemove={askToRemove}
        />
      ) : (
        <>
          <p className="nhsuk-body-l">{t('expenses.none')}</p>
          <p>{t('expenses.noneHint')}</p>
        </>
      )}
      <ButtonLink variant="secondary" href={href({ page: 'expense', budgetId, expenseId: NEW })}>
        {hasExpenses ? t('expenses.addAnother') : t('expenses.add')}
      </ButtonLink>
      {pricing !== undefined && pricing.employerCosts.length > 0 && (
        <ExpenseEmployerCosts costs={pricing.employerCosts} locale={locale} />
      )}
      <SectionComplete budgetId={budgetId} section="expenses" error={sectionError} />
    </Page>
  );
}
