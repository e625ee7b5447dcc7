/**
 * The person's "What's left" page: every figure is the domain's monitoring, formatted;
 * the weeks held say the council's 4 to 8 weeks in words; the red flags are in plain words,
 * each linking to the payments behind it; plan against actual shows the period chosen; the
 * page is in Welsh too; and the task list and the summary link to it.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src/domain/format';
import { weeksText } from '../../../src/domain/ledger/monitor-report';
import { showIn } from '../show-in';
import { exampleLedger, monitoredAsAt, saveExample } from './spending-setup';

const AS_OF = '2025-05-10';

/** The value beside a named figure in the list of figures. */
function figure(name: string): string {
  const term = screen
    .getAllByRole('term')
    .find((candidate) => candidate.textContent?.startsWith(name) === true);
  return term?.nextElementSibling?.textContent ?? '';
}

describe('what is left', { timeout: 30_000 }, () => {
  it('shows spent, left, the balance in weeks and the projected outturn as the domain works them out', async () => {
    const id = await saveExample(exampleLedger());
    const expected = monitoredAsAt(id, AS_OF);
    showIn(`#/budgets/${id}/spending?asOf=${AS_OF}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: /What's left/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Plan year 1 April 2025 to 31 March 2026.')).toBeInTheDocument();
    expect(figure('Budget for this plan year')).toBe(formatMoney(expected.year.budget));
    expect(figure('Spent so far this year')).toBe(formatMoney(expected.yearToDate.spent));
    expect(figure('Left of this year')).toBe(
      formatMoney(expected.year.budget.minus(expected.yearToDate.spent).toFixed(2)),
    );
    expect(figure('Money in the account')).toBe(formatMoney(expected.balance.balance));
    expect(expected.balance.weeksHeld).not.toBeNull();
    expect(figure('Weeks of budget held')).toBe(
      `${weeksText(expected.balance.weeksHeld ?? expected.year.budget)} weeks`,
    );
    expect(figure('This year at the pace so far')).toBe(formatMoney(expected.projectedOutturn));
    expect(
      screen.getByText(/Councils expect an account to hold between 4 and 8 weeks of budget/),
    ).toBeInTheDocument();
    // What is coming: the plan's cost of the next 4 weeks, and its items.
    expect(expected.coming).not.toBeNull();
    expect(
      screen.getByText(
        `The plan's cost from 11 May 2025 to 7 June 2025: ${formatMoney(expected.coming?.planned ?? '')}.`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: "The plan's costs in the weeks coming" }),
    ).toBeInTheDocument();
  });

  it('says its date box counts the spending up to the day, not the summary’s totals', async () => {
    const id = await saveExample(exampleLedger());
    showIn(`#/budgets/${id}/spending?asOf=${AS_OF}`);
    const dateBox = await screen.findByRole('group', { name: 'Show the plan on another day' });
    expect(dateBox).toHaveTextContent(
      'The spending, the money in the account and the early warnings are counted up to this day',
    );
    expect(dateBox).not.toHaveTextContent('The totals, warnings and breakdowns');
  });

  it('says the plan has not started on a day before it, not that it costs nothing', async () => {
    const id = await saveExample(exampleLedger());
    showIn(`#/budgets/${id}/spending?asOf=2020-01-01`);
    expect(
      await screen.findByText(
        'On 1 January 2020 the plan had not started: it starts on 1 April 2025.',
        { exact: false },
      ),
    ).toBeInTheDocument();
    expect(figure('Weeks of budget held')).toBe('None yet: the plan has not started');
    expect(screen.getByText(/there are no weeks to count yet/)).toBeInTheDocument();
    expect(screen.queryByText(/costs nothing a week/)).toBeNull();
    // The plan year's budget is still the plan's own.
    expect(figure('Budget for this plan year')).not.toBe(formatMoney('0.00'));
  });

  it('says each red flag in plain words and links to the payments behind it', async () => {
    // The example's kettle from Argos was confirmed as not in the plan.
    const id = await saveExample(exampleLedger());
    const expected = monitoredAsAt(id, AS_OF);
    const unplanned = expected.flags.find((flag) => flag.id === 'unplanned-spend');
    expect(unplanned?.transactions).toEqual(['t6']);
    showIn(`#/budgets/${id}/spending?asOf=${AS_OF}`);
    await screen.findByRole('heading', { level: 1, name: /What's left/ });
    expect(screen.getByRole('heading', { name: /Spending not in the plan/ })).toBeInTheDocument();
    expect(
      screen.getByText(
        /£24\.99 has been spent this year on things that are not in the support plan \(payments: 1\)/,
      ),
    ).toBeInTheDocument();
    const link = screen.getByRole('link', {
      name: 'See the payments behind this: 1 (Spending not in the plan)',
    });
    expect(link).toHaveAttribute(
      'href',
      `#/budgets/${id}/spending/payments?flag=unplanned-spend&asOf=${AS_OF}`,
    );
    // Followed, it lists only the payment behind the flag.
    const user = userEvent.setup();
    await user.click(link);
    const table = await screen.findByRole('table', { name: 'Payments, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Argos');
  });

  it('shows plan against actual for this period, this month or the year so far, with hours', async () => {
    const user = userEvent.setup();
    const id = await saveExample(exampleLedger());
    const expected = monitoredAsAt(id, AS_OF);
    showIn(`#/budgets/${id}/spending?asOf=${AS_OF}`);
    await screen.findByRole('heading', { level: 1, name: /What's left/ });
    expect(
      screen.getByRole('heading', { name: /^This 4-week period: 29 April 2025 to 26 May 2025$/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'The year so far' }));
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(
      screen.getByRole('heading', { name: 'The year so far, from 1 April 2025' }),
    ).toBeInTheDocument();
    const byItem = screen.getByRole('table', { name: 'By what it was for' });
    const morning = expected.yearToDate.byItem.find((row) => row.key === 'line:morning');
    expect(
      within(byItem).getByRole('row', {
        name: `Help to get up, wash and dress ${formatMoney(morning?.plannedToDate ?? '0.00')} ${formatMoney(morning?.spent ?? '0.00')} ${formatMoney(morning?.planned ?? '0.00')}`,
      }),
    ).toBeInTheDocument();
    for (const caption of ['By area of life', 'By who gives the support', 'By personal assistant'])
      expect(screen.getByRole('table', { name: caption })).toBeInTheDocument();
    const hours = screen.getByRole('table', { name: 'Hours worked against hours planned' });
    const jo = expected.yearToDate.byAssistant.find((row) => row.key === 'jo');
    expect(
      within(hours).getByRole('row', {
        name: new RegExp(
          `^Jo Example ${jo?.hoursPlanned.toFixed(2)} ${jo?.hoursDelivered.toFixed(2)}$`,
        ),
      }),
    ).toBeInTheDocument();
  });

  it('is in Welsh', async () => {
    const id = await saveExample(exampleLedger());
    showIn(`#/budgets/${id}/spending?asOf=${AS_OF}`, 'cy');
    expect(
      await screen.findByRole('heading', { level: 1, name: /Beth sydd ar ôl/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Beth sydd i ddod' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ychwanegu taliad' })).toBeInTheDocument();
  });

  it('is linked from the task list and the summary, and says when the plan has no start', async () => {
    const id = await saveExample();
    const view = showIn(`#/budgets/${id}`);
    expect(
      await screen.findByRole('link', {
        name: "What's left: what has been spent and what is left",
      }),
    ).toHaveAttribute('href', `#/budgets/${id}/spending`);
    view.unmount();
    const summary = showIn(`#/budgets/${id}/summary`);
    expect(
      await screen.findByRole('link', {
        name: "What's left: what has been spent and what is left",
      }),
    ).toHaveAttribute('href', `#/budgets/${id}/spending`);
    summary.unmount();
    const { plan: _plan, ...undated } = (await import('./spending-setup')).example;
    const { useAppStore } = await import('../../../src/state/store');
    const other = useAppStore.getState().addBudget({ ...undated, id: 'no-start' }).id;
    showIn(`#/budgets/${other}/spending`);
    expect(
      await screen.findByRole('heading', { name: 'The plan needs its start date' }),
    ).toBeInTheDocument();
  });
});
