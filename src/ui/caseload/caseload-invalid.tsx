/**
 * Files that could not be used, each with every reason, named by field as on the start
 * page. The rest of the caseload goes on without them; nothing is changed or sent.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from '../hooks/use-translation';
import { describeProblemInWords } from '../../i18n/problems';
import type { InvalidFile } from '../../workers/caseload/caseload-jobs';
import { firstProblems } from '../components/error-summary';
import { Details } from '../components/details';
import { WarningCallout } from '../components/warning-callout';

export interface CaseloadInvalidProps {
  readonly unreadable: readonly InvalidFile[];
  readonly unpriceable: readonly InvalidFile[];
  readonly cardName: string;
}

export function CaseloadInvalid({ unreadable, unpriceable, cardName }: CaseloadInvalidProps) {
  const { t } = useTranslation();
  if (unreadable.length === 0 && unpriceable.length === 0) return null;
  return (
    <WarningCallout
      heading={t('caseload.invalid.heading', { count: unreadable.length + unpriceable.length })}
      headingLevel={2}
    >
      {unreadable.length > 0 && (
        <FileList
          files={unreadable}
          summary={t('caseload.invalid.unreadable', { count: unreadable.length })}
          t={t}
        />
      )}
      {unpriceable.length > 0 && (
        <FileList
          files={unpriceable}
          summary={t('caseload.invalid.unpriceable', { count: unpriceable.length, card: cardName })}
          t={t}
        />
      )}
      <p className="nhsuk-body">{t('caseload.invalid.goOn')}</p>
    </WarningCallout>
  );
}

function FileList({
  files,
  summary,
  t,
}: {
  files: readonly InvalidFile[];
  summary: string;
  t: TFunction;
}) {
  return (
    <Details summary={summary}>
      <ul className="nhsuk-list app-caseload-invalid">
        {files.map(({ file, problems }) => {
          const { listed, more } = firstProblems(problems);
          return (
            <li key={file}>
              <span className="nhsuk-u-font-weight-bold app-caseload-file">{file}</span>
              <ul className="nhsuk-list nhsuk-list--bullet">
                {listed.map((found, index) => (
                  <li key={index}>{describeProblemInWords(found, t)}</li>
                ))}
                {more > 0 && <li>{t('components.errorSummary.more', { count: more })}</li>}
              </ul>
            </li>
          );
        })}
      </ul>
    </Details>
  );
}
