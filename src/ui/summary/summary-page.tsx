/**
 * Check and summary: the whole budget on one page, the document people take to their
 * planning meeting. Every figure is the domain's pricing (usePricing), formatted only.
 */
import { useTranslation } from '../hooks/use-translation';
import { Page } from '../components/page';
import { usePricing } from '../hooks/use-budget';
import { useAsOf } from '../hooks/use-route';
import { SummaryAsAt } from './summary-as-at';
import { BudgetCardNotice } from '../components/budget-card-notice';
import { SummaryContent } from './summary-content';
import { SummaryUnpriced } from './summary-unpriced';
import { SectionComplete, useSectionCompleteError } from '../components/section-complete';
import { useAppStore } from '../../state/store';
import { href } from '../routes';
import { NotFoundPage } from '../site/not-found-page';

export function SummaryPage({ budgetId }: { budgetId: string }) {
  const { t } = useTranslation();
  // The budget alone: its saved-at stamps do not change a figure.
  const budget = useAppStore((state) => state.budgets[budgetId]?.budget);
  // The day chosen in the address (`?asOf=`), else today moved into the plan's dates.
  const asOf = useAsOf();
  const priced = usePricing(budget, asOf);
  const checkedError = useSectionCompleteError('summary');
  if (budget === undefined || priced === undefined) return <NotFoundPage />;

  const caption = budget.title || budget.person.name;
  const pageProps = {
    title: t('summary.title'),
    caption: caption === '' ? undefined : caption,
    backLink: { href: href({ page: 'task-list', budgetId }) },
    errors: checkedError.errors,
  };
  if (priced.kind !== 'priced') {
    return (
      <Page {...pageProps}>
        <SummaryUnpriced budgetId={budgetId} state={priced} />
      </Page>
    );
  }
  return (
    <Page {...pageProps}>
      <BudgetCardNotice budget={budget} back="summary" />
      <SummaryContent
        pricing={priced.pricing}
        budget={budget}
        asAt={
          <SummaryAsAt
            key={priced.pricing.asOf}
            route={{ page: 'summary', budgetId }}
            asOf={priced.pricing.asOf}
            chosen={asOf !== undefined}
          />
        }
      />
      {/* The task list's last section is done when the person says the budget is checked. */}
      <div className="app-no-print">
        <SectionComplete budgetId={budgetId} section="summary" error={checkedError} />
      </div>
    </Page>
  );
}
