/**
 * Choosing a caseload's files: several files, a zip of them, a whole folder, or any of
 * these dragged onto the page. Files are read on this device only. Choosing starts the
 * reading at once: there is nothing else to decide first, and more files can be added at
 * any time.
 */
import { useState, type DragEvent } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { filesFromDrop, filesFromInput } from './dropped-files';
import type { NamedFile } from '../../workers/caseload/caseload-jobs';
import { classNames } from '../components/class-names';
import { FormGroup } from '../components/form-group';
import { Hint } from '../components/hint';
import { Label } from '../components/label';

export const CASELOAD_FILES_ID = 'caseload-files';
export const CASELOAD_FOLDER_ID = 'caseload-folder';

export function CaseloadLoad({ onFiles }: { onFiles: (files: NamedFile[]) => void }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void filesFromDrop(event.dataTransfer).then(onFiles);
  };
  const dragOver = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };

  return (
    <div
      className={classNames('app-caseload-drop', over && 'app-caseload-drop--over')}
      onDragOver={dragOver}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <h2 className="nhsuk-heading-m">{t('caseload.load.heading')}</h2>
      <p className="nhsuk-body">{t('caseload.load.intro')}</p>
      <FormGroup hasError={false}>
        <Label htmlFor={CASELOAD_FILES_ID}>{t('caseload.load.filesLabel')}</Label>
        <Hint id={`${CASELOAD_FILES_ID}-hint`}>{t('caseload.load.filesHint')}</Hint>
        <input
          className="nhsuk-file-upload__input"
          id={CASELOAD_FILES_ID}
          type="file"
          multiple
          // A zip of budget files is read by the workers (zip-share.ts).
          accept=".json,application/json,.zip,application/zip"
          aria-describedby={`${CASELOAD_FILES_ID}-hint`}
          onChange={(event) => {
            onFiles(filesFromInput(event.target.files));
            event.target.value = '';
          }}
        />
      </FormGroup>
      <FormGroup hasError={false}>
        <Label htmlFor={CASELOAD_FOLDER_ID}>{t('caseload.load.folderLabel')}</Label>
        <Hint id={`${CASELOAD_FOLDER_ID}-hint`}>{t('caseload.load.folderHint')}</Hint>
        <input
          className="nhsuk-file-upload__input"
          id={CASELOAD_FOLDER_ID}
          type="file"
          // Not in React's types: the attribute every current browser uses to pick a folder.
          {...{ webkitdirectory: '' }}
          aria-describedby={`${CASELOAD_FOLDER_ID}-hint`}
          onChange={(event) => {
            onFiles(filesFromInput(event.target.files));
            event.target.value = '';
          }}
        />
      </FormGroup>
      <p className="nhsuk-body nhsuk-u-margin-bottom-0 app-caseload-drop__say">
        {t('caseload.load.drop')}
      </p>
    </div>
  );
}
