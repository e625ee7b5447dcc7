/** The spreadsheet to import: a file input with its label, hint and error, in NHS.UK markup. */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIds, FormGroup, HintAndError } from '../components/form-group';
import { Label } from '../components/label';

export function FileField({
  id,
  inputRef,
  error,
}: {
  id: string;
  inputRef: RefObject<HTMLInputElement | null>;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const ids = fieldIds(id, t('importing.page.fileHint'), error);
  return (
    <FormGroup hasError={ids.errorId !== undefined}>
      <Label htmlFor={id}>{t('importing.page.fileLabel')}</Label>
      <HintAndError ids={ids} hint={t('importing.page.fileHint')} error={error} />
      <input
        className="nhsuk-file-upload__input"
        id={id}
        name={id}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={ids.describedBy}
        ref={inputRef}
      />
    </FormGroup>
  );
}
