import { classNames } from './class-names';
import { fieldIds, FormGroup, HintAndError, type FieldProps } from './form-group';
import { Label } from './label';

export interface TextareaProps extends FieldProps {
  /** Visible lines; NHS.UK's default is 5. */
  readonly rows?: number | undefined;
  readonly autoComplete?: string | undefined;
  readonly spellCheck?: boolean | undefined;
}

/** A multi-line text field with its label, hint and error. */
export function Textarea(props: TextareaProps) {
  const { id, label, hint, error, value, onChange } = props;
  const ids = fieldIds(id, hint, error);
  return (
    <FormGroup hasError={ids.errorId !== undefined}>
      <Label htmlFor={id} isPageHeading={props.labelIsPageHeading} size={props.labelSize}>
        {label}
      </Label>
      <HintAndError ids={ids} hint={hint} error={error} />
      <textarea
        className={classNames(
          'nhsuk-textarea',
          ids.errorId !== undefined && 'nhsuk-textarea--error',
        )}
        id={id}
        name={props.name ?? id}
        rows={props.rows ?? 5}
        autoComplete={props.autoComplete}
        spellCheck={props.spellCheck}
        disabled={props.disabled}
        aria-describedby={ids.describedBy}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={props.onBlur}
      />
    </FormGroup>
  );
}
