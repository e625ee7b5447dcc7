/**
 * "Open" for one budget of a caseload: adds it to the saved budgets and opens it. Screen
 * readers hear the person and the file, as two people in a caseload may share a name.
 */
import { useTranslation } from 'react-i18next';

export function CaseloadOpenButton({
  name,
  file,
  onOpen,
}: {
  name: string;
  file: string;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  return (
    <button type="button" className="nhsuk-link app-caseload-open" onClick={onOpen}>
      {t('caseload.table.open')}{' '}
      <span className="nhsuk-u-visually-hidden">
        {t('caseload.table.openWhich', { name, file })}
      </span>
    </button>
  );
}
