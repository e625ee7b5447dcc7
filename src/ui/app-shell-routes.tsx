/** Which page shows for each route. Pages look up their own budget and say if it is gone. */
import { Suspense } from 'react';
import { href, type Route } from './routes';
import { PageErrorBoundary } from './components/page-error-boundary';
import {
  AccessibilityPage,
  CaseloadPage,
  BenchmarksPage,
  MonitoringPage,
  ImportPage,
  CommissionerPage,
  ComparePage,
  PassphrasePage,
  RateCardImportPage,
  RateCardSheetPage,
  RateCardMakePage,
  RateCardPage,
  RateCardsPage,
  RepricePage,
  RevisionPage,
  RevisionsPage,
  SettingsPage,
  SpendingPage,
} from './lazy-pages';
import {
  TaskListPage,
  AboutPage,
  AgreementPage,
  ReviewPage,
  ReviewsPage,
  AssistantPage,
  CarerPage,
  CarersPage,
  DeletePage,
  DomainPage,
  ExpensePage,
  ExpensesPage,
  LinePage,
  OutcomePage,
  OutcomesPage,
  ContingencyPage,
  RiskPage,
  RisksPage,
  SummaryPage,
  WhoPaysPage,
} from './lazy-builder-pages';
import { LoadingStatus } from './components/loading-status';
import { NotFoundPage } from './site/not-found-page';
import { StartPage } from './start/start-page';
import { UpdateReadyNotice } from './offline/update-ready-notice';

function PageFor({ route }: { route: Route }) {
  switch (route.page) {
    case 'start':
      return <StartPage />;
    case 'caseload':
      return <CaseloadPage />;
    case 'benchmarks':
      return <BenchmarksPage />;
    case 'monitoring':
      return <MonitoringPage />;
    case 'import':
      return <ImportPage />;
    case 'task-list':
      return <TaskListPage budgetId={route.budgetId} />;
    case 'about':
      return <AboutPage budgetId={route.budgetId} />;
    case 'domain':
      return <DomainPage budgetId={route.budgetId} domainId={route.domainId} />;
    case 'line':
      return <LinePage budgetId={route.budgetId} domainId={route.domainId} lineId={route.lineId} />;
    case 'carers':
      return <CarersPage budgetId={route.budgetId} />;
    case 'carer':
      return <CarerPage budgetId={route.budgetId} carerId={route.carerId} />;
    case 'assistant':
      return <AssistantPage budgetId={route.budgetId} assistantId={route.assistantId} />;
    case 'expenses':
      return <ExpensesPage budgetId={route.budgetId} />;
    case 'expense':
      return <ExpensePage budgetId={route.budgetId} expenseId={route.expenseId} />;
    case 'outcomes':
      return <OutcomesPage budgetId={route.budgetId} />;
    case 'outcome':
      return <OutcomePage budgetId={route.budgetId} outcomeId={route.outcomeId} />;
    case 'agreement':
      return <AgreementPage budgetId={route.budgetId} />;
    case 'reviews':
      return <ReviewsPage budgetId={route.budgetId} />;
    case 'review':
      return <ReviewPage budgetId={route.budgetId} />;
    case 'risks':
      return <RisksPage budgetId={route.budgetId} />;
    case 'risk':
      return <RiskPage budgetId={route.budgetId} riskId={route.riskId} />;
    case 'contingency':
      return <ContingencyPage budgetId={route.budgetId} />;
    case 'who-pays':
      return <WhoPaysPage budgetId={route.budgetId} />;
    case 'summary':
      return <SummaryPage budgetId={route.budgetId} />;
    case 'delete':
      return <DeletePage budgetId={route.budgetId} />;
    case 'spending':
      return <SpendingPage budgetId={route.budgetId} rest={route.rest} />;
    case 'settings':
      return <SettingsPage />;
    case 'passphrase':
      return <PassphrasePage action={route.action} />;
    case 'revisions':
      return <RevisionsPage budgetId={route.budgetId} />;
    case 'revision':
      return <RevisionPage budgetId={route.budgetId} revision={route.revision} />;
    case 'compare':
      return <ComparePage budgetId={route.budgetId} from={route.from} to={route.to} />;
    case 'reprice':
      return <RepricePage budgetId={route.budgetId} cardId={route.cardId} />;
    case 'commissioner':
      return <CommissionerPage budgetId={route.budgetId} />;
    case 'rate-cards':
      return <RateCardsPage />;
    case 'rate-card':
      return <RateCardPage cardId={route.cardId} />;
    case 'rate-card-import':
      return <RateCardImportPage />;
    case 'rate-card-sheet':
      return <RateCardSheetPage />;
    case 'rate-card-make':
      return <RateCardMakePage key={route.cardId} cardId={route.cardId} />;
    case 'not-found':
      return <NotFoundPage />;
    case 'accessibility':
      return <AccessibilityPage />;
  }
}

/**
 * Fetches the page a route shows, if it is loaded on demand: a reload on a budget's page
 * fetches it beside the saved data it waits for, instead of after. `PageFor` only chooses an
 * element (it calls no hook), so asking it here renders nothing.
 */
export function preloadPageOf(route: Route): Promise<void> {
  const page = PageFor({ route }).type as { preload?: () => Promise<void> };
  return page.preload?.() ?? Promise.resolve();
}

/** The page, under a notice when a new version of the app is waiting for the next visit. */
export function RoutedPage({ route }: { route: Route }) {
  return (
    <>
      <UpdateReadyNotice />
      <PageErrorBoundary address={href(route)}>
        <Suspense fallback={<LoadingStatus />}>
          <PageFor route={route} />
        </Suspense>
      </PageErrorBoundary>
    </>
  );
}
