/** Revisions, compare, re-pricing and the commissioner's view, on a real store. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src/domain/format';
import { formatMoneyChange } from '../../../src/domain/format-change';
import { compareBudgets } from '../../../src/domain/reprice';
import type { Budget } from '../../../src/domain/schema/budget';
import { useAppStore } from '../../../src/state/store';
import { loadCard } from '../../helpers/builders';
import { planA, planB } from '../../helpers/revision-budgets';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

const details = { date: '2026-05-01', reason: 'Annual review', role: 'care-coordinator' as const };

/** planA saved as revision 1 and planB as revision 2, on the shipped England 2025-26 card. */
function twoRevisions(): string {
  const store = useAppStore.getState();
  const { id } = store.addBudget({ ...planA(), rateCard: 'england-2025-26' });
  store.saveRevision(id, details);
  store.saveLine(id, planB().lines[0] as Budget['lines'][number]);
  store.removeLine(id, 'l2');
  store.saveLine(id, planB().lines[1] as Budget['lines'][number]);
  store.saveExpense(id, planB().expenses[0] as Budget['expenses'][number]);
  store.saveRevision(id, { ...details, reason: 'Sam moved away', role: 'social-worker' });
  return id;
}

const budgetOf = (id: string) => {
  const budget = useAppStore.getState().budgets[id]?.budget;
  if (budget === undefined) throw new Error('no budget');
  return budget;
};

function open(hash: string) {
  window.location.hash = hash;
  return renderWithI18n(<Pages />);
}

describe('saving a revision', () => {
  it('refuses an empty form with an error summary and saves nothing', async () => {
    const { id } = useAppStore.getState().addBudget({ ...planA(), rateCard: 'england-2025-26' });
    open(`#/budgets/${id}/revisions/new`);
    await userEvent.click(screen.getByRole('button', { name: 'Save revision' }));
    const summary = screen.getByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Enter why the plan is being revised' }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', { name: 'Select who is making this revision' }),
    ).toBeInTheDocument();
    expect(document.title).toMatch(/^Error: /);
    expect(budgetOf(id).revisions ?? []).toEqual([]);
  });

  it('keeps what was typed in a draft, then saves a numbered, dated revision with its reason and role', async () => {
    const { id } = useAppStore.getState().addBudget({ ...planA(), rateCard: 'england-2025-26' });
    const first = open(`#/budgets/${id}/revisions/new`);
    await userEvent.type(
      screen.getByLabelText('Why is the plan being revised?'),
      'Planning meeting',
    );
    first.unmount();
    open(`#/budgets/${id}/revisions/new`);
    expect(screen.getByLabelText('Why is the plan being revised?')).toHaveValue('Planning meeting');
    await userEvent.click(screen.getByLabelText('A care coordinator'));
    await userEvent.type(screen.getByLabelText('Your name (optional)'), 'Jo Smith');
    await userEvent.click(screen.getByRole('button', { name: 'Save revision' }));
    const [revision] = budgetOf(id).revisions ?? [];
    expect(revision).toMatchObject({
      number: 1,
      reason: 'Planning meeting',
      madeBy: { role: 'care-coordinator', name: 'Jo Smith' },
      rateCard: 'england-2025-26',
    });
    expect(revision?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(window.location.hash).toBe(`#/budgets/${id}/revisions`);
  });
});

describe('the revisions page', () => {
  it('lists revisions newest first with who made them and links to compare', async () => {
    const id = twoRevisions();
    open(`#/budgets/${id}/revisions`);
    expect(await screen.findByRole('heading', { level: 1, name: /Revisions/ })).toBeInTheDocument();
    const rows = within(
      screen.getByRole('table', { name: 'Saved revisions, newest first' }),
    ).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Sam moved away');
    expect(rows[1]).toHaveTextContent('social worker');
    expect(
      within(rows[1] as HTMLElement).getByRole('link', { name: /Compare with revision 1/ }),
    ).toHaveAttribute('href', `#/budgets/${id}/compare/1/2`);
    expect(screen.getByText('The current draft is the same as revision 2.')).toBeInTheDocument();
  });
});

describe('choosing two versions to compare', () => {
  it('refuses the same version twice, then goes to the comparison chosen', async () => {
    const id = twoRevisions();
    open(`#/budgets/${id}/revisions`);
    await userEvent.selectOptions(screen.getByLabelText('From'), 'revision 2');
    await userEvent.selectOptions(screen.getByLabelText('To'), 'revision 2');
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(within(screen.getByRole('alert')).getByText(/these are the same/)).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('From'), 'revision 1');
    await userEvent.selectOptions(screen.getByLabelText('To'), 'the current draft');
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(window.location.hash).toBe(`#/budgets/${id}/compare/1/current`);
  });
});

