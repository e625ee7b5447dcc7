/** One figure of the card form: money with the £ prefix, or a number or text, labelled in its block. */
import { MoneyInput } from '../components/money-input';
import { TextInput, type InputWidth } from '../components/text-input';
import { VisuallyHidden } from '../components/visually-hidden';
import { rateCardFieldId } from './rate-card-field-names';
import type { RateCardFormControls } from './rate-card-form-controls';

export interface FigureInputProps {
  readonly controls: RateCardFormControls;
  readonly field: string;
  readonly label: string;
  /** The block's name, for screen readers: "By day, Monday to Friday" is in many blocks. */
  readonly context: string;
  readonly kind: 'money' | 'number' | 'text';
  readonly hint?: string | undefined;
  readonly width?: InputWidth | undefined;
}

export function RateCardFigureInput({
  controls,
  field,
  label,
  context,
  kind,
  hint,
  width,
}: FigureInputProps) {
  const props = {
    id: rateCardFieldId(field),
    label: (
      <>
        {label}
        <VisuallyHidden>, {context}</VisuallyHidden>
      </>
    ),
    hint,
    error: controls.errorFor(field),
    value: controls.text(field),
    onChange: controls.set(field),
  };
  if (kind === 'money') return <MoneyInput {...props} />;
  return (
    <TextInput
      {...props}
      width={width ?? (kind === 'number' ? 5 : 'full')}
      inputMode={kind === 'number' ? 'decimal' : undefined}
      spellCheck={kind === 'text' ? undefined : false}
      autoComplete="off"
    />
  );
}
