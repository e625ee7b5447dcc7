/**
 * The summary shown as at a day a person chooses: the day is kept in the page's address
 * (`?asOf=`), never in the budget, and every figure on the page is the domain's pricing as
 * at that day. A day the calendar lacks is refused at the boxes.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src/domain/format';
import { priceBudget } from '../../../src/domain/pricing/price-budget';
import { toReport } from '../../../src/domain/report';
import type { Budget } from '../../../src/domain/schema/budget';
import { setClock } from '../../../src/state/clock';
import { useAppStore } from '../../../src/state/store';
import { SummaryPage } from '../../../src/ui/summary/summary-page';
import { loadCard, readJson } from '../../helpers/builders';
import { renderWithI18n } from '../render';

const example = readJson('tests/fixtures/plan-in-time/dated-discharge.json') as Budget;
const card = loadCard('rate-cards/england-2026-27.json');
const weeklyAsAt = (asOf: string) =>
  formatMoney(toReport(priceBudget(example, card, { asOf })).totals.weekly);
const weeklyShown = () =>
  within(screen.getByLabelText('Totals')).getAllByRole('definition')[0]?.textContent;

/** Types a day into the as-at boxes and asks for it. */
async function showDay(
  user: ReturnType<typeof userEvent.setup>,
  ...parts: [string, string, string]
) {
  for (const [index, name] of ['Day', 'Month', 'Year'].entries()) {
    const box = screen.getByRole('textbox', { name });
    await user.clear(box);
    await user.type(box, parts[index] ?? '');
  }
  await user.click(screen.getByRole('button', { name: 'Show the plan on this day' }));
}

afterEach(() => {
  window.location.hash = '';
  setClock();
});

describe('the summary as at a chosen day', () => {
  it('prices the plan as at the day in the address, and says which day it is', () => {
    const { id } = useAppStore.getState().addBudget(example);
    window.location.hash = `#/budgets/${id}/summary?asOf=2026-05-01`;
    renderWithI18n(<SummaryPage budgetId={id} />);
    expect(screen.getByText('Figures are as at 1 May 2026.')).toBeInTheDocument();
    // The extra help after discharge ends on 12 May: the two days differ.
    expect(weeklyAsAt('2026-05-01')).not.toBe(weeklyAsAt('2026-06-01'));
    expect(weeklyShown()).toBe(weeklyAsAt('2026-05-01'));
    expect(screen.getByRole('link', { name: 'Show the plan as at today' })).toHaveAttribute(
      'href',
      `#/budgets/${id}/summary`,
    );
    // The budget is unchanged: the day is how it is looked at, not part of it.
    expect(useAppStore.getState().budgets[id]?.budget).toEqual(example);
  });

  it('with no day in the address, prices the plan as at today on the app’s clock, not the device’s', () => {
    const { id } = useAppStore.getState().addBudget(example);
    window.location.hash = `#/budgets/${id}/summary`;
    setClock(() => new Date('2026-05-01T09:00:00'));
    const first = renderWithI18n(<SummaryPage budgetId={id} />);
    expect(screen.getByText('Figures are as at 1 May 2026.')).toBeInTheDocument();
    expect(weeklyShown()).toBe(weeklyAsAt('2026-05-01'));
    first.unmount();
    // The same budget object on another day: priced again, not taken from the first day.
    setClock(() => new Date('2026-06-01T09:00:00'));
    renderWithI18n(<SummaryPage budgetId={id} />);
    expect(screen.getByText('Figures are as at 1 June 2026.')).toBeInTheDocument();
    expect(weeklyShown()).toBe(weeklyAsAt('2026-06-01'));
  });

  it('puts the day typed into the address, and the figures follow it', async () => {
    const user = userEvent.setup();
    const { id } = useAppStore.getState().addBudget(example);
    window.location.hash = `#/budgets/${id}/summary?asOf=2026-05-01`;
    renderWithI18n(<SummaryPage budgetId={id} />);
    await showDay(user, '1', '6', '2026');
    expect(window.location.hash).toBe(`#/budgets/${id}/summary?asOf=2026-06-01`);
    await act(async () => {
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await Promise.resolve();
    });
    expect(screen.getByText('Figures are as at 1 June 2026.')).toBeInTheDocument();
    expect(weeklyShown()).toBe(weeklyAsAt('2026-06-01'));
  });

  it('refuses a day the calendar lacks, and keeps the day shown', async () => {
    const user = userEvent.setup();
    const { id } = useAppStore.getState().addBudget(example);
    window.location.hash = `#/budgets/${id}/summary?asOf=2026-05-01`;
    renderWithI18n(<SummaryPage budgetId={id} />);
    await showDay(user, '31', '6', '2026');
    expect(screen.getByText(/Enter a real date, for example 1 5 2026/)).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/budgets/${id}/summary?asOf=2026-05-01`);
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveFocus();
  });
});
