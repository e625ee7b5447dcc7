import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { draftKey } from '../../../src/state/drafts-slice';
import { useAppStore } from '../../../src/state/store';
import { ExpensePage } from '../../../src/ui/builder/expenses/expense-page';
import { ExpensesPage } from '../../../src/ui/builder/expenses/expenses-page';
import { href, NEW } from '../../../src/ui/routes';
import { expense, visits } from '../../helpers/builders';
import { renderWithI18n } from '../render';

// Every figure below is worked out by hand on the shipped England 2025-26 card, whose year
// is 52.143 weeks; each amount is rounded once, half-up to the penny. "a\u00a0week" is
// written with a no-break space, so that "a" never ends a line in the table.

function newBudget(): string {
  return useAppStore.getState().createBudget('england-2025-26');
}

function savedExpenses(budgetId: string) {
  return useAppStore.getState().budgets[budgetId]?.budget.expenses ?? [];
}

interface Typed {
  readonly description: string;
  readonly area?: string;
  readonly amount: string;
  readonly often: 'Every week' | 'Every month' | 'Every year' | 'Once only';
  readonly investment?: boolean;
}

/** Fills in the expense form as a person would and saves it. */
async function addExpense(budgetId: string, typed: Typed) {
  const page = renderWithI18n(<ExpensePage budgetId={budgetId} expenseId={NEW} />);
  await userEvent.type(screen.getByLabelText('What is it?'), typed.description);
  if (typed.area !== undefined) {
    await userEvent.selectOptions(
      screen.getByLabelText('Which area of life is it for?'),
      typed.area,
    );
  }
  await userEvent.type(screen.getByLabelText('How much is it, in pounds?'), typed.amount);
  await userEvent.click(screen.getByLabelText(typed.often));
  if (typed.investment === true) await userEvent.click(screen.getByLabelText('An investment'));
  await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
  page.unmount();
}

/** What a cell says on a wide screen: without the column heading repeated for phones. */
function seen(cell: HTMLElement): string {
  const copy = cell.cloneNode(true) as HTMLElement;
  copy.querySelector('.nhsuk-table__heading')?.remove();
  return copy.textContent.trim();
}

/** A table row's cells as a person sees them on a wide screen. */
function cellsOf(row: HTMLElement): string[] {
  return within(row).getAllByRole('cell').map(seen);
}

function expenseRow(name: string): HTMLElement {
  return screen
    .getByRole('rowheader', { name: new RegExp(`^${name}`) })
    .closest('tr') as HTMLElement;
}

const notFoundTitle = createI18n('en').t('budget.notFound.title');

describe('adding expenses of each frequency', () => {
  it('a weekly expense: £35.00 × 52.143 = £1,825.005 → £1,825.01 a year', async () => {
    const budgetId = newBudget();
    await addExpense(budgetId, {
      description: 'Day centre fee',
      area: 'Social and community life',
      amount: '35',
      often: 'Every week',
    });

    expect(savedExpenses(budgetId)).toEqual([
      {
        id: expect.stringMatching(/^e-/) as string,
        domain: 'social',
        description: 'Day centre fee',
        amount: '35.00',
        frequency: 'weekly',
        kind: 'expense',
      },
    ]);
    expect(window.location.hash).toBe(href({ page: 'expenses', budgetId }));
    renderWithI18n(<ExpensesPage budgetId={budgetId} />);
    expect(cellsOf(expenseRow('Day centre fee')).slice(0, 5)).toEqual([
      'Social and community life',
      '£35.00 a\u00a0week',
      '£35.00',
      '£1,825.01',
      '£0.00',
    ]);
  });

  it('a monthly expense: £40.50 × 12 = £486.00 a year; ÷ 52.143 = 9.3205… → £9.32 a week', async () => {
    const budgetId = newBudget();
    await addExpense(budgetId, {
      description: 'Taxi fares',
      amount: '40.50',
      often: 'Every month',
    });

    renderWithI18n(<ExpensesPage budgetId={budgetId} />);
    expect(cellsOf(expenseRow('Taxi fares')).slice(0, 5)).toEqual([
      'General',
      '£40.50 a\u00a0month',
      '£9.32',
      '£486.00',
      '£0.00',
    ]);
  });

  it('an annual expense: £90.00 ÷ 52.143 = 1.7260… → £1.73 a week', async () => {
    const budgetId = newBudget();
    await addExpense(budgetId, {
      description: 'Gym membership',
      area: 'Social and community life',
      amount: '90.00',
      often: 'Every year',
    });

    renderWithI18n(<ExpensesPage budgetId={budgetId} />);
    expect(cellsOf(expenseRow('Gym membership')).slice(0, 5)).toEqual([
      'Social and community life',
      '£90.00 a\u00a0year',
      '£1.73',
      '£90.00',
      '£0.00',
    ]);
  });

  it('a one-off investment: £1,800.00 counts only once, and is marked as an investment', async () => {
    const budgetId = newBudget();
    await addExpense(budgetId, {
      description: 'Ceiling hoist',
      area: 'Personal care',
      amount: '£1,800',
      often: 'Once only',
      investment: true,
    });

    expect(savedExpenses(budgetId)).toMatchObject([
      {
        domain: 'personal-care',
        description: 'Ceiling hoist',
        amount: '1800.00',
        frequency: 'one-off',
        kind: 'investment',
      },
    ]);
    renderWithI18n(<ExpensesPage budgetId={budgetId} />);
    const row = expenseRow('Ceiling hoist');
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Ceiling hoist Investment');
    expect(within(row).getByText('Investment')).toHaveClass('nhsuk-tag');
    expect(cellsOf(row).slice(0, 5)).toEqual([
      'Personal care',
      '£1,800.00 once',
      '£0.00',
      '£0.00',
      '£1,800.00',
    ]);
  });

  it('totals the four, each the sum of the rounded figures above it', () => {
    const budgetId = newBudget();
    const store = useAppStore.getState();
    store.saveExpense(
      budgetId,
      expense({ id: 'e1', description: 'Day centre fee', amount: '35.00', frequency: 'weekly' }),
    );
    store.saveExpense(
      budgetId,
      expense({ id: 'e2', description: 'Taxi fares', amount: '40.50', frequency: 'monthly' }),
    );
    store.saveExpense(
      budgetId,
      expense({ id: 'e3', description: 'Gym membership', amount: '90.00', frequency: 'annual' }),
    );
    store.saveExpense(
      budgetId,
      expense({
        id: 'e4',
        description: 'Ceiling hoist',
        amount: '1800.00',
        frequency: 'one-off',
        kind: 'investment',
      }),
    );
    renderWithI18n(<ExpensesPage budgetId={budgetId} />);

    // A week: 35.00 + 9.32 + 1.73 + 0.00 = 46.05. A year: 1,825.01 + 486.00 + 90.00 = 2,401.01.
    // One-off: 1,800.00.
    expect(
      cellsOf(screen.getByRole('rowheader', { name: 'Total' }).closest('tr') as HTMLElement),
    ).toEqual(['£46.05', '£2,401.01', '£1,800.00', '']);
  });
});

