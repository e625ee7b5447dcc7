import { classNames } from './class-names';
import { ErrorMessage } from './error-message';
import { FormGroup } from './form-group';
import { Hint } from './hint';

export type DatePart = 'day' | 'month' | 'year';
const PARTS: readonly DatePart[] = ['day', 'month', 'year'];

export interface DateInputProps {
  /** The group's id; the boxes are `<id>-day`, `<id>-month`, `<id>-year`, and an error summary links to the first. */
  readonly id: string;
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  /** The words over each box: "Day", "Month", "Year". */
  readonly labels: Readonly<Record<DatePart, string>>;
  readonly value: Readonly<Record<DatePart, string>>;
  readonly onChange: (part: DatePart, value: string) => void;
}

/**
 * A date as three boxes, day, month and year (the NHS.UK date input): easier to type and
 * to get right than a date picker, and the same in every browser.
 */
export function DateInput({ id, legend, hint, error, labels, value, onChange }: DateInputProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined || error === '' ? undefined : `${id}-error`;
  const describedBy = [hintId, errorId].filter((part) => part !== undefined).join(' ') || undefined;
  return (
    <FormGroup hasError={errorId !== undefined}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hintId !== undefined && <Hint id={hintId}>{hint}</Hint>}
        {errorId !== undefined && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div className="nhsuk-date-input">
          {PARTS.map((part) => (
            <div className="nhsuk-date-input__item" key={part}>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part}`}>
                  {labels[part]}
                </label>
                <input
                  className={classNames(
                    'nhsuk-input nhsuk-date-input__input',
                    part === 'year' ? 'nhsuk-input--width-4' : 'nhsuk-input--width-2',
                    errorId !== undefined && 'nhsuk-input--error',
                  )}
                  id={`${id}-${part}`}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={value[part]}
                  onChange={(event) => onChange(part, event.target.value)}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </FormGroup>
  );
}
