import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MoneyInput } from '../../../src/ui/components/money-input';
import { TextInput, type TextInputProps } from '../../../src/ui/components/text-input';
import { renderWithI18n } from '../render';

type Controlled = Omit<TextInputProps, 'value' | 'onChange'> & { initial?: string };

function ControlledInput({ initial = '', ...props }: Controlled) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <TextInput {...props} value={value} onChange={setValue} />
      <output aria-label="Stored value">{value}</output>
    </>
  );
}

describe('TextInput', () => {
  it('is found by its label and passes each keystroke up as text', async () => {
    renderWithI18n(<ControlledInput id="activity" label="What is the support for?" />);
    await userEvent.type(screen.getByLabelText('What is the support for?'), 'Getting up');
    expect(screen.getByLabelText('Stored value')).toHaveTextContent('Getting up');
    expect(screen.getByRole('textbox', { name: 'What is the support for?' })).toHaveValue(
      'Getting up',
    );
  });

  it('with no hint or error, has no aria-describedby and no error styling', () => {
    renderWithI18n(<ControlledInput id="activity" label="Activity" />);
    const input = screen.getByLabelText('Activity');
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).toHaveClass('nhsuk-input');
    expect(input).not.toHaveClass('nhsuk-input--error');
    expect(input.closest('.nhsuk-form-group')).not.toHaveClass('nhsuk-form-group--error');
  });

  it('is described by its hint and then its error, in that order', () => {
    renderWithI18n(
      <ControlledInput
        id="minutes"
        label="Minutes a visit"
        hint="For example, 45"
        error="Enter the minutes a visit lasts"
      />,
    );
    const input = screen.getByLabelText('Minutes a visit');
    expect(input).toHaveAttribute('aria-describedby', 'minutes-hint minutes-error');
    expect(input).toHaveAccessibleDescription(
      'For example, 45 Error: Enter the minutes a visit lasts',
    );
    expect(document.getElementById('minutes-hint')).toHaveClass('nhsuk-hint');
  });

  it('shows an error with a visually hidden "Error:" prefix and the NHS.UK error classes', () => {
    renderWithI18n(
      <ControlledInput
        id="minutes"
        label="Minutes a visit"
        error="Enter the minutes a visit lasts"
      />,
    );
    const message = document.getElementById('minutes-error');
    expect(message).toHaveClass('nhsuk-error-message');
    expect(message).toHaveTextContent('Error: Enter the minutes a visit lasts');
    expect(message?.querySelector('.nhsuk-u-visually-hidden')).toHaveTextContent('Error:');
    const input = screen.getByLabelText('Minutes a visit');
    expect(input).toHaveAttribute('aria-describedby', 'minutes-error');
    expect(input).toHaveClass('nhsuk-input--error');
    expect(input.closest('.nhsuk-form-group')).toHaveClass('nhsuk-form-group--error');
  });

  it('leaves aria-invalid unset, as NHS.UK frontend does: the described error says it', () => {
    renderWithI18n(
      <ControlledInput id="minutes" label="Minutes a visit" error="Enter the minutes" />,
    );
    expect(screen.getByLabelText('Minutes a visit')).not.toHaveAttribute('aria-invalid');
  });

  it('sets the width class, or the full-width utility', () => {
    const { unmount } = renderWithI18n(<ControlledInput id="a" label="Short" width={3} />);
    expect(screen.getByLabelText('Short')).toHaveClass('nhsuk-input--width-3');
    unmount();
    renderWithI18n(<ControlledInput id="b" label="Long" width="full" />);
    expect(screen.getByLabelText('Long')).toHaveClass('nhsuk-u-width-full');
  });

  it('wraps a prefix and suffix round the input, hidden from screen readers', () => {
    renderWithI18n(
      <ControlledInput id="hours" label="Hours a week" prefix="about" suffix="hours" />,
    );
    const input = screen.getByLabelText('Hours a week');
    const wrapper = input.parentElement;
    expect(wrapper).toHaveClass('nhsuk-input-wrapper');
    expect(wrapper?.querySelector('.nhsuk-input-wrapper__prefix')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
    expect(wrapper?.querySelector('.nhsuk-input-wrapper__suffix')).toHaveTextContent('hours');
    expect(input).toHaveAccessibleName('Hours a week');
  });

  it('can be the page heading: the label inside the h1', () => {
    renderWithI18n(
      <ControlledInput id="name" label="What is the budget called?" labelIsPageHeading />,
    );
    const heading = screen.getByRole('heading', { level: 1, name: 'What is the budget called?' });
    expect(heading).toHaveClass('nhsuk-label-wrapper');
    expect(heading.querySelector('label')).toHaveClass('nhsuk-label', 'nhsuk-label--l');
    expect(screen.getByLabelText('What is the budget called?')).toBeInTheDocument();
  });

  it('passes inputMode and autoComplete through', () => {
    renderWithI18n(
      <ControlledInput
        id="postcode"
        label="Postcode"
        inputMode="text"
        autoComplete="postal-code"
      />,
    );
    const input = screen.getByLabelText('Postcode');
    expect(input).toHaveAttribute('autocomplete', 'postal-code');
    expect(input).toHaveAttribute('inputmode', 'text');
  });
});

describe('MoneyInput', () => {
  function ControlledMoney() {
    const [value, setValue] = useState('');
    return (
      <MoneyInput
        id="rate"
        label="Hourly rate, in pounds"
        hint="For example, 24.50"
        value={value}
        onChange={setValue}
      />
    );
  }

  it('is a text input with a decimal keypad, never type="number"', () => {
    renderWithI18n(<ControlledMoney />);
    const input = screen.getByRole('textbox', { name: 'Hourly rate, in pounds' });
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('inputmode', 'decimal');
    expect(input).toHaveAttribute('spellcheck', 'false');
  });

  it('has a £ prefix, hidden from screen readers, and the fixed width 5', () => {
    renderWithI18n(<ControlledMoney />);
    const input = screen.getByLabelText('Hourly rate, in pounds');
    expect(input).toHaveClass('nhsuk-input--width-5');
    const prefix = input.parentElement?.querySelector('.nhsuk-input-wrapper__prefix');
    expect(prefix).toHaveTextContent('£');
    expect(prefix).toHaveAttribute('aria-hidden', 'true');
    expect(input).toHaveAttribute('aria-describedby', 'rate-hint');
  });

  it('keeps exactly what is typed, for the domain to parse', async () => {
    renderWithI18n(<ControlledMoney />);
    const input = screen.getByLabelText('Hourly rate, in pounds');
    await userEvent.type(input, '£1,024.5');
    expect(input).toHaveValue('£1,024.5');
  });
});
