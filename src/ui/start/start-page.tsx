/**
 * The first page (#/): what the tool is, the budgets saved on this device, and the ways
 * to begin: a new budget, a budget file, or the example.
 *
 * It is drawn as soon as the app's messages are in place, before the saved budgets have
 * been read and this tab knows whether it may write (app.tsx): what it is and the two
 * ways to begin first, the buttons waiting for that read if pressed sooner
 * (start-new-budget.tsx). What depends on the saved budgets (their list, opening a file,
 * whose copy is named against them, and the rest of the page below them) comes once they
 * are read, so the list is never shown empty by mistake.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { describeProblemInWords } from '../../i18n/problems';
import { listProblems, type FieldError } from '../components/error-summary';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { href } from '../routes';
import { BudgetColumn } from '../components/budget-column';
import { FlashBanner } from '../components/budget-flash';
import { StartBudgetList } from './start-budget-list';
import { StartCaseloadLink } from './start-caseload-link';
import { StartNewBudget } from './start-new-budget';
import { useSessionReady } from '../hooks/use-session';
import { BUDGET_FILE_INPUT_ID, StartOpenFile, type FileError } from './start-open-file';

export function StartPage() {
  const { t } = useTranslation();
  const ready = useSessionReady();
  const [fileError, setFileError] = useState<FileError | null>(null);
  // The budget just copied (the copy is at the top of the list); counted, so that copying
  // the same one again shows, and announces, a new message.
  const [duplicated, setDuplicated] = useState<{ name: string; count: number } | null>(null);
  const onDuplicated = useCallback(
    (name: string) => setDuplicated((previous) => ({ name, count: (previous?.count ?? 0) + 1 })),
    [],
  );

  const errors = useMemo((): FieldError[] => {
    if (fileError === null) return [];
    if (fileError.kind === 'no-file')
      return [{ fieldId: BUDGET_FILE_INPUT_ID, message: t('start.openFile.noFile') }];
    return listProblems(fileError.problems, BUDGET_FILE_INPUT_ID, t, describeProblemInWords);
  }, [fileError, t]);

  return (
    <Page title={t('start.title')} errors={errors} headingInContent>
      {/* NHS.UK puts a success banner straight above the h1, so this page draws its own h1. */}
      <FlashBanner target={href({ page: 'start' })} />
      {duplicated !== null && (
        <NotificationBanner
          key={duplicated.count}
          success
          heading={t('start.budgets.duplicated', { name: duplicated.name })}
        >
          <p>{t('start.budgets.duplicatedBody')}</p>
        </NotificationBanner>
      )}
      <BudgetColumn>
        <h1 className="nhsuk-heading-l" tabIndex={-1}>
          {t('start.title')}
        </h1>
        <p className="nhsuk-body-l">{t('start.intro')}</p>
        {/* Starting comes straight after what the tool is, so its buttons are in view on a
            laptop (1280 × 800, 1366 × 768) without scrolling; that nothing leaves the device
            and where the figures come from follow them; then the budgets, so that someone with many need
            not scroll past them all to start. */}
        <p className="nhsuk-body">{t('start.audience')}</p>
        <StartNewBudget />
        <p className="nhsuk-body">{t('start.privacy')}</p>
        <p className="nhsuk-body">
          <a className="nhsuk-link" href={href({ page: 'rate-cards' })}>
            {t('start.rateCardsLink')}
          </a>
        </p>
        {ready && (
          <>
            <StartBudgetList onDuplicated={onDuplicated} />
            <StartOpenFile error={fileError} onError={setFileError} />
            <StartCaseloadLink />
          </>
        )}
      </BudgetColumn>
    </Page>
  );
}
