import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Checkboxes } from '../../../src/ui/components/checkboxes';
import { Radios } from '../../../src/ui/components/radios';
import { renderWithI18n } from '../render';

function Funding({ error }: { error?: string }) {
  const [value, setValue] = useState<string | undefined>(undefined);
  return (
    <>
      <Radios
        id="route"
        legend="How is the budget paid?"
        hint="Choose one"
        error={error}
        value={value}
        onChange={setValue}
        options={[
          {
            value: 'direct-payment',
            label: 'Direct payment',
            hint: 'The money is paid to you',
            conditional: (
              <label>
                Account holder <input />
              </label>
            ),
          },
          {
            value: 'notional',
            label: 'Notional budget',
            conditional: <p>The council holds the money.</p>,
          },
          { value: 'third-party', label: 'Third-party budget' },
        ]}
      />
      <output aria-label="Chosen">{value}</output>
    </>
  );
}

function Days() {
  const [values, setValues] = useState<string[]>([]);
  return (
    <>
      <Checkboxes
        id="days"
        legend="Which days?"
        values={values}
        onChange={setValues}
        options={[
          { value: 'mon', label: 'Monday', conditional: <p>Monday visits</p> },
          { value: 'tue', label: 'Tuesday', conditional: <p>Tuesday visits</p> },
          { value: 'wed', label: 'Wednesday' },
        ]}
      />
      <output aria-label="Ticked">{values.join(',')}</output>
    </>
  );
}

describe('Radios', () => {
  it('is a group named by its legend, with hint then error describing the fieldset', () => {
    renderWithI18n(<Funding error="Choose how the budget is paid" />);
    const group = screen.getByRole('group', { name: 'How is the budget paid?' });
    expect(group).toHaveAttribute('aria-describedby', 'route-hint route-error');
    expect(group).toHaveAccessibleDescription('Choose one Error: Choose how the budget is paid');
    expect(group.closest('.nhsuk-form-group')).toHaveClass('nhsuk-form-group--error');
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
  });

  it('numbers option ids from the question id, so an error link reaches the first option', () => {
    renderWithI18n(<Funding />);
    expect(screen.getByRole('radio', { name: 'Direct payment' })).toHaveAttribute('id', 'route');
    expect(screen.getByRole('radio', { name: 'Notional budget' })).toHaveAttribute('id', 'route-2');
    expect(screen.getByRole('radio', { name: 'Third-party budget' })).toHaveAttribute(
      'id',
      'route-3',
    );
  });

  it('describes an option by its own hint', () => {
    renderWithI18n(<Funding />);
    expect(screen.getByRole('radio', { name: 'Direct payment' })).toHaveAccessibleDescription(
      'The money is paid to you',
    );
  });

  it('shows conditional content only for the chosen option', async () => {
    renderWithI18n(<Funding />);
    expect(screen.queryByText('The council holds the money.')).not.toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Account holder' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByLabelText('Direct payment'));
    expect(screen.getByLabelText('Chosen')).toHaveTextContent('direct-payment');
    expect(screen.getByRole('textbox', { name: 'Account holder' })).toBeVisible();
    expect(screen.getByText('The council holds the money.')).not.toBeVisible();

    await userEvent.click(screen.getByLabelText('Notional budget'));
    expect(screen.getByText('The council holds the money.')).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Account holder' })).not.toBeInTheDocument();
  });

  it('keeps what was typed in hidden conditional content', async () => {
    renderWithI18n(<Funding />);
    await userEvent.click(screen.getByLabelText('Direct payment'));
    await userEvent.type(screen.getByRole('textbox', { name: 'Account holder' }), 'Ann');
    await userEvent.click(screen.getByLabelText('Third-party budget'));
    await userEvent.click(screen.getByLabelText('Direct payment'));
    expect(screen.getByRole('textbox', { name: 'Account holder' })).toHaveValue('Ann');
  });

  it('points each option with conditional content at it with aria-controls', () => {
    renderWithI18n(<Funding />);
    const radio = screen.getByRole('radio', { name: 'Direct payment' });
    const controlled = document.getElementById(radio.getAttribute('aria-controls') ?? '');
    expect(controlled).toHaveClass(
      'nhsuk-radios__conditional',
      'nhsuk-radios__conditional--hidden',
    );
    expect(screen.getByRole('radio', { name: 'Third-party budget' })).not.toHaveAttribute(
      'aria-controls',
    );
  });

  it('can be inline and small, and the legend can be the page heading', () => {
    renderWithI18n(
      <Radios
        id="yes-no"
        legend="Is the carer willing?"
        legendIsPageHeading
        inline
        small
        value="yes"
        onChange={() => undefined}
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Is the carer willing?' })).toHaveClass(
      'nhsuk-fieldset__heading',
    );
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Yes' }).closest('.nhsuk-radios')).toHaveClass(
      'nhsuk-radios--inline',
      'nhsuk-radios--small',
    );
  });
});

describe('Checkboxes', () => {
  it('reports every ticked value, in the order of the options', async () => {
    renderWithI18n(<Days />);
    await userEvent.click(screen.getByLabelText('Wednesday'));
    await userEvent.click(screen.getByLabelText('Monday'));
    expect(screen.getByLabelText('Ticked')).toHaveTextContent('mon,wed');
    await userEvent.click(screen.getByLabelText('Wednesday'));
    expect(screen.getByLabelText('Ticked')).toHaveTextContent(/^mon$/);
  });

  it('shows conditional content only for the ticked options', async () => {
    renderWithI18n(<Days />);
    expect(screen.getByText('Monday visits')).not.toBeVisible();
    expect(screen.getByText('Tuesday visits')).not.toBeVisible();
    await userEvent.click(screen.getByLabelText('Tuesday'));
    expect(screen.getByText('Tuesday visits')).toBeVisible();
    expect(screen.getByText('Monday visits')).not.toBeVisible();
    await userEvent.click(screen.getByLabelText('Monday'));
    expect(screen.getByText('Monday visits')).toBeVisible();
    expect(screen.getByText('Tuesday visits')).toBeVisible();
  });

  it('uses the NHS.UK checkbox classes', () => {
    renderWithI18n(<Days />);
    const box = screen.getByRole('checkbox', { name: 'Monday' });
    expect(box).toHaveClass('nhsuk-checkboxes__input');
    expect(box).toHaveAttribute('id', 'days');
    expect(box.closest('.nhsuk-checkboxes__item')).not.toBeNull();
  });
});
