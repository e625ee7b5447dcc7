/**
 * The person's outcomes: written on their own pages, chosen on a need's or an expense's
 * form, removed with a question first, and costed on the summary, in English and Welsh.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Budget } from '../../../src/domain/schema/budget';
import { createI18n } from '../../../src/i18n';
import { draftKey } from '../../../src/state/drafts-slice';
import { useAppStore } from '../../../src/state/store';
import { ExpensePage } from '../../../src/ui/builder/expenses/expense-page';
import { OutcomePage } from '../../../src/ui/builder/outcomes/outcome-page';
import { OutcomesPage } from '../../../src/ui/builder/outcomes/outcomes-page';
import { SummaryPage } from '../../../src/ui/summary/summary-page';
import { NEW } from '../../../src/ui/routes';
import { budget, expense, readJson, visits } from '../../helpers/builders';
import { renderWithI18n } from '../render';

const savedBudget = (id: string): Budget | undefined => useAppStore.getState().budgets[id]?.budget;

function withOutcomes(): string {
  return useAppStore.getState().addBudget(
    budget({
      version: 4,
      rateCard: 'england-2025-26',
      outcomes: [
        {
          id: 'o1',
          words: 'I get up at a time I choose',
          goodLooksLike: 'Up by 9.30',
          byWhen: '2026-09-30',
        },
        { id: 'o2', words: 'I see my friends' },
      ],
      lines: [visits({ id: 'l1', domain: 'personal-care', outcomes: ['o1', 'o2'] })],
      expenses: [expense({ id: 'e1', outcomes: ['o1'] })],
    }),
  ).id;
}

/** Types the rest of the date (30 September 2026), saves, and expects the swimming outcome saved whole. */
async function finishSwimming(budgetId: string, form: { unmount: () => void }): Promise<void> {
  await userEvent.type(screen.getByLabelText('Month'), '9');
  await userEvent.type(screen.getByLabelText('Year'), '2026');
  await userEvent.click(screen.getByRole('button', { name: 'Save outcome' }));
  form.unmount();
  expect(savedBudget(budgetId)?.outcomes).toEqual([
    {
      id: expect.any(String) as string,
      words: 'I go swimming',
      goodLooksLike: 'Every Wednesday',
      byWhen: '2026-09-30',
    },
  ]);
}

describe('the outcomes pages', () => {
  it('add an outcome in the person’s words, with what good looks like and a date, and list it', async () => {
    const budgetId = useAppStore.getState().createBudget('england-2025-26');
    const form = renderWithI18n(<OutcomePage budgetId={budgetId} outcomeId={NEW} />);
    expect(screen.getByRole('heading', { level: 1, name: /Add an outcome/ })).toBeInTheDocument();
    await userEvent.type(
      screen.getByLabelText('What does the person want to do or achieve?'),
      'I go swimming',
    );
    await userEvent.type(
      screen.getByLabelText('What will good look like? (optional)'),
      'Every Wednesday',
    );
    await userEvent.type(screen.getByLabelText('Day'), '30');
    await finishSwimming(budgetId, form);

    renderWithI18n(<OutcomesPage budgetId={budgetId} />);
    const card = screen
      .getByRole('heading', { level: 2, name: 'I go swimming' })
      .closest('.nhsuk-card') as HTMLElement;
    expect(within(card).getByText('Every Wednesday')).toBeInTheDocument();
    expect(within(card).getByText('30 September 2026')).toBeInTheDocument();
    expect(within(card).getByText('0 needs and expenses')).toBeInTheDocument();
  });

  it('keep a change made to the form elsewhere just before a box of the date changes', async () => {
    const budgetId = useAppStore.getState().createBudget('england-2025-26');
    const form = renderWithI18n(<OutcomePage budgetId={budgetId} outcomeId={NEW} />);
    await userEvent.type(
      screen.getByLabelText('What does the person want to do or achieve?'),
      'I go swimming',
    );
    const key = draftKey(budgetId, 'outcome', NEW);
    // The draft changes (as the words box or another tab changes it) and, before the page
    // draws again, the day is typed: the day's change must start from the draft as it is now.
    act(() => {
      const store = useAppStore.getState();
      store.setDraft(key, { ...store.drafts[key], goodLooksLike: 'Every Wednesday' });
      fireEvent.change(screen.getByLabelText('Day'), { target: { value: '30' } });
    });
    await finishSwimming(budgetId, form);
  });

  it('refuse an outcome without words, saying so in the error summary', async () => {
    const budgetId = useAppStore.getState().createBudget('england-2025-26');
    renderWithI18n(<OutcomePage budgetId={budgetId} outcomeId={NEW} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save outcome' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: "Enter the outcome, in the person's own words" }),
    ).toHaveAttribute('href', '#outcome-words');
    expect(savedBudget(budgetId)?.outcomes).toBeUndefined();
  });

  it('ask before removing an outcome, saying what serves it, and keep those needs and expenses', async () => {
    const budgetId = withOutcomes();
    renderWithI18n(<OutcomesPage budgetId={budgetId} />);
    await userEvent.click(
      screen.getByRole('button', { name: /Remove.*I get up at a time I choose/ }),
    );
    const asked = screen.getByRole('group', {
      name: 'Remove the outcome “I get up at a time I choose”?',
    });
    expect(within(asked).getByText(/2 needs and expenses serve it/)).toBeInTheDocument();
    await userEvent.click(within(asked).getByRole('button', { name: 'Yes, remove it' }));
    const after = savedBudget(budgetId);
    expect(after?.outcomes?.map((outcome) => outcome.id)).toEqual(['o2']);
    expect(after?.lines[0]?.outcomes).toEqual(['o2']);
    expect(after?.expenses[0]?.outcomes).toBeUndefined();
    expect(screen.getByText('Outcome removed: I get up at a time I choose')).toBeInTheDocument();
  });

  it('are in Welsh when Welsh is chosen', () => {
    const budgetId = withOutcomes();
    render(
      <I18nextProvider i18n={createI18n('cy')}>
        <OutcomesPage budgetId={budgetId} />
      </I18nextProvider>,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: "Beth sy'n bwysig i'r person" }),
    ).toBeInTheDocument();
    expect(screen.getByText('30 Medi 2026')).toBeInTheDocument();
  });
});

