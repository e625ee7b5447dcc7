/**
 * Import packages from a spreadsheet (#/import): choose a file and a profile, check or
 * change which column holds what (and download the mapping as a profile to share), read
 * it in a Web Worker with a progress bar, see the refused rows, the differences from the
 * source's prices and the lines as priced, then save the budgets through the store's
 * normal save path, or open them in the caseload view in memory, priced there and saved
 * only if one is opened. Nothing already saved is changed. docs/importing.md gives the rules.
 */
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { IMPORT_FIELDS, type ImportProfile } from '../../domain/import/profile';
import { profileFileText, shippedProfiles } from '../../io/import/profile-file';
import { budgetFileText } from '../../io/budget-file';
import { useCaseloadStore } from '../../state/caseload/caseload-store';
import { useAppStore } from '../../state/store';
import { runImportJob, type ImportOutcome } from '../../workers/import/import-job';
import { Button } from '../components/button';
import { ButtonGroup } from '../components/button-group';
import { setFlash } from '../components/budget-flash';
import { Details } from '../components/details';
import { ColumnMapping, withColumn } from '../components/column-mapping';
import { Page } from '../components/page';
import { downloadText } from '../download';
import { useRateCards } from '../hooks/use-rate-cards';
import { href, navigate } from '../routes';
import { ImportResults } from './import-results';
import { ProfileChoice, SpreadsheetUpload } from './profile-choice';
import type { MessageKey } from '../../i18n/message-keys';

const FILE_ID = 'import-file';
const PROFILES = shippedProfiles();

export function ImportPage() {
  const { t } = useTranslation();
  const cards = useRateCards();
  const addBudget = useAppStore((state) => state.addBudget);
  const input = useRef<HTMLInputElement>(null);
  const [profileId, setProfileId] = useState<string>(PROFILES.keys().next().value ?? '');
  const [columns, setColumns] = useState<ImportProfile['columns']>(
    () => PROFILES.get(profileId)?.columns ?? {},
  );
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [fileName, setFileName] = useState<string | null>(null);
  const base = PROFILES.get(profileId);
  const profile = useMemo(
    () => (base === undefined ? undefined : { ...base, columns }),
    [base, columns],
  );

  const chooseProfile = (id: string) => {
    setProfileId(id);
    setColumns(PROFILES.get(id)?.columns ?? {});
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    const card = cards.find((one) => one.id === profile?.budget.rateCard);
    if (file === undefined || profile === undefined) {
      setError(t('importing.page.noFile'));
      return;
    }
    if (card === undefined) {
      setError(t('importing.page.noCard', { card: profile.budget.rateCard }));
      return;
    }
    setError(undefined);
    setOutcome(null);
    setProgress({ done: 0, total: 1 });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await runImportJob(
      { bytes, fileName: file.name, profile, card },
      (done, total) => setProgress({ done, total }),
    );
    setProgress(null);
    setFileName(file.name);
    setOutcome(result);
  };

  // The budgets go to the caseload in memory, as files would: saved only if one is opened there.
  const openInCaseload = () => {
    if (outcome === null || fileName === null) return;
    useCaseloadStore.getState().addFiles(
      outcome.budgets.map((budget) => ({
        name: `${fileName}/${budget.id}.json`,
        file: new Blob([budgetFileText(budget)], { type: 'application/json' }),
      })),
    );
    navigate({ page: 'caseload' });
  };

  const save = () => {
    if (outcome === null) return;
    for (const budget of outcome.budgets) addBudget(budget);
    setFlash({
      target: href({ page: 'start' }),
      heading: 'importing.page.saved',
      body: 'importing.page.savedBody',
      values: { count: outcome.budgets.length },
    });
    navigate({ page: 'start' });
  };

  return (
    <Page
      title={t('importing.page.title')}
      errors={error === undefined ? [] : [{ fieldId: FILE_ID, message: error }]}
      backLink={{ href: href({ page: 'caseload' }) }}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-full">
          <p className="nhsuk-body">{t('importing.page.intro')}</p>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <SpreadsheetUpload
              id={FILE_ID}
              label={t('importing.page.fileLabel')}
              error={error}
              inputRef={input}
            />
            <ProfileChoice
              id="import-profile"
              legend={t('importing.page.profileLegend')}
              hint={t('importing.page.profileHint')}
              profiles={PROFILES.values()}
              value={profileId}
              onChange={chooseProfile}
            />
            <Details summary={t('importing.page.columnsSummary')}>
              <ColumnMapping
                idPrefix="import-column"
                intro={<p className="nhsuk-body">{t('importing.page.columnsIntro')}</p>}
                fields={IMPORT_FIELDS.map((field) => ({
                  field,
                  label: t(`importing.fields.${field}` as const satisfies MessageKey),
                }))}
                columns={columns}
                onChange={(field, value) => setColumns((now) => withColumn(now, field, value))}
              />
              {profile !== undefined && (
                <Button
                  variant="secondary"
                  onClick={() => downloadText(`${profile.id}.json`, profileFileText(profile))}
                >
                  {t('importing.page.downloadProfile')}
                </Button>
              )}
            </Details>
            <Button type="submit" disabled={progress !== null}>
              {t('importing.page.read')}
            </Button>
          </form>
          {progress !== null && (
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="import-progress">
                {t('importing.page.reading')}
              </label>
              <progress id="import-progress" max={progress.total} value={progress.done} />
            </div>
          )}
          {outcome !== null && (
            <>
              <h2 className="nhsuk-heading-m">{t('importing.page.resultHeading')}</h2>
              <ImportResults outcome={outcome} />
              {outcome.budgets.length > 0 && (
                <>
                  <p className="nhsuk-body">{t('importing.page.openCaseloadHint')}</p>
                  <ButtonGroup>
                    <Button onClick={save}>
                      {t('importing.page.save', { count: outcome.budgets.length })}
                    </Button>
                    <Button variant="secondary" onClick={openInCaseload}>
                      {t('importing.page.openCaseload')}
                    </Button>
                  </ButtonGroup>
                </>
              )}
            </>
          )}
        </div>
      </div>
    </Page>
  );
}
