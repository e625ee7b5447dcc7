/**
 * A file input with its label, hint and error, in NHS.UK markup: the one way a page asks
 * for a file (a budget, a rate card, a spreadsheet), so each reads and announces the same.
 */
import type { RefObject } from 'react';
import { fieldIds, FormGroup, HintAndError } from './form-group';
import { Label } from './label';

export interface FileUploadProps {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly error: string | undefined;
  /** The types the file chooser offers, as the input's `accept`. */
  readonly accept: string;
  readonly inputRef: RefObject<HTMLInputElement | null>;
}

export function FileUpload({ id, label, hint, error, accept, inputRef }: FileUploadProps) {
  const ids = fieldIds(id, hint, error);
  return (
    <FormGroup hasError={ids.errorId !== undefined}>
      <Label htmlFor={id}>{label}</Label>
      <HintAndError ids={ids} hint={hint} error={error} />
      <input
        className="nhsuk-file-upload__input"
        id={id}
        name={id}
        type="file"
        accept={accept}
        aria-describedby={ids.describedBy}
        ref={inputRef}
      />
    </FormGroup>
  );
}
