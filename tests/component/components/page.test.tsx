import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type FormEvent } from 'react';
import { describe, expect, it } from 'vitest';
import { Button } from '../../../src/ui/components/button';
import type { FieldError } from '../../../src/ui/components/error-summary';
import { Page } from '../../../src/ui/components/page';
import { TextInput } from '../../../src/ui/components/text-input';
import { renderWithI18n } from '../render';

/** Two steps of a journey: a question that must be answered, then the next page. */
function Journey({ headingInContent = false }: { headingInContent?: boolean }) {
  const [step, setStep] = useState<'name' | 'carers'>('name');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name === '') {
      setErrors([{ fieldId: 'name', message: 'Enter a name for the budget' }]);
    } else {
      setErrors([]);
      setStep('carers');
    }
  };
  if (step === 'carers') {
    return (
      <Page title="Unpaid carers" caption="About the support" backLink={{ href: '#/budgets/b-1' }}>
        <p>Family and friends who help.</p>
      </Page>
    );
  }
  return (
    <Page title="What is the budget called?" errors={errors} headingInContent={headingInContent}>
      <form onSubmit={submit} noValidate>
        <TextInput
          id="name"
          label="What is the budget called?"
          labelIsPageHeading={headingInContent}
          error={errors[0]?.message}
          value={name}
          onChange={setName}
        />
        <Button>Continue</Button>
      </form>
    </Page>
  );
}

describe('Page', () => {
  it('sets the document title to the page title and the service name', () => {
    renderWithI18n(<Journey />);
    expect(document.title).toBe('What is the budget called? – Support budget builder');
    expect(
      screen.getByRole('heading', { level: 1, name: 'What is the budget called?' }),
    ).toHaveAttribute('tabindex', '-1');
  });

  it('after a submit with errors: "Error: " in the title, the summary above the h1, and focus on it', async () => {
    renderWithI18n(<Journey />);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(document.title).toBe('Error: What is the budget called? – Support budget builder');
    const summary = screen.getByRole('alert').parentElement as HTMLElement;
    expect(summary).toHaveFocus();
    const heading = screen.getByRole('heading', { level: 1 });
    expect(
      summary.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Enter a name for the budget' })).toHaveAttribute(
      'href',
      '#name',
    );
  });

  it('on to the next page: new title without "Error: ", and focus on its h1', async () => {
    renderWithI18n(<Journey />);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await userEvent.type(screen.getByLabelText('What is the budget called?'), 'Ann');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(document.title).toBe('Unpaid carers – Support budget builder');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAccessibleName('About the support Unpaid carers');
    expect(heading.querySelector('.nhsuk-caption-l')).toHaveTextContent('About the support');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts the back link before the main content', async () => {
    renderWithI18n(<Journey />);
    await userEvent.type(screen.getByLabelText('What is the budget called?'), 'Ann');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const back = screen.getByRole('link', { name: 'Back' });
    expect(back).toHaveAttribute('href', '#/budgets/b-1');
    expect(back).toHaveClass('nhsuk-back-link');
    expect(screen.getByRole('main')).not.toContainElement(back);
  });

  it('with the question as the heading, renders no h1 of its own and focuses the label’s', async () => {
    function Steps() {
      const [step, setStep] = useState(1);
      return step === 1 ? (
        <Page title="Start">
          <Button type="button" onClick={() => setStep(2)}>
            Next
          </Button>
        </Page>
      ) : (
        <Journey headingInContent />
      );
    }
    renderWithI18n(<Steps />);
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    const headings = screen.getAllByRole('heading', { level: 1 });
    expect(headings).toHaveLength(1);
    expect(headings[0]).toHaveClass('nhsuk-label-wrapper');
    expect(headings[0]).toHaveFocus();
    expect(document.title).toBe('What is the budget called? – Support budget builder');
  });

  it('titles the start page with the service name alone, not twice', () => {
    renderWithI18n(<Page title="Support budget builder" />);
    expect(document.title).toBe('Support budget builder');
  });

  it('wraps the content in main#maincontent, the skip link’s target', () => {
    renderWithI18n(<Page title="Anything">Content</Page>);
    expect(screen.getByRole('main')).toHaveAttribute('id', 'maincontent');
    expect(screen.getByRole('main')).toHaveClass('nhsuk-main-wrapper');
  });
});
