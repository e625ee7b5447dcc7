import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '../../../src/ui/components/error-summary';
import { Radios } from '../../../src/ui/components/radios';
import { TextInput } from '../../../src/ui/components/text-input';
import { renderWithI18n } from '../render';

function Form() {
  return (
    <>
      <ErrorSummary
        errors={[
          { fieldId: 'minutes', message: 'Enter the minutes a visit lasts' },
          { fieldId: 'who', message: 'Choose who gives the support' },
        ]}
      />
      <TextInput
        id="minutes"
        label="Minutes a visit"
        error="Enter the minutes a visit lasts"
        value=""
        onChange={() => undefined}
      />
      <Radios
        id="who"
        legend="Who gives the support?"
        error="Choose who gives the support"
        value={undefined}
        onChange={() => undefined}
        options={[
          { value: 'pa', label: 'A personal assistant' },
          { value: 'provider', label: 'A registered provider' },
        ]}
      />
    </>
  );
}

describe('ErrorSummary', () => {
  it('is an alert titled "There is a problem", listing each error as a link to its field', () => {
    renderWithI18n(<Form />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('There is a problem');
    expect(screen.getByRole('heading', { level: 2, name: 'There is a problem' })).toHaveClass(
      'nhsuk-error-summary__heading',
    );
    expect(screen.getByRole('link', { name: 'Enter the minutes a visit lasts' })).toHaveAttribute(
      'href',
      '#minutes',
    );
    expect(screen.getByRole('link', { name: 'Choose who gives the support' })).toHaveAttribute(
      'href',
      '#who',
    );
  });

  it('takes focus when it appears', () => {
    renderWithI18n(<Form />);
    const summary = screen.getByRole('alert').parentElement;
    expect(summary).toHaveClass('nhsuk-error-summary');
    expect(summary).toHaveFocus();
  });

  it('moves focus to the field when a link is followed, leaving the route in the hash alone', async () => {
    window.location.hash = '#/budgets/b-1/about';
    renderWithI18n(<Form />);
    await userEvent.click(screen.getByRole('link', { name: 'Enter the minutes a visit lasts' }));
    expect(screen.getByLabelText('Minutes a visit')).toHaveFocus();
    expect(window.location.hash).toBe('#/budgets/b-1/about');
  });

  it('moves focus to the first option of a radios question', async () => {
    renderWithI18n(<Form />);
    await userEvent.click(screen.getByRole('link', { name: 'Choose who gives the support' }));
    expect(screen.getByRole('radio', { name: 'A personal assistant' })).toHaveFocus();
  });

  it('takes a title of the caller’s own', () => {
    renderWithI18n(
      <ErrorSummary title="The file has problems" errors={[{ fieldId: 'x', message: 'Bad' }]} />,
    );
    expect(screen.getByRole('heading', { name: 'The file has problems' })).toBeInTheDocument();
  });

  it('takes focus again when a later submit finds different errors, not when they are the same', async () => {
    const first = [{ fieldId: 'a', message: 'First' }];
    const second = [{ fieldId: 'b', message: 'Second' }];
    function Resubmit() {
      const [errors, setErrors] = useState(first);
      return (
        <>
          <ErrorSummary errors={errors} />
          <button type="button" onClick={() => setErrors([...first])}>
            Same again
          </button>
          <button type="button" onClick={() => setErrors(second)}>
            Something else
          </button>
        </>
      );
    }
    renderWithI18n(<Resubmit />);
    const summary = screen.getByRole('alert').parentElement;
    await userEvent.click(screen.getByRole('button', { name: 'Same again' }));
    expect(screen.getByRole('button', { name: 'Same again' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Something else' }));
    expect(summary).toHaveFocus();
  });

  it('takes focus again after a submit that finds the same errors, as a page sent again would', async () => {
    const found = [{ fieldId: 'minutes', message: 'Enter the minutes a visit lasts' }];
    function SameProblem() {
      const [errors, setErrors] = useState<typeof found>([]);
      return (
        <main>
          {errors.length > 0 && <ErrorSummary errors={errors} />}
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              setErrors([...found]);
            }}
          >
            <TextInput id="minutes" label="Minutes a visit" value="" onChange={() => undefined} />
            <button type="submit">Save</button>
          </form>
        </main>
      );
    }
    renderWithI18n(<SameProblem />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const summary = screen.getByRole('alert').parentElement;
    expect(summary).toHaveFocus();

    // The person goes to the field, changes nothing that helps, and sends the form again.
    await userEvent.click(screen.getByRole('link', { name: 'Enter the minutes a visit lasts' }));
    expect(screen.getByLabelText('Minutes a visit')).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(summary).toHaveFocus());
  });
});