describe('choosing outcomes on an expense', () => {
  it('saves the outcomes ticked, in the plan’s order', async () => {
    const budgetId = withOutcomes();
    renderWithI18n(<ExpensePage budgetId={budgetId} expenseId={NEW} />);
    const question = screen.getByRole('group', {
      name: /Which of the person's outcomes does this serve/,
    });
    await userEvent.click(within(question).getByLabelText('I see my friends'));
    await userEvent.click(within(question).getByLabelText('I get up at a time I choose'));
    await userEvent.type(screen.getByLabelText('What is it?'), 'Bus pass');
    await userEvent.type(screen.getByLabelText('How much is it, in pounds?'), '10');
    await userEvent.click(screen.getByLabelText('Every week'));
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(savedBudget(budgetId)?.expenses.at(-1)).toMatchObject({
      description: 'Bus pass',
      outcomes: ['o1', 'o2'],
    });
  });

  it('links to the outcomes page when the plan has none yet', () => {
    const budgetId = useAppStore.getState().createBudget('england-2025-26');
    renderWithI18n(<ExpensePage budgetId={budgetId} expenseId={NEW} />);
    expect(screen.getByRole('link', { name: "Write the person's outcomes" })).toHaveAttribute(
      'href',
      `#/budgets/${budgetId}/outcomes`,
    );
  });
});

describe('the summary', () => {
  it('shows what each outcome costs, the rows adding up to the totals', async () => {
    const example = readJson('examples/example-ann.json') as Budget;
    const { id } = useAppStore.getState().addBudget(example);
    renderWithI18n(<SummaryPage budgetId={id} />);
    const table = await screen.findByRole('table', {
      name: "The cost of each of the person's outcomes",
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength((example.outcomes?.length ?? 0) + 2);
    const weekly = rows.map(
      (row) => row.querySelectorAll('th, td')[1]?.textContent?.replace(/^Cost a week\s*/, '') ?? '',
    );
    const pence = (text: string) => Math.round(Number(text.replace(/[£,]/g, '')) * 100);
    const last = weekly.at(-1) ?? '';
    expect(weekly.slice(0, -1).reduce((sum, text) => sum + pence(text), 0)).toBe(pence(last));
    expect(within(rows.at(-1) as HTMLElement).getByText('Total')).toBeInTheDocument();
  });

  it('warns of paid support that serves no outcome, linking to the need', async () => {
    const budgetId = withOutcomes();
    useAppStore
      .getState()
      .saveLine(budgetId, visits({ id: 'l2', domain: 'personal-care', activity: 'Evening meal' }));
    renderWithI18n(<SummaryPage budgetId={budgetId} />);
    expect(
      await screen.findByRole('heading', {
        name: /Support that serves none of the person's outcomes/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Evening meal' })).toHaveAttribute(
      'href',
      `#/budgets/${budgetId}/domains/personal-care/lines/l2`,
    );
  });
});
