/** "Open" for one budget of a caseload: adds it to the saved budgets and opens it. */
import { useTranslation } from 'react-i18next';

export function CaseloadOpenButton({ name, onOpen }: { name: string; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="nhsuk-link app-caseload-open" onClick={onOpen}>
      {t('caseload.table.open')}
      <span className="nhsuk-u-visually-hidden"> {name}</span>
    </button>
  );
}
