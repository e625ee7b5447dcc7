import type { HTMLAttributes } from 'react';
import { classNames } from './class-names';
import { fieldIds, FormGroup, HintAndError, type FieldProps } from './form-group';
import { Label } from './label';

/** Widths in characters (nhsuk-input--width-N), or the full width of the column. */
export type InputWidth = 2 | 3 | 4 | 5 | 10 | 20 | 30 | 'full';

export interface TextInputProps extends FieldProps {
  readonly width?: InputWidth | undefined;
  /** Shown before the input, such as "£"; hidden from screen readers, so say it in the label. */
  readonly prefix?: string | undefined;
  /** Shown after the input, such as "hours"; hidden from screen readers too. */
  readonly suffix?: string | undefined;
  readonly inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  readonly autoComplete?: string | undefined;
  readonly type?: 'text' | 'email' | 'tel' | 'url' | 'password' | undefined;
  readonly spellCheck?: boolean | undefined;
}

// Each class written whole: the build keeps only the rules of classes the source names.
const WIDTH_CLASS: Record<InputWidth, string> = {
  2: 'nhsuk-input--width-2',
  3: 'nhsuk-input--width-3',
  4: 'nhsuk-input--width-4',
  5: 'nhsuk-input--width-5',
  10: 'nhsuk-input--width-10',
  20: 'nhsuk-input--width-20',
  30: 'nhsuk-input--width-30',
  full: 'nhsuk-u-width-full',
};

/** A one-line text field with its label, hint and error, in NHS.UK markup. */
export function TextInput(props: TextInputProps) {
  const { id, label, hint, error, width, prefix, suffix, value, onChange } = props;
  const ids = fieldIds(id, hint, error);
  const hasAffix = (prefix ?? '') !== '' || (suffix ?? '') !== '';
  const input = (
    <input
      className={classNames(
        'nhsuk-input',
        ids.errorId !== undefined && 'nhsuk-input--error',
        width !== undefined && WIDTH_CLASS[width],
      )}
      id={id}
      name={props.name ?? id}
      type={props.type ?? 'text'}
      spellCheck={props.spellCheck}
      inputMode={props.inputMode}
      autoComplete={props.autoComplete}
      disabled={props.disabled}
      aria-describedby={ids.describedBy}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={props.onBlur}
    />
  );
  return (
    <FormGroup hasError={ids.errorId !== undefined}>
      <Label htmlFor={id} isPageHeading={props.labelIsPageHeading ?? false} size={props.labelSize}>
        {label}
      </Label>
      <HintAndError ids={ids} hint={hint} error={error} />
      {hasAffix ? (
        <div className="nhsuk-input-wrapper">
          {(prefix ?? '') !== '' && (
            <div className="nhsuk-input-wrapper__prefix" aria-hidden="true">
              {prefix}
            </div>
          )}
          {input}
          {(suffix ?? '') !== '' && (
            <div className="nhsuk-input-wrapper__suffix" aria-hidden="true">
              {suffix}
            </div>
          )}
        </div>
      ) : (
        input
      )}
    </FormGroup>
  );
}
