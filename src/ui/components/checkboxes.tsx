import { ChoiceList, type ChoiceQuestionProps } from './choice-list';

export type { ChoiceOption as CheckboxOption } from './choice-list';

export interface CheckboxesProps extends ChoiceQuestionProps {
  /** The values of the ticked options. */
  readonly values: readonly string[];
  /** Called with the ticked values in the order the options are listed. */
  readonly onChange: (values: string[]) => void;
}

/** Any number of answers from a list, each option with an optional hint and follow-up content. */
export function Checkboxes({ values, onChange, ...question }: CheckboxesProps) {
  return (
    <ChoiceList
      {...question}
      kind="checkboxes"
      isChecked={(option) => values.includes(option)}
      onToggle={(option, checked) => {
        const ticked = new Set(values);
        if (checked) ticked.add(option);
        else ticked.delete(option);
        onChange(
          question.options
            .map((candidate) => candidate.value)
            .filter((candidate) => ticked.has(candidate)),
        );
      }}
    />
  );
}
