import { useTranslation } from '../hooks/use-translation';
import type { FieldProps } from './form-group';
import { TextInput } from './text-input';

/**
 * The label should say "in pounds" or similar: the £ prefix is hidden from screen readers.
 * The value is the amount as typed: parsing and rounding belong to the domain, not here.
 */
export interface MoneyInputProps extends FieldProps {
  /** Shown after the amount, such as "an hour". */
  readonly suffix?: string | undefined;
}

/**
 * An amount of money: a text input (never type="number", which drops what it cannot parse
 * and changes on scroll) with a decimal keypad on phones, a £ prefix and the fixed width
 * NHS.UK uses for amounts.
 */
export function MoneyInput(props: MoneyInputProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      {...props}
      type="text"
      inputMode="decimal"
      spellCheck={false}
      autoComplete="off"
      width={5}
      prefix={t('components.moneyInput.prefix')}
    />
  );
}
