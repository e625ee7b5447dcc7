import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from './text-input';

export interface MoneyInputProps {
  readonly id: string;
  /** Say "in pounds" or similar here: the £ prefix is hidden from screen readers. */
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /** Shown after the amount, such as "an hour". */
  readonly suffix?: string | undefined;
  readonly name?: string | undefined;
  readonly disabled?: boolean | undefined;
  /** The amount as typed: parsing and rounding belong to the domain, not here. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur?: (() => void) | undefined;
  readonly labelIsPageHeading?: boolean | undefined;
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
