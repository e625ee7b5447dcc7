/**
 * The parts of a spreadsheet import page that both imports share: the file input for a
 * CSV or workbook, and the choice of profile, each named and described in the page's
 * language (a profile written in one language shows the same words in both).
 */
import type { RefObject } from 'react';
import { useTranslation } from '../hooks/use-translation';
import type { LocalisedText } from '../../domain/schema/rate-card';
import { localise } from '../../i18n/localise';
import { FileUpload } from '../components/file-upload';
import { Radios } from '../components/radios';

const SPREADSHEETS =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function SpreadsheetUpload(props: {
  readonly id: string;
  readonly label: string;
  readonly error: string | undefined;
  readonly inputRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  return <FileUpload {...props} hint={t('importing.page.fileHint')} accept={SPREADSHEETS} />;
}

interface Named {
  readonly id: string;
  readonly name: LocalisedText;
  readonly description?: LocalisedText | undefined;
}

export function ProfileChoice(props: {
  readonly id: string;
  readonly legend: string;
  readonly hint: string;
  readonly profiles: Iterable<Named>;
  readonly value: string;
  readonly onChange: (id: string) => void;
}) {
  const { i18n } = useTranslation();
  const { profiles, ...question } = props;
  return (
    <Radios
      {...question}
      legendSize="s"
      options={[...profiles].map((one) => ({
        value: one.id,
        label: localise(one.name, i18n.language),
        hint: one.description === undefined ? undefined : localise(one.description, i18n.language),
      }))}
    />
  );
}
