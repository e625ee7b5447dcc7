/** Previous and next pages of the caseload table, in the NHS.UK pagination's words. */
import { useTranslation } from 'react-i18next';

export interface CaseloadPagesProps {
  readonly page: number;
  readonly pages: number;
  readonly onPage: (page: number) => void;
}

export function CaseloadPages({ page, pages, onPage }: CaseloadPagesProps) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav className="app-caseload-pages" aria-label={t('caseload.pages.label')}>
      <p className="nhsuk-body nhsuk-u-margin-bottom-2">
        {t('caseload.pages.where', { page: page + 1, pages })}
      </p>
      <div className="nhsuk-button-group">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          disabled={page === 0}
          onClick={() => onPage(page - 1)}
        >
          {t('caseload.pages.previous')}
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          disabled={page >= pages - 1}
          onClick={() => onPage(page + 1)}
        >
          {t('caseload.pages.next')}
        </button>
      </div>
    </nav>
  );
}
