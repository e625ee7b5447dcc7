import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

const saved = (id: string) => useAppStore.getState().budgets[id];

function showAbout() {
  const id = useAppStore.getState().createBudget('england-2025-26');
  window.location.hash = `#/budgets/${id}/about`;
  renderWithI18n(<Pages />);
  return id;
}

async function typeDate(legend: string, day: string, month: string, year: string) {
  const group = screen.getByRole('group', { name: legend });
  for (const [label, value] of [
    ['Day', day],
    ['Month', month],
    ['Year', year],
  ] as const) {
    const box = within(group).getByLabelText(label);
    await userEvent.clear(box);
    if (value !== '') await userEvent.type(box, value);
  }
}

// A new budget's funding route is asked with nothing chosen: answer it, as a person must.
const save = async () => {
  await userEvent.click(screen.getByLabelText('Direct payment'));
  await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
};
const summaryLinks = () => within(screen.getByRole('alert')).getAllByRole('link');

describe('the plan in time, on "About the person"', () => {
  it('saves the dates, cohort and the cost of the package the plan replaces; the status moves on the agreement page', async () => {
    const id = showAbout();
    await userEvent.type(screen.getByLabelText("The person's name"), 'Ann Example');
    await typeDate('Date the plan starts', '1', '4', '2026');
    await typeDate('Date the plan ends (optional)', '31', '3', '2027');
    expect(screen.queryByRole('radio', { name: 'Active' })).not.toBeInTheDocument();
    await userEvent.selectOptions(
      screen.getByLabelText('Which group is the budget counted in? (optional)'),
      'adult-chc',
    );
    await userEvent.type(
      screen.getByLabelText('Yearly cost of the package this plan replaces, in pounds (optional)'),
      '£52,000',
    );
    await save();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Budget for Ann Example' }),
    ).toBeInTheDocument();
    expect(saved(id)?.budget.plan).toEqual({
      start: '2026-04-01',
      end: '2027-03-31',
      cohort: 'adult-chc',
      comparatorAnnual: '52000.00',
    });
  });

  it('leaves the budget without a plan when every question about the plan is empty', async () => {
    const id = showAbout();
    await userEvent.type(screen.getByLabelText("The person's name"), 'Ann');
    await save();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Budget for Ann' }),
    ).toBeInTheDocument();
    expect(saved(id)?.budget).not.toHaveProperty('plan');
  });

  it('refuses a date the calendar does not have, naming the field, and links to its day box', async () => {
    const id = showAbout();
    const before = saved(id);
    await userEvent.type(screen.getByLabelText("The person's name"), 'Ann');
    await typeDate('Date the plan starts', '29', '2', '2027');
    await save();

    const message =
      'Enter a real date, like 1 4 2026: the day, month and year must be a day the calendar has';
    expect(summaryLinks().map((link) => link.textContent)).toEqual([message]);
    expect(summaryLinks()[0]).toHaveAttribute('href', '#about-start-day');
    const group = screen.getByRole('group', { name: 'Date the plan starts' });
    expect(group).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
    expect(within(group).getByLabelText('Day')).toHaveValue('29');
    expect(saved(id)).toBe(before);
  });

  it('refuses an end before the start', async () => {
    const id = showAbout();
    const before = saved(id);
    await userEvent.type(screen.getByLabelText("The person's name"), 'Ann');
    await typeDate('Date the plan starts', '1', '4', '2026');
    await typeDate('Date the plan ends (optional)', '31', '3', '2026');
    await save();
    expect(summaryLinks().map((link) => link.textContent)).toEqual([
      'The date the plan ends must be the same as or after the date it starts',
    ]);
    expect(summaryLinks()[0]).toHaveAttribute('href', '#about-end-day');
    expect(saved(id)).toBe(before);
  });

  it('asks for the start when another answer about the plan is given', async () => {
    showAbout();
    await userEvent.type(screen.getByLabelText("The person's name"), 'Ann');
    await userEvent.selectOptions(
      screen.getByLabelText('Which group is the budget counted in? (optional)'),
      'adult-chc',
    );
    await save();
    expect(summaryLinks().map((link) => link.textContent)).toEqual([
      'Enter the date the plan starts, or leave every question about the plan empty',
    ]);
  });

  it('shows a saved plan again, and asks for the start when it is emptied while the status stays', async () => {
    const id = useAppStore.getState().createBudget('england-2025-26');
    useAppStore.getState().updateAbout(id, {
      person: { name: 'Ann' },
      title: '',
      fundingRoute: 'direct-payment',
      rateCard: 'england-2025-26',
      indicativeAnnual: null,
      plan: { start: '2026-04-01', status: 'agreed' },
    });
    window.location.hash = `#/budgets/${id}/about`;
    renderWithI18n(<Pages />);
    const start = screen.getByRole('group', { name: 'Date the plan starts' });
    expect(within(start).getByLabelText('Day')).toHaveValue('1');
    expect(within(start).getByLabelText('Month')).toHaveValue('4');
    expect(within(start).getByLabelText('Year')).toHaveValue('2026');
    expect(screen.getByText(/^Agreed\. The plan moves on/)).toBeInTheDocument();

    await typeDate('Date the plan starts', '', '', '');
    // A status, once chosen, is still an answer: the start is asked for.
    await save();
    expect(summaryLinks()[0]).toHaveAttribute('href', '#about-start-day');
    expect(saved(id)?.budget.plan).toEqual({ start: '2026-04-01', status: 'agreed' });
  });
});
