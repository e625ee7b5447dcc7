/**
 * The builder's own pages, loaded when first shown rather than at start-up: a budget's
 * task list, about the budget, a domain and its need lines, carers, expenses, outcomes, risks
 * and contingency, who pays, agreement and reviews, the summary and deleting. Only the start
 * page stays in the start-up script, so the first page shows at once; the rest are fetched
 * as soon as the first page is up
 * (`preloadBuilderPages`, before the rarely used pages of lazy-pages.tsx), so they are
 * normally here before anyone opens one, and app-shell-routes.tsx shows "Loading…" if not.
 * Every file of the build is in the offline copy, so they open offline too.
 */
import { lazyPage } from './lazy-page';
import { SummaryAsAt } from './summary/lazy-summary-as-at';

export const TaskListPage = lazyPage(() =>
  import('./builder/task-list/task-list-page').then((module) => module.TaskListPage),
);
export const AboutPage = lazyPage(() =>
  import('./builder/about/about-page').then((module) => module.AboutPage),
);
export const DomainPage = lazyPage(() =>
  import('./builder/areas/domain-page').then((module) => module.DomainPage),
);
export const LinePage = lazyPage(() =>
  import('./builder/areas/line-page').then((module) => module.LinePage),
);
export const CarersPage = lazyPage(() =>
  import('./builder/carers/carers-page').then((module) => module.CarersPage),
);
export const CarerPage = lazyPage(() =>
  import('./builder/carers/carer-page').then((module) => module.CarerPage),
);
export const AssistantPage = lazyPage(() =>
  import('./builder/carers/assistant-page').then((module) => module.AssistantPage),
);
export const ExpensesPage = lazyPage(() =>
  import('./builder/expenses/expenses-page').then((module) => module.ExpensesPage),
);
export const ExpensePage = lazyPage(() =>
  import('./builder/expenses/expense-page').then((module) => module.ExpensePage),
);
export const OutcomesPage = lazyPage(() =>
  import('./builder/outcomes/outcomes-page').then((module) => module.OutcomesPage),
);
export const OutcomePage = lazyPage(() =>
  import('./builder/outcomes/outcome-page').then((module) => module.OutcomePage),
);
export const SummaryPage = lazyPage(() =>
  import('./summary/summary-page').then((module) => module.SummaryPage),
);
export const AgreementPage = lazyPage(() =>
  import('./builder/reviews/agreement-page').then((module) => module.AgreementPage),
);
export const ReviewsPage = lazyPage(() =>
  import('./builder/reviews/reviews-page').then((module) => module.ReviewsPage),
);
export const ReviewPage = lazyPage(() =>
  import('./builder/reviews/review-page').then((module) => module.ReviewPage),
);
/** Risks and contingency, and who pays: one chunk, so one fetch (and one list of its files) for four pages. */
const planCoverPages = () => import('./builder/plan-cover/plan-cover-pages');
export const RisksPage = lazyPage(() => planCoverPages().then((module) => module.RisksPage));
export const RiskPage = lazyPage(() => planCoverPages().then((module) => module.RiskPage));
export const ContingencyPage = lazyPage(() =>
  planCoverPages().then((module) => module.ContingencyPage),
);
export const WhoPaysPage = lazyPage(() => planCoverPages().then((module) => module.WhoPaysPage));
export const DeletePage = lazyPage(() =>
  import('./builder/delete-page').then((module) => module.DeletePage),
);

const ALL = [
  TaskListPage,
  AboutPage,
  DomainPage,
  LinePage,
  CarersPage,
  CarerPage,
  AssistantPage,
  ExpensesPage,
  ExpensePage,
  OutcomesPage,
  OutcomePage,
  AgreementPage,
  ReviewsPage,
  ReviewPage,
  RisksPage,
  RiskPage,
  ContingencyPage,
  WhoPaysPage,
  SummaryPage,
  DeletePage,
  SummaryAsAt,
];

/** Fetches every builder page, so none waits when first opened. */
export function preloadBuilderPages(): Promise<void> {
  return Promise.all(ALL.map((page) => page.preload())).then(() => undefined);
}
