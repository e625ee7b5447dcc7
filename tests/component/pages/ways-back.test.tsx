/**
 * Ways back (issue 22, item 17): the re-price page returns to the page it was opened from,
 * leaving the first question of a new budget leaves nothing behind, and a budget has one
 * name for "no name yet" on every page.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Budget } from '../../../src/domain/schema/budget';
import { useAppStore } from '../../../src/state/store';
import { readJson } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

const example = readJson('examples/example-ann.json') as Budget;
const budgets = () => useAppStore.getState().budgets;

describe('the re-price page', () => {
  it('opened from the task list, goes Back and Cancel to the task list', async () => {
    const { id } = useAppStore.getState().addBudget({ ...example, rateCard: 'england-2025-26' });
    window.location.hash = `#/budgets/${id}`;
    const { unmount } = renderWithI18n(<Pages />);
    const link = screen.getByRole('link', { name: /Re-price this budget on/ });
    expect(link).toHaveAttribute('href', `#/budgets/${id}/reprice/england-2026-27?back=task-list`);
    // The page the link opens, rendered afresh: following the link inside this harness
    // stalls on a lazily loaded page (written up as open work in the closing note).
    unmount();
    window.location.hash = link.getAttribute('href') ?? '';
    renderWithI18n(<Pages />);
    expect(
      await screen.findByRole('heading', { level: 1, name: /Re-price on/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', `#/budgets/${id}`);
    expect(screen.getByRole('link', { name: /Discard and keep/ })).toHaveAttribute(
      'href',
      `#/budgets/${id}`,
    );
  });

  it('opened from the summary, goes back to the summary; from elsewhere, to the revisions', () => {
    const { id } = useAppStore.getState().addBudget({ ...example, rateCard: 'england-2025-26' });
    window.location.hash = `#/budgets/${id}/reprice/england-2026-27?back=summary`;
    const { unmount } = renderWithI18n(<Pages />);
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      `#/budgets/${id}/summary`,
    );
    unmount();
    window.location.hash = `#/budgets/${id}/reprice/england-2026-27`;
    renderWithI18n(<Pages />);
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      `#/budgets/${id}/revisions`,
    );
  });
});

describe('the first question of a new budget', () => {
  it('cancelled, leaves no untitled budget behind', async () => {
    window.location.hash = '#/';
    renderWithI18n(<Pages />);
    await userEvent.click(screen.getByRole('button', { name: 'Start a new budget' }));
    await screen.findByRole('heading', { level: 1, name: /Who the budget is for/ });
    expect(Object.keys(budgets())).toHaveLength(1);
    await userEvent.click(screen.getByRole('link', { name: 'Cancel this new budget' }));
    expect(await screen.findByRole('button', { name: 'Start a new budget' })).toBeInTheDocument();
    expect(budgets()).toEqual({});
    expect(screen.queryByText('Untitled budget')).toBeNull();
  });

  it('left with Back, leaves none either, in Welsh too', async () => {
    window.location.hash = '#/';
    renderWithI18n(<Pages />, 'cy');
    await userEvent.click(screen.getByRole('button', { name: 'Dechrau cyllideb newydd' }));
    await userEvent.click(await screen.findByRole('link', { name: 'Yn ôl' }));
    expect(budgets()).toEqual({});
    expect(screen.queryByText('Cyllideb heb deitl')).toBeNull();
  });

  it('on a budget with answers already saved, Cancel keeps it and goes to its task list', async () => {
    const id = useAppStore.getState().createBudget('england-2025-26');
    useAppStore.getState().markSection(id, 'carers', 'completed');
    window.location.hash = `#/budgets/${id}/about`;
    renderWithI18n(<Pages />);
    expect(
      screen.getByRole('link', { name: 'Cancel and go back to the task list' }),
    ).toHaveAttribute('href', `#/budgets/${id}`);
    await userEvent.click(
      screen.getByRole('link', { name: 'Cancel and go back to the task list' }),
    );
    expect(budgets()[id]).toBeDefined();
  });

  it('a budget with no name yet is "Untitled budget" on its task list as in the list, in both languages', () => {
    const id = useAppStore.getState().createBudget('england-2025-26');
    window.location.hash = `#/budgets/${id}`;
    const { unmount } = renderWithI18n(<Pages />);
    expect(screen.getByRole('heading', { level: 1, name: 'Untitled budget' })).toBeInTheDocument();
    unmount();
    renderWithI18n(<Pages />, 'cy');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Cyllideb heb deitl' }),
    ).toBeInTheDocument();
  });
});
