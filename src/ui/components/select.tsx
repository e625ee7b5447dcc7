import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { fieldIds, FormGroup, HintAndError } from './form-group';
import { Label, type LabelSize } from './label';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
  readonly disabled?: boolean | undefined;
}

export interface SelectProps {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly options: readonly SelectOption[];
  readonly name?: string | undefined;
  readonly disabled?: boolean | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly labelIsPageHeading?: boolean | undefined;
  readonly labelSize?: LabelSize | undefined;
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
