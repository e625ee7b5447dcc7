import { ChoiceList, type ChoiceQuestionProps } from './choice-list';

export type { ChoiceOption as RadioOption } from './choice-list';

export interface RadiosProps extends ChoiceQuestionProps {
  /** The chosen option's value; undefined (or '') before one is chosen. */
  readonly value: string | undefined;
  readonly onChange: (value: string) => void;
}

/** One answer from a short list, each option with an optional hint and follow-up content. */
export function Radios({ value, onChange, ...question }: RadiosProps) {
  return (
    <ChoiceList
      {...question}
      kind="radios"
      isChecked={(option) => option === value}
      onToggle={(option, checked) => {
        if (checked) onChange(option);
      }}
    />
  );
}
