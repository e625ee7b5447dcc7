import { Fragment, type ReactNode } from 'react';
import { classNames } from './class-names';
import { Fieldset, type LegendSize } from './fieldset';
import { fieldIds, FormGroup, HintAndError } from './form-group';
import { Hint } from './hint';

export interface ChoiceOption {
  readonly value: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  /** Shown beneath the option only while it is chosen, such as a follow-up question. */
  readonly conditional?: ReactNode;
  readonly disabled?: boolean | undefined;
}

/** What Radios and Checkboxes share: a question (legend) with a list of options. */
export interface ChoiceQuestionProps {
  /** The first option's id (the rest are "<id>-2", "<id>-3"…), so an error summary links here. */
  readonly id: string;
  readonly name?: string | undefined;
  readonly legend: ReactNode;
  readonly legendSize?: LegendSize | undefined;
  readonly legendIsPageHeading?: boolean | undefined;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly options: readonly ChoiceOption[];
  /** Side by side, for two short options such as Yes and No; never with conditional content. */
  readonly inline?: boolean | undefined;
  readonly small?: boolean | undefined;
  /** Inside the question, after its hint and before the options: shortcuts that tick several. */
  readonly beforeOptions?: ReactNode;
}

interface ChoiceListProps extends ChoiceQuestionProps {
  readonly kind: 'radios' | 'checkboxes';
  readonly isChecked: (value: string) => boolean;
  readonly onToggle: (value: string, checked: boolean) => void;
}

/**
 * NHS.UK's classes for each kind, written whole: the build keeps only the rules of classes
 * the source names (scripts/unused-styles.ts).
 */
const CLASSES = {
  radios: {
    list: 'nhsuk-radios',
    small: 'nhsuk-radios--small',
    inline: 'nhsuk-radios--inline',
    item: 'nhsuk-radios__item',
    input: 'nhsuk-radios__input',
    label: 'nhsuk-label nhsuk-radios__label',
    hint: 'nhsuk-radios__hint',
    conditional: 'nhsuk-radios__conditional',
    hidden: 'nhsuk-radios__conditional--hidden',
  },
  checkboxes: {
    list: 'nhsuk-checkboxes',
    small: 'nhsuk-checkboxes--small',
    inline: 'nhsuk-checkboxes--inline',
    item: 'nhsuk-checkboxes__item',
    input: 'nhsuk-checkboxes__input',
    label: 'nhsuk-label nhsuk-checkboxes__label',
    hint: 'nhsuk-checkboxes__hint',
    conditional: 'nhsuk-checkboxes__conditional',
    hidden: 'nhsuk-checkboxes__conditional--hidden',
  },
} as const;

/** NHS.UK names an option's ids after the first option's id, counting from 2. */
export const optionId = (id: string, index: number) => (index === 0 ? id : `${id}-${index + 1}`);

export function ChoiceList(props: ChoiceListProps) {
  const { kind, id, hint, error, options, isChecked, onToggle } = props;
  const ids = fieldIds(id, hint, error);
  const type = kind === 'radios' ? 'radio' : 'checkbox';
  const classes = CLASSES[kind];
  return (
    <FormGroup hasError={ids.errorId !== undefined}>
      <Fieldset
        legend={props.legend}
        legendSize={props.legendSize}
        legendIsPageHeading={props.legendIsPageHeading}
        describedBy={ids.describedBy}
      >
        <HintAndError ids={ids} hint={hint} error={error} />
        {props.beforeOptions}
        <div
          className={classNames(
            classes.list,
            props.small === true && classes.small,
            props.inline === true && classes.inline,
          )}
        >
          {options.map((option, index) => {
            const itemId = optionId(id, index);
            const hintId = option.hint != null ? `${itemId}-item-hint` : undefined;
            const conditionalId = option.conditional != null ? `conditional-${itemId}` : undefined;
            const checked = isChecked(option.value);
            return (
              <Fragment key={option.value}>
                <div className={classes.item}>
                  <input
                    className={classes.input}
                    id={itemId}
                    name={props.name ?? id}
                    type={type}
                    value={option.value}
                    checked={checked}
                    disabled={option.disabled}
                    aria-describedby={hintId}
                    aria-controls={conditionalId}
                    onChange={(event) => onToggle(option.value, event.target.checked)}
                  />
                  <label className={classes.label} htmlFor={itemId}>
                    {option.label}
                  </label>
                  {hintId !== undefined && (
                    <Hint id={hintId} className={classes.hint}>
                      {option.hint}
                    </Hint>
                  )}
                </div>
                {conditionalId !== undefined && (
                  // Kept in the page while hidden, as NHS.UK does, so answers typed there survive
                  // a change of mind; `hidden` as well as the class, which hides only with JS.
                  <div
                    className={classNames(classes.conditional, !checked && classes.hidden)}
                    id={conditionalId}
                    hidden={!checked}
                  >
                    {option.conditional}
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
