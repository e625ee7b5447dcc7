import { useTranslation } from '../hooks/use-translation';

/**
 * "Loading…" in the page's main area, announced politely: shown while saved budgets are
 * read before the first page, and while a page loaded on demand arrives.
 */
export function LoadingStatus() {
  const { t } = useTranslation();
  return (
    <div className="nhsuk-width-container">
      <main className="nhsuk-main-wrapper" id="maincontent">
        <p className="nhsuk-body" role="status">
          {t('app.loading')}
        </p>
      </main>
    </div>
  );
}