describe('the expense form', () => {
  it('previews the figures as the amount is typed', async () => {
    const budgetId = newBudget();
    renderWithI18n(<ExpensePage budgetId={budgetId} expenseId={NEW} />);
    expect(screen.getByText(/Enter an amount and say how often it is paid/)).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('How much is it, in pounds?'), '40.50');
    await userEvent.click(screen.getByLabelText('Every month'));
    expect(
      screen.getByText(
        '£40.50 × 12 months = £486.00 a year. £486.00 ÷ 52.143 weeks = £9.32 a week, to the nearest penny.',
      ),
    ).toBeInTheDocument();
    const preview = screen.getByRole('heading', { name: 'What it adds to the budget' })
      .parentElement as HTMLElement;
    expect(
      within(preview)
        .getAllByRole('definition')
        .map((value) => value.textContent),
    ).toEqual(['£9.32', '£486.00', '£0.00']);

    // Weekly instead: £40.50 × 52.143 = 2,111.7915 → £2,111.79 a year.
    await userEvent.click(screen.getByLabelText('Every week'));
    expect(
      within(preview)
        .getAllByRole('definition')
        .map((value) => value.textContent),
    ).toEqual(['£40.50', '£2,111.79', '£0.00']);
    expect(savedExpenses(budgetId)).toEqual([]);
  });

  it('on a failed submit shows every problem, keeps what was typed and saves nothing', async () => {
    const budgetId = newBudget();
    renderWithI18n(<ExpensePage budgetId={budgetId} expenseId={NEW} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Enter what the expense is for', 'Enter the amount', 'Select how often it is paid']);
    expect(document.title).toMatch(/^Error: /);
    expect(screen.getByLabelText('What is it?')).toHaveAccessibleDescription(
      /Enter what the expense is for/,
    );
    expect(savedExpenses(budgetId)).toEqual([]);
    expect(window.location.hash).toBe('');
  });

  it('refuses an amount with more than two decimals rather than rounding it', async () => {
    const budgetId = newBudget();
    renderWithI18n(<ExpensePage budgetId={budgetId} expenseId={NEW} />);
    await userEvent.type(screen.getByLabelText('What is it?'), 'Bus pass');
    await userEvent.type(screen.getByLabelText('How much is it, in pounds?'), '12.345');
    await userEvent.click(screen.getByLabelText('Every week'));
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    const amount = screen.getByLabelText('How much is it, in pounds?');
    expect(amount).toHaveAccessibleDescription(/Enter the amount to the nearest penny/);
    expect(amount).toHaveValue('12.345');
    expect(savedExpenses(budgetId)).toEqual([]);
  });

  it('keeps what was typed in a draft that survives leaving the page', async () => {
    const budgetId = newBudget();
    const first = renderWithI18n(<ExpensePage budgetId={budgetId} expenseId={NEW} />);
    await userEvent.type(screen.getByLabelText('What is it?'), 'Bus pass');
    await userEvent.type(screen.getByLabelText('How much is it, in pounds?'), '12.5');
    await userEvent.click(screen.getByLabelText('Every month'));
    first.unmount();

    expect(useAppStore.getState().drafts[draftKey(budgetId, 'expense', NEW)]).toMatchObject({
      description: 'Bus pass',
      amount: '12.5',
      frequency: 'monthly',
    });
    renderWithI18n(<ExpensePage budgetId={budgetId} expenseId={NEW} />);
    expect(screen.getByLabelText('What is it?')).toHaveValue('Bus pass');
    expect(screen.getByLabelText('How much is it, in pounds?')).toHaveValue('12.5');
    expect(screen.getByLabelText('Every month')).toBeChecked();
    expect(savedExpenses(budgetId)).toEqual([]);
  });

  it('changes an expense in place, keeping its id', async () => {
    const budgetId = newBudget();
    useAppStore
      .getState()
      .saveExpense(budgetId, expense({ id: 'e1', description: 'Day centre', amount: '10.00' }));
    renderWithI18n(<ExpensePage budgetId={budgetId} expenseId="e1" />);

    const amount = screen.getByLabelText('How much is it, in pounds?');
    expect(amount).toHaveValue('10.00');
    expect(screen.getByLabelText('Which area of life is it for?')).toHaveValue('social');
    await userEvent.clear(amount);
    await userEvent.type(amount, '12.00');
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    expect(savedExpenses(budgetId)).toEqual([
      expense({ id: 'e1', description: 'Day centre', amount: '12.00' }),
    ]);
    expect(useAppStore.getState().drafts).toEqual({});
  });

  it('shows "page not found" for an expense that is not there', () => {
    const budgetId = newBudget();
    renderWithI18n(<ExpensePage budgetId={budgetId} expenseId="e-gone" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(notFoundTitle);
  });
});

describe('the expenses page', () => {
  it('shows the personal assistant employer costs only when the plan has a PA line', () => {
    const budgetId = newBudget();
    const first = renderWithI18n(<ExpensesPage budgetId={budgetId} />);
    expect(
      screen.queryByRole('heading', { name: 'Costs of employing a personal assistant' }),
    ).not.toBeInTheDocument();
    first.unmount();

    useAppStore.getState().saveLine(budgetId, visits({ id: 'l1', resource: 'personal-assistant' }));
    renderWithI18n(<ExpensesPage budgetId={budgetId} />);
    expect(
      screen.getByRole('heading', { name: 'Costs of employing a personal assistant' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Employer costs from the rate card' });
    const rows = within(table).getAllByRole('row').slice(1);
    // Insurance £90.00 a year ÷ 52.143 = 1.7260… → £1.73 a week.
    // Payroll £7.50 a week × 52.143 = 391.0725 → £391.07 a year.
    expect(rows.map((row) => [seen(within(row).getByRole('rowheader')), ...cellsOf(row)])).toEqual([
      ["Employer's liability insurance", '£90.00 a\u00a0year', '£1.73', '£90.00', '£0.00'],
      ['Payroll service', '£7.50 a\u00a0week', '£7.50', '£391.07', '£0.00'],
    ]);
  });

  it('removes an expense after asking once more', async () => {
    const budgetId = newBudget();
    useAppStore.getState().saveExpense(budgetId, expense({ id: 'e1', description: 'Day centre' }));
    renderWithI18n(<ExpensesPage budgetId={budgetId} />);

    await userEvent.click(screen.getByRole('button', { name: 'Remove (Day centre)' }));
    await userEvent.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(savedExpenses(budgetId)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Remove (Day centre)' })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Remove (Day centre)' }));
    expect(
      screen.getByRole('heading', { name: 'Remove "Day centre" from the plan?' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(savedExpenses(budgetId)).toEqual([]);
    expect(screen.getByText('"Day centre" has been removed from the plan')).toBeInTheDocument();
    expect(
      screen.getByText('No expenses or investments are recorded in this plan yet.'),
    ).toBeInTheDocument();
  });

  it('links each expense to its form and offers to add another', () => {
    const budgetId = newBudget();
    useAppStore.getState().saveExpense(budgetId, expense({ id: 'e1', description: 'Day centre' }));
    renderWithI18n(<ExpensesPage budgetId={budgetId} />);
    expect(screen.getByRole('link', { name: 'Change (Day centre)' })).toHaveAttribute(
      'href',
      href({ page: 'expense', budgetId, expenseId: 'e1' }),
    );
    expect(screen.getByRole('button', { name: 'Add another expense' })).toHaveAttribute(
      'href',
      href({ page: 'expense', budgetId, expenseId: NEW }),
    );
  });

  it('shows "page not found" for a budget that is not there', () => {
    renderWithI18n(<ExpensesPage budgetId="b-gone" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(notFoundTitle);
  });
});
