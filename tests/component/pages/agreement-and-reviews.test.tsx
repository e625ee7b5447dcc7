/**
 * Agreement and reviews in the app: agreeing above the indicative sum asks for an approver
 * and says why; a review records each outcome and saves a revision; the task list and the
 * start page say when the next review is, due or overdue by the app's clock.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Budget } from '../../../src/domain/schema/budget';
import { setClock } from '../../../src/state/clock';
import { useAppStore } from '../../../src/state/store';
import { AgreementPage } from '../../../src/ui/builder/reviews/agreement-page';
import { afterDoubleClickWindow } from '../double-click';
import { ReviewPage } from '../../../src/ui/builder/reviews/review-page';
import { PlanReviewTasks } from '../../../src/ui/builder/task-list/plan-review-tasks';
import { StartBudgetItem } from '../../../src/ui/start/start-budget-item';
import { budget, visits } from '../../helpers/builders';
import { renderWithI18n } from '../render';

const saved = (id: string): Budget | undefined => useAppStore.getState().budgets[id]?.budget;

function add(fields: Partial<Budget>): string {
  return useAppStore.getState().addBudget(
    budget({
      version: 4,
      rateCard: 'england-2025-26',
      lines: [
        visits({ id: 'l1', domain: 'personal-care', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }),
      ],
      ...fields,
    }),
  ).id;
}

const clockOn = (day: string) => setClock(() => new Date(`${day}T12:00:00`));

describe('the agreement page', () => {
  it('will not agree a plan over its indicative sum without an approver and a reason, and says why', async () => {
    clockOn('2026-03-27');
    const id = add({
      indicativeAnnual: '1000.00',
      plan: { start: '2026-04-01', status: 'proposed' },
    });
    renderWithI18n(<AgreementPage budgetId={id} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Agreed' }));
    expect(
      screen.getByRole('heading', { name: /This plan needs an approver to be agreed/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('That is more than its indicative sum of £1,000.00.'),
    ).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Your name'), 'Jo Example');
    await userEvent.click(screen.getByRole('button', { name: 'Record the move' }));
    const summary = screen.getByRole('alert');
    expect(
      within(summary).getByRole('link', { name: "Enter the approver's name" }),
    ).toHaveAttribute('href', '#agreement-approver-name');
    expect(saved(id)?.plan?.status).toBe('proposed');

    await userEvent.type(screen.getByLabelText("Approver's name"), 'Pat Example');
    expect(screen.getByLabelText("Approver's name")).toHaveValue('Pat Example');
    // The save button ignores a second click within its double-click window.
    await afterDoubleClickWindow();
    await userEvent.click(screen.getByRole('button', { name: 'Record the move' }));
    expect(
      within(screen.getByRole('alert')).getByText('Enter why the plan is agreed above the limit'),
    ).toBeInTheDocument();
    expect(saved(id)?.plan?.status).toBe('proposed');

    await userEvent.selectOptions(screen.getByLabelText("Approver's role"), 'head-of-service');
    await userEvent.type(
      screen.getByLabelText('Why the plan is agreed above the limit'),
      'Needs two visits a day',
    );
    // The save button ignores a second click within its double-click window.
    await afterDoubleClickWindow();
    await userEvent.click(screen.getByRole('button', { name: 'Record the move' }));
    expect(saved(id)?.plan?.status).toBe('agreed');
    expect(saved(id)?.statusChanges).toEqual([
      {
        from: 'proposed',
        to: 'agreed',
        date: '2026-03-27',
        by: { role: 'care-coordinator', name: 'Jo Example' },
        approval: {
          name: 'Pat Example',
          role: 'head-of-service',
          reason: 'Needs two visits a day',
        },
      },
    ]);
  });

  it('records a move within the limits with who, role and day, in Welsh too', async () => {
    clockOn('2026-03-20');
    const id = add({ plan: { start: '2026-04-01' } });
    renderWithI18n(<AgreementPage budgetId={id} />, 'cy');
    expect(screen.getByRole('heading', { level: 1, name: /Cytundeb/ })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Eich enw'), 'Jo Example');
    await userEvent.click(screen.getByRole('button', { name: "Cofnodi'r symudiad" }));
    expect(saved(id)?.plan?.status).toBe('proposed');
    expect(saved(id)?.statusChanges?.[0]).toMatchObject({
      from: 'draft',
      to: 'proposed',
      date: '2026-03-20',
    });
  });
});

describe('reviews', () => {
  const outcomes = [
    { id: 'o1', words: 'I get up at a time I choose' },
    { id: 'o2', words: 'I see my friends every week' },
  ];

  it('records each outcome’s finding with a revision, and the next review moves on a year', async () => {
    clockOn('2026-05-28');
    const id = add({
      outcomes,
      plan: { start: '2026-04-01', status: 'active', cohort: 'social-care' },
    });
    const tasks = renderWithI18n(<PlanReviewTasks budget={saved(id) as Budget} />);
    expect(screen.getByText('Next review: 27 May 2026')).toBeInTheDocument();
    expect(screen.getByText('Review overdue')).toBeInTheDocument();
    tasks.unmount();

    const form = renderWithI18n(<ReviewPage budgetId={id} />);
    await userEvent.type(screen.getByLabelText('Who held the review'), 'Jo Example');
    const first = screen.getByRole('group', { name: '“I get up at a time I choose”' });
    await userEvent.click(within(first).getByLabelText('Met'));
    await userEvent.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(
      within(screen.getByRole('alert')).getByText(
        'Say whether “I see my friends every week” is met, partly met or not met',
      ),
    ).toBeInTheDocument();
    expect(saved(id)?.reviews).toBeUndefined();

    const second = screen.getByRole('group', { name: '“I see my friends every week”' });
    await userEvent.click(within(second).getByLabelText('Partly met'));
    await userEvent.type(
      screen.getAllByLabelText('What was said about it (optional)')[1] as HTMLElement,
      'Once a week so far',
    );
    // The save button ignores a second click within its double-click window.
    await afterDoubleClickWindow();
    await userEvent.click(screen.getByRole('button', { name: 'Save the review' }));
    form.unmount();
    expect(saved(id)?.reviews).toEqual([
      {
        id: 'r1',
        date: '2026-05-28',
        by: { role: 'care-coordinator', name: 'Jo Example' },
        revision: 1,
        outcomes: [
          { outcome: 'o1', result: 'met' },
          { outcome: 'o2', result: 'partly-met', notes: 'Once a week so far' },
        ],
      },
    ]);
    expect(saved(id)?.revisions?.[0]?.reason).toBe('Review of the plan on 2026-05-28');
    renderWithI18n(<PlanReviewTasks budget={saved(id) as Budget} />);
    expect(screen.getByText('Next review: 28 May 2027')).toBeInTheDocument();
  });

  it('says on the start page’s list when a budget’s review is due or overdue', () => {
    clockOn('2026-05-01');
    const id = add({ plan: { start: '2026-04-01', status: 'active', cohort: 'social-care' } });
    const savedBudget = useAppStore.getState().budgets[id];
    if (savedBudget === undefined) throw new Error('budget not added');
    const item = renderWithI18n(
      <StartBudgetItem saved={savedBudget} onDuplicated={() => undefined} />,
    );
    expect(screen.getByText('Review due')).toBeInTheDocument();
    item.unmount();
    clockOn('2026-05-28');
    renderWithI18n(<StartBudgetItem saved={savedBudget} onDuplicated={() => undefined} />);
    expect(screen.getByText('Review overdue')).toBeInTheDocument();
  });
});
