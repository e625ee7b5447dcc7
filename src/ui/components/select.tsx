import { classNames } from './class-names';
import { fieldIds, FormGroup, HintAndError, type FieldProps } from './form-group';
import { Label } from './label';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
  readonly disabled?: boolean | undefined;
}

export interface SelectProps extends Omit<FieldProps, 'onBlur'> {
  readonly options: readonly SelectOption[];
}

/** A drop-down list. NHS.UK advises radios instead where there are few options. */
export function Select(props: SelectProps) {
  const { id, label, hint, error, options, value, onChange } = props;
  const ids = fieldIds(id, hint, error);
  return (
    <FormGroup hasError={ids.errorId !== undefined}>
      <Label htmlFor={id} isPageHeading={props.labelIsPageHeading} size={props.labelSize}>
        {label}
      </Label>
      <HintAndError ids={ids} hint={hint} error={error} />
      <select
        className={classNames('nhsuk-select', ids.errorId !== undefined && 'nhsuk-select--error')}
        id={id}
        name={props.name ?? id}
        disabled={props.disabled}
        aria-describedby={ids.describedBy}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
