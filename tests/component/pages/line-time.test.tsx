import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setClock } from '../../../src/state/clock';
import { useAppStore } from '../../../src/state/store';
import { afterDoubleClickWindow } from '../double-click';
import { href, NEW } from '../../../src/ui/routes';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

function showNewLine() {
  const budgetId = useAppStore.getState().createBudget('england-2025-26');
  window.location.hash = href({ page: 'line', budgetId, domainId: 'personal-care', lineId: NEW });
  renderWithI18n(<Pages />);
  return budgetId;
}

const lines = (budgetId: string) => useAppStore.getState().budgets[budgetId]?.budget.lines ?? [];

async function fillVisit() {
  await userEvent.type(screen.getByLabelText('What is the support?'), 'Respite at home');
  await userEvent.click(screen.getByLabelText('A registered provider'));
  await userEvent.type(screen.getByLabelText('How long is each visit, in minutes?'), '60');
  await userEvent.click(screen.getByRole('button', { name: 'Every day' }));
}

async function typeDate(legend: string, day: string, month: string, year: string) {
  const group = within(screen.getByRole('group', { name: legend }));
  await userEvent.type(group.getByLabelText('Day'), day);
  await userEvent.type(group.getByLabelText('Month'), month);
  await userEvent.type(group.getByLabelText('Year'), year);
}

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save this need' }));
const summaryTexts = () =>
  within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);

describe('when a need is given, on its page', () => {
  it('saves a respite fortnight a year with its dates, and says so in plain words in the area table', async () => {
    const budgetId = showNewLine();
    await fillVisit();
    await userEvent.click(screen.getByLabelText('A number of weeks a year'));
    await userEvent.type(screen.getByLabelText('How many weeks a year?'), '2');
    await typeDate('First day of this support (optional)', '1', '6', '2026');
    await typeDate('Last day of this support (optional)', '31', '3', '2027');
    await save();

    expect(lines(budgetId)[0]).toMatchObject({
      from: '2026-06-01',
      until: '2027-03-31',
      frequency: { weeksAYear: 2 },
    });
    const table = await screen.findByRole('table', { name: 'Needs in Personal care' });
    const row = within(table).getByRole('row', { name: /Respite at home/ });
    expect(row).toHaveTextContent('2 weeks a year, averaged, from 1 June 2026 until 31 March 2027');
  });

  it('prices a need that starts later, and says it is not in the total of the day priced', async () => {
    setClock(() => new Date('2026-05-01T12:00:00'));
    showNewLine();
    await fillVisit();
    await typeDate('First day of this support (optional)', '1', '6', '2026');
    await save();

    const table = await screen.findByRole('table', { name: 'Needs in Personal care' });
    const row = within(table).getByRole('row', { name: /Respite at home/ });
    // 7 hours a week at the card's rates, shown; the area's total, as at 1 May, leaves it out.
    expect(row).toHaveTextContent('7.00');
    expect(row).not.toHaveTextContent('Not priced');
    expect(row).toHaveTextContent('Not in the total on 1 May 2026');
  });

  it('says one week in two as "every other week"', async () => {
    const budgetId = showNewLine();
    await fillVisit();
    await userEvent.click(screen.getByLabelText('One week in every few weeks'));
    await userEvent.type(screen.getByLabelText('How many weeks apart?'), '2');
    await save();
    expect(lines(budgetId)[0]).toMatchObject({ frequency: { everyWeeks: 2 } });
    expect(lines(budgetId)[0]).not.toHaveProperty('from');
    const table = await screen.findByRole('table', { name: 'Needs in Personal care' });
    expect(within(table).getByRole('row', { name: /Respite at home/ })).toHaveTextContent(
      'every other week',
    );
  });

  it('refuses a last day before the first, a date the calendar lacks and a count out of range, naming each field', async () => {
    const budgetId = showNewLine();
    await fillVisit();
    await userEvent.click(screen.getByLabelText('A number of weeks a year'));
    await userEvent.type(screen.getByLabelText('How many weeks a year?'), '53');
    await typeDate('First day of this support (optional)', '31', '6', '2026');
    await save();
    expect(summaryTexts()).toEqual([
      [
        'Enter a real date, like 1 4 2026: the day, month and year must be a day the calendar has',
        '#line-from-day',
      ],
      ['The weeks a year must be between 1 and 52', '#line-weeksAYear'],
    ]);
    expect(lines(budgetId)).toEqual([]);
    // The summary takes focus once it is up, as a person meets it.
    await waitFor(() => expect(screen.getByRole('alert').parentElement).toHaveFocus());

    const from = within(
      screen.getByRole('group', { name: 'First day of this support (optional)' }),
    );
    await userEvent.clear(from.getByLabelText('Day'));
    await userEvent.type(from.getByLabelText('Day'), '30');
    await userEvent.clear(screen.getByLabelText('How many weeks a year?'));
    await userEvent.type(screen.getByLabelText('How many weeks a year?'), '4');
    await typeDate('Last day of this support (optional)', '1', '6', '2026');
    // Save ignores a second press within a second of the first (NHS.UK's guard against
    // double submits). A person takes longer than that to correct three fields; the
    // test's keystrokes may not, so it waits out the guard as a person would.
    await afterDoubleClickWindow();
    await save();
    expect(summaryTexts()).toEqual([
      [
        'The last day of this support must be the same as or after its first day',
        '#line-until-day',
      ],
    ]);
    expect(lines(budgetId)).toEqual([]);
  });
});
