import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Select } from '../../../src/ui/components/select';
import { Textarea } from '../../../src/ui/components/textarea';
import { renderWithI18n } from '../render';

function Notes({ error }: { error?: string }) {
  const [value, setValue] = useState('');
  return (
    <Textarea
      id="notes"
      label="Notes"
      hint="Anything the reviewer should know"
      error={error}
      value={value}
      onChange={setValue}
    />
  );
}

function RateCard({ error }: { error?: string }) {
  const [value, setValue] = useState('a');
  return (
    <>
      <Select
        id="card"
        label="Rate card"
        hint="Your area's card"
        error={error}
        options={[
          { value: 'a', label: 'England 2025 to 2026' },
          { value: 'b', label: 'England 2026 to 2027' },
        ]}
        value={value}
        onChange={setValue}
      />
      <output aria-label="Chosen">{value}</output>
    </>
  );
}

describe('Textarea', () => {
  it('takes typing, with the hint then the error describing it', async () => {
    renderWithI18n(<Notes error="Notes must be 500 characters or fewer" />);
    const box = screen.getByRole('textbox', { name: 'Notes' });
    await userEvent.type(box, 'Needs two carers');
    expect(box).toHaveValue('Needs two carers');
    expect(box).toHaveAttribute('aria-describedby', 'notes-hint notes-error');
    expect(box).toHaveClass('nhsuk-textarea', 'nhsuk-textarea--error');
    expect(box).toHaveAttribute('rows', '5');
    expect(document.getElementById('notes-error')).toHaveTextContent(
      'Error: Notes must be 500 characters or fewer',
    );
  });

  it('without an error has no error class and is described by the hint alone', () => {
    renderWithI18n(<Notes />);
    const box = screen.getByRole('textbox', { name: 'Notes' });
    expect(box).toHaveAttribute('aria-describedby', 'notes-hint');
    expect(box).not.toHaveClass('nhsuk-textarea--error');
  });
});

describe('Select', () => {
  it('reports the chosen option value', async () => {
    renderWithI18n(<RateCard />);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Rate card' }),
      'England 2026 to 2027',
    );
    expect(screen.getByLabelText('Chosen')).toHaveTextContent('b');
  });

  it('wires its hint and error like every field', () => {
    renderWithI18n(<RateCard error="Choose a rate card" />);
    const select = screen.getByLabelText('Rate card');
    expect(select).toHaveAttribute('aria-describedby', 'card-hint card-error');
    expect(select).toHaveClass('nhsuk-select', 'nhsuk-select--error');
    expect(select.closest('.nhsuk-form-group')).toHaveClass('nhsuk-form-group--error');
  });
});
