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

afterEach(() => {
  window.location.hash = '';
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

  it('puts the day typed into the address, and the figures follow it', async () => {
    const user = userEvent.setup();
    const { id } = useAppStore.getState().addBudget(example);
    window.location.hash = `#/budgets/${id}/summary?asOf=2026-05-01`;
    renderWithI18n(<SummaryPage budgetId={id} />);
    const day = screen.getByRole('textbox', { name: 'Day' });
    await user.clear(day);
    await user.type(day, '1');
    const month = screen.getByRole('textbox', { name: 'Month' });
    await user.clear(month);
    await user.type(month, '6');
    const year = screen.getByRole('textbox', { name: 'Year' });
    await user.clear(year);
    await user.type(year, '2026');
    await user.click(screen.getByRole('button', { name: 'Show the plan on this day' }));
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
    const day = screen.getByRole('textbox', { name: 'Day' });
    await user.clear(day);
    await user.type(day, '31');
    const month = screen.getByRole('textbox', { name: 'Month' });
    await user.clear(month);
    await user.type(month, '6');
    await user.click(screen.getByRole('button', { name: 'Show the plan on this day' }));
    expect(screen.getByText(/Enter a real date, for example 1 5 2026/)).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/budgets/${id}/summary?asOf=2026-05-01`);
    expect(day).toHaveFocus();
  });
});