describe('one revision, read-only', () => {
  it('shows what it cost and restores it as the draft, keeping the history', async () => {
    const id = twoRevisions();
    open(`#/budgets/${id}/revisions/1`);
    expect(screen.getByRole('heading', { level: 1, name: /Revision 1/ })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText('Annual review')).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Support in this revision' })).getAllByRole('row'),
    ).toHaveLength(3);
    await userEvent.click(
      screen.getByRole('button', { name: 'Make revision 1 the current draft' }),
    );
    const budget = budgetOf(id);
    expect(budget.lines.map((line) => line.id)).toEqual(['l1', 'l2']);
    expect(budget.revisions?.map((revision) => revision.number)).toEqual([1, 2]);
    expect(await screen.findByText('Revision 1 is now the current draft')).toBeInTheDocument();
  });

  it('says a revision that is not in the history is not found', () => {
    const id = twoRevisions();
    open(`#/budgets/${id}/revisions/9`);
    expect(screen.getByRole('heading', { level: 1, name: /not found/i })).toBeInTheDocument();
  });
});

describe('comparing two revisions', () => {
  it('shows the totals, each need and each carer, with the figures of the compare command', () => {
    const id = twoRevisions();
    open(`#/budgets/${id}/compare/1/2`);
    const england = loadCard('rate-cards/england-2025-26.json');
    const diff = compareBudgets(
      { ...planA(), rateCard: 'england-2025-26' },
      england,
      { ...planB(), rateCard: 'england-2025-26' },
      england,
    );
    if (!diff.ok) throw new Error('expected a diff');
    expect(
      screen.getByRole('heading', { level: 1, name: /What changed from revision 1 to revision 2/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('1 May 2026, by social worker: Sam moved away')).toBeInTheDocument();
    const weekly = within(screen.getByRole('table', { name: 'Totals' })).getByRole('row', {
      name: /^Weekly/,
    });
    // Each cell also carries its column heading, for phones: "Before £170.70".
    expect(
      within(weekly)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      `Before ${formatMoney(diff.value.from.totals.weekly)}`,
      `After ${formatMoney(diff.value.to.totals.weekly)}`,
      `Difference ${formatMoneyChange(diff.value.totals.weekly)}`,
    ]);
    const needs = within(screen.getByRole('table', { name: 'Needs that changed' }));
    expect(needs.getByRole('row', { name: /Meals and housework/ })).toHaveTextContent('Removed');
    expect(needs.getByRole('row', { name: /Swimming/ })).toHaveTextContent('Added');
    const sam = within(screen.getByRole('table', { name: 'Unpaid carers' })).getByRole('row', {
      name: /Sam/,
    });
    expect(sam).toHaveTextContent('21.00');
    expect(sam).toHaveTextContent('-21.00');
    expect(sam).toHaveTextContent('Substantial unpaid care');
  });
});

describe('re-pricing on another card', () => {
  it('shows the difference and changes nothing until the new prices are kept', async () => {
    const id = twoRevisions();
    open(`#/budgets/${id}/reprice/england-2026-27`);
    expect(
      screen.getByRole('heading', { level: 1, name: /Re-price on England 2026-27/ }),
    ).toBeInTheDocument();
    expect(budgetOf(id).rateCard).toBe('england-2025-26');
    await userEvent.click(screen.getByRole('button', { name: 'Keep the new prices' }));
    expect(budgetOf(id).rateCard).toBe('england-2026-27');
    expect(budgetOf(id).lines).toEqual(planB().lines);
  });

  it('says a card that is not shipped is not found', () => {
    const id = twoRevisions();
    open(`#/budgets/${id}/reprice/nowhere-2030`);
    expect(screen.getByRole('heading', { level: 1, name: /not found/i })).toBeInTheDocument();
  });
});

describe("the commissioner's view", () => {
  it('shows each setting with the break-even hours, and the what-if changes nothing until saved', async () => {
    const { id } = useAppStore.getState().addBudget({ ...planA(), rateCard: 'england-2025-26' });
    open(`#/budgets/${id}/commissioner`);
    const settings = within(
      screen.getByRole('table', { name: 'This plan at home against each setting' }),
    );
    expect(settings.getByRole('row', { name: /Residential care home/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save this change to the plan' }));
    expect(
      within(screen.getByRole('alert')).getByText('Select the care to move and who would give it'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText(/Sam: Meals and housework/));
    await userEvent.click(screen.getByLabelText('A registered provider (standard rate)'));
    const sam = within(screen.getByRole('table', { name: 'Unpaid carers' })).getByRole('row', {
      name: /Sam/,
    });
    expect(sam).toHaveTextContent('No day off in the week');
    expect(budgetOf(id).lines[1]).toMatchObject({ resource: 'unpaid-carer' });
    await userEvent.click(screen.getByRole('button', { name: 'Save this change to the plan' }));
    expect(budgetOf(id).lines[1]).toMatchObject({ resource: 'registered-provider' });
    expect(budgetOf(id).lines[1]?.carer).toBeUndefined();
  });
});
