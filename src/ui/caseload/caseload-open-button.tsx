/**
 * "Open" for one budget of a caseload: adds it to the saved budgets and opens it. Screen
 * readers hear the person and the file, as two people in a caseload may share a name.
 * Back from the budget returns to this button (caseload-return.ts).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { rememberCaseloadPlace, returnToCaseloadPlace } from './caseload-return';

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
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (button.current !== null) returnToCaseloadPlace(button.current, file);
  }, [file]);
  return (
    <button
      ref={button}
      type="button"
      className="nhsuk-link app-caseload-open"
      data-caseload-open={file}
      onClick={(event) => {
        rememberCaseloadPlace(event.currentTarget, file);
        onOpen();
      }}
    >
      {t('caseload.table.open')}{' '}
      <span className="nhsuk-u-visually-hidden">
        {t('caseload.table.openWhich', { name, file })}
      </span>
    </button>
  );
}
