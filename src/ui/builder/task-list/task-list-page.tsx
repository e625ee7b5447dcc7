/**
 * A budget's home page (#/budgets/:id): the NHS.UK task list of its sections, how many are
 * done, the running total, and a reminder to keep a copy of the file.
 */
import { Suspense, useMemo } from 'react';
import { isUndated } from '../../../domain/pricing/active';
import { useTranslation } from '../../hooks/use-translation';
import { budgetSections, sectionProgress } from '../../../domain/sections';
import { Page } from '../../components/page';
import { rateCardById, usePricing, useSavedBudget } from '../../hooks/use-budget';
import { useAsOf } from '../../hooks/use-route';
import { SummaryAsAt } from '../../summary/lazy-summary-as-at';
import { SpendingLink } from '../../lazy-pages';
import { href } from '../../routes';
import { openedFromCaseload } from '../../caseload/caseload-return';
import { BudgetCannotPrice } from '../../components/budget-cannot-price';
import { BudgetCardNotice } from '../../components/budget-card-notice';
import { FlashBanner } from '../../components/budget-flash';
import { BudgetKeepCopy } from './budget-keep-copy';
import { ExportReminder } from './export-reminder';
import { budgetHeading } from '../../../present/budget-names';
import { BudgetTaskGroups } from './budget-task-groups';
import { PlanReviewTasks } from './plan-review-tasks';
import { RevisionsLinks } from '../../revisions/revisions-links';
import { RunningTotal } from '../../components/running-total';
import { NotFoundPage } from '../../site/not-found-page';
import { useNamesPrivate } from '../../hooks/use-session';

export function TaskListPage({ budgetId }: { budgetId: string }) {
  const { t } = useTranslation();
  const namesPrivate = useNamesPrivate();
  const saved = useSavedBudget(budgetId);
  const budget = saved?.budget;
  // The day chosen in the address (`?asOf=`), else today moved into the plan's dates.
  const asOf = useAsOf();
  const pricing = usePricing(budget, asOf);
  const card = budget === undefined ? undefined : rateCardById(budget.rateCard);
  const sections = useMemo(
    () => (budget === undefined || card === undefined ? null : budgetSections(budget, card)),
    [budget, card],
  );

  if (saved === undefined || budget === undefined || pricing === undefined) return <NotFoundPage />;
  const heading = budgetHeading(budget, t);
  const progress = sectionProgress(sections ?? []);

  return (
    <Page
      title={heading}
      documentTitle={namesPrivate ? t('budget.privateTitle') : undefined}
      backLink={{
        href: href({ page: openedFromCaseload(budgetId) ? 'caseload' : 'start' }),
      }}
      headingInContent
    >
      {/* NHS.UK puts a success banner straight above the h1, so this page draws its own h1. */}
      <FlashBanner target={href({ page: 'task-list', budgetId })} />
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {heading}
      </h1>
      <div className="app-running-total-layout">
        <div className="app-running-total-layout__main">
          <ExportReminder budgetId={budgetId} saved={saved} />
          <p className="nhsuk-body">{t('budget.taskList.intro')}</p>
          <BudgetCannotPrice budgetId={budgetId} pricing={pricing} />
          <BudgetCardNotice budget={budget} back="task-list" />
          {pricing.kind === 'priced' && !isUndated(budget) && (
            // Loaded with the summary's words, which the task list's own chunk leaves out.
            <Suspense fallback={null}>
              <SummaryAsAt
                key={pricing.pricing.asOf}
                route={{ page: 'task-list', budgetId }}
                asOf={pricing.pricing.asOf}
                chosen={asOf !== undefined}
              />
            </Suspense>
          )}
          {sections !== null && card !== undefined && (
            <>
              <p className="nhsuk-body">
                <strong>{t('budget.taskList.progress', progress)}</strong>
              </p>
              <BudgetTaskGroups budget={budget} card={card} sections={sections} asOf={asOf} />
              <PlanReviewTasks budget={budget} />
            </>
          )}
          {/* Loaded with the spending's words, so they stay out of the start-up script. */}
          <Suspense fallback={null}>
            <SpendingLink budget={budget} />
          </Suspense>
          <RevisionsLinks budget={budget} />
          <BudgetKeepCopy budgetId={budgetId} exportedAt={saved.exportedAt} />
        </div>
        {pricing.kind === 'priced' && <RunningTotal totals={pricing.pricing.totals} />}
      </div>
    </Page>
  );
}
