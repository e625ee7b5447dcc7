import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { ExpensePage } from '../../../src/ui/builder/expenses/expense-page';
import { NEW } from '../../../src/ui/routes';
import { visits } from '../../helpers/builders';
import { renderWithI18n } from '../render';

/** A budget with two personal care needs: two carers until a hoist is fitted, one after. */
function budgetWithNeeds(): string {
  const id = useAppStore.getState().createBudget('england-2025-26');
  const save = useAppStore.getState().saveLine;
  save(
    id,
    visits({ id: 'l1', activity: 'Transfers, two carers', workers: 2, until: '2026-05-31' }),
  );
  save(id, visits({ id: 'l2', activity: 'Transfers with the hoist', from: '2026-06-01' }));
  save(id, visits({ id: 'l3', activity: 'Shopping' }));
  return id;
}

const expenses = (id: string) => useAppStore.getState().budgets[id]?.budget.expenses ?? [];

async function typeDate(legend: string, day: string, month: string, year: string) {
  const group = within(screen.getByRole('group', { name: legend }));
  await userEvent.type(group.getByLabelText('Day'), day);
  await userEvent.type(group.getByLabelText('Month'), month);
  await userEvent.type(group.getByLabelText('Year'), year);
}

async function fill(description: string, amount: string, often: string) {
  await userEvent.type(screen.getByLabelText('What is it?'), description);
  await userEvent.type(screen.getByLabelText('How much is it, in pounds?'), amount);
  await userEvent.click(screen.getByLabelText(often));
}

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
const summary = () =>
  within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);

describe('when an amount is spent, and what an investment changes', () => {
  it('saves an investment with its date and the needs it ends and starts', async () => {
    const id = budgetWithNeeds();
    renderWithI18n(<ExpensePage budgetId={id} expenseId={NEW} />);
    await fill('Ceiling hoist', '1800', 'Once only');
    await userEvent.click(screen.getByLabelText('An investment'));
    await typeDate('Date it is spent (optional)', '15', '5', '2026');
    const ends = within(
      screen.getByRole('group', { name: 'Which needs does this investment end? (optional)' }),
    );
    await userEvent.click(ends.getByLabelText('Transfers, two carers'));
    const starts = within(
      screen.getByRole('group', { name: 'Which needs does it start? (optional)' }),
    );
    expect(starts.getByLabelText('Transfers with the hoist')).toHaveAccessibleDescription(
      'from 1 June 2026',
    );
    await userEvent.click(starts.getByLabelText('Transfers with the hoist'));
    await save();
    expect(expenses(id)).toEqual([
      expect.objectContaining({
        description: 'Ceiling hoist',
        amount: '1800.00',
        frequency: 'one-off',
        kind: 'investment',
        date: '2026-05-15',
        effect: { ends: ['l1'], starts: ['l2'] },
      }),
    ]);
  });

  it('refuses to end a need that has no last day, naming the need', async () => {
    const id = budgetWithNeeds();
    renderWithI18n(<ExpensePage budgetId={id} expenseId={NEW} />);
    await fill('Ceiling hoist', '1800', 'Once only');
    await userEvent.click(screen.getByLabelText('An investment'));
    const ends = within(
      screen.getByRole('group', { name: 'Which needs does this investment end? (optional)' }),
    );
    await userEvent.click(ends.getByLabelText('Shopping'));
    await save();
    expect(summary()).toEqual([
      [
        'Give "Shopping" a last day on its own page first: a need this investment ends stops on a day, and the saving counts from the day after',
        '#expense-ends',
      ],
    ]);
    expect(expenses(id)).toEqual([]);
  });

  it('asks a recurring amount for its first and last days, refusing a last day before the first', async () => {
    const id = budgetWithNeeds();
    renderWithI18n(<ExpensePage budgetId={id} expenseId={NEW} />);
    await fill('Extra laundry', '12', 'Every week');
    expect(
      screen.queryByRole('group', { name: 'Date it is spent (optional)' }),
    ).not.toBeInTheDocument();
    await typeDate('First day of this amount (optional)', '1', '6', '2026');
    await typeDate('Last day of this amount (optional)', '31', '5', '2026');
    await save();
    expect(summary()).toEqual([
      [
        'The last day of this amount must be the same as or after its first day',
        '#expense-until-day',
      ],
    ]);
    expect(expenses(id)).toEqual([]);
  });

  it('saves a recurring amount with its first and last days', async () => {
    const id = budgetWithNeeds();
    renderWithI18n(<ExpensePage budgetId={id} expenseId={NEW} />);
    await fill('Extra laundry', '12', 'Every week');
    await typeDate('First day of this amount (optional)', '1', '6', '2026');
    await typeDate('Last day of this amount (optional)', '31', '7', '2026');
    await save();
    expect(expenses(id)).toEqual([
      expect.objectContaining({ from: '2026-06-01', until: '2026-07-31' }),
    ]);
  });

  it('refuses a one-off date the calendar does not have', async () => {
    const id = budgetWithNeeds();
    renderWithI18n(<ExpensePage budgetId={id} expenseId={NEW} />);
    await fill('Grab rails', '90', 'Once only');
    await typeDate('Date it is spent (optional)', '31', '4', '2026');
    await save();
    expect(summary()).toEqual([
      [
        'Enter a real date, like 1 4 2026: the day, month and year must be a day the calendar has',
        '#expense-date-day',
      ],
    ]);
    expect(expenses(id)).toEqual([]);
  });
});
