/**
 * The forms of the plan around the money: risks (add, change, remove), the contingency
 * (priced as it is filled in) and who pays (the card's cap refused by name, the split shown
 * to the penny), each saying what is wrong by the field's name, in English and Welsh.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Budget } from '../../../src/domain/schema/budget';
import { useAppStore } from '../../../src/state/store';
import { ContingencyPage } from '../../../src/ui/builder/plan-cover/contingency-page';
import { RiskPage } from '../../../src/ui/builder/plan-cover/risk-page';
import { RisksPage } from '../../../src/ui/builder/plan-cover/risks-page';
import { WhoPaysPage } from '../../../src/ui/builder/plan-cover/who-pays-page';
import { TaskListPage } from '../../../src/ui/builder/task-list/task-list-page';
import { afterDoubleClickWindow } from '../double-click';
import { NEW } from '../../../src/ui/routes';
import { budget, carer, visits } from '../../helpers/builders';
import { renderWithI18n } from '../render';

const savedBudget = (id: string): Budget | undefined => useAppStore.getState().budgets[id]?.budget;

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** An hour a day of a registered provider (£32.14 an hour: £224.98 a week) and a carer's evening. */
function plan(card = 'england-2025-26', fields: Partial<Budget> = {}): string {
  return useAppStore.getState().addBudget(
    budget({
      version: 4,
      rateCard: card,
      carers: [carer({ id: 'kim', name: 'Kim' })],
      lines: [
        visits({ id: 'l1', days: [...EVERY_DAY] }),
        visits({
          id: 'l2',
          activity: 'Evening meal',
          resource: 'unpaid-carer',
          carer: 'kim',
          days: ['mon'],
        }),
      ],
      ...fields,
    }),
  ).id;
}

async function summaryLinks(): Promise<string[]> {
  const summary = await screen.findByRole('alert');
  return within(summary)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('the risk form', () => {
  it('adds a risk with what could go wrong, how likely and what is in place, and lists it', async () => {
    const budgetId = plan();
    const form = renderWithI18n(<RiskPage budgetId={budgetId} riskId={NEW} />);
    await userEvent.type(screen.getByLabelText('What could go wrong?'), 'Kim is taken ill');
    await userEvent.click(screen.getByLabelText('High'));
    await userEvent.type(
      screen.getByLabelText('What is in place if it happens? (optional)'),
      'The agency adds an evening visit',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save the risk' }));
    form.unmount();
    const risks = savedBudget(budgetId)?.risks;
    expect(risks).toEqual([
      {
        id: expect.stringMatching(/^r-/) as string,
        what: 'Kim is taken ill',
        likelihood: 'high',
        inPlace: 'The agency adds an evening visit',
      },
    ]);

    renderWithI18n(<RisksPage budgetId={budgetId} />);
    const card = screen
      .getByRole('heading', { level: 3, name: 'Kim is taken ill' })
      .closest('.nhsuk-card') as HTMLElement;
    expect(within(card).getByText('High')).toBeInTheDocument();
    expect(within(card).getByText('The agency adds an evening visit')).toBeInTheDocument();
  });

  it('names each field at fault and saves nothing', async () => {
    const budgetId = plan();
    renderWithI18n(<RiskPage budgetId={budgetId} riskId={NEW} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save the risk' }));
    expect(await summaryLinks()).toEqual([
      'Enter what could go wrong',
      'Choose how likely it is: low, medium or high',
    ]);
    await userEvent.click(screen.getByLabelText(/What could go wrong/));
    await userEvent.paste('x'.repeat(501));
    await userEvent.click(screen.getByLabelText('Low'));
    // The save button ignores a second click within its double-click window.
    await afterDoubleClickWindow();
    await userEvent.click(screen.getByRole('button', { name: 'Save the risk' }));
    expect(await summaryLinks()).toEqual(['What could go wrong must be 500 characters or fewer']);
    expect(savedBudget(budgetId)?.risks).toBeUndefined();
  });

  it('changes a risk where it stands and removes one after asking', async () => {
    const budgetId = plan('england-2025-26', {
      risks: [
        { id: 'r1', what: 'Kim is taken ill', likelihood: 'medium' },
        { id: 'r2', what: 'The agency is short of staff', likelihood: 'low' },
      ],
    });
    const form = renderWithI18n(<RiskPage budgetId={budgetId} riskId="r1" />);
    await userEvent.click(screen.getByLabelText('High'));
    await userEvent.click(screen.getByRole('button', { name: 'Save the risk' }));
    form.unmount();
    expect(savedBudget(budgetId)?.risks?.map((risk) => [risk.id, risk.likelihood])).toEqual([
      ['r1', 'high'],
      ['r2', 'low'],
    ]);

    renderWithI18n(<RisksPage budgetId={budgetId} />);
    await userEvent.click(screen.getByRole('button', { name: /Remove.*Kim is taken ill/ }));
    const asked = screen.getByRole('group', { name: 'Remove the risk “Kim is taken ill”?' });
    await userEvent.click(within(asked).getByRole('button', { name: 'Yes, remove it' }));
    expect(savedBudget(budgetId)?.risks?.map((risk) => risk.id)).toEqual(['r2']);
    expect(screen.getByText('Risk removed: Kim is taken ill')).toBeInTheDocument();
  });

  it('speaks Welsh when Welsh is chosen, the messages too', async () => {
    const budgetId = plan();
    renderWithI18n(<RiskPage budgetId={budgetId} riskId={NEW} />, 'cy');
    expect(screen.getByRole('heading', { level: 1, name: /Ychwanegu risg/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: "Cadw'r risg" }));
    expect(await summaryLinks()).toEqual([
      "Rhowch beth allai fynd o'i le",
      'Dewiswch pa mor debygol ydyw: isel, canolig neu uchel',
    ]);
  });
});

describe('the contingency form', () => {
  it('prices days of provider cover as it is typed, and saves it counted in the total', async () => {
    const budgetId = plan();
    renderWithI18n(<ContingencyPage budgetId={budgetId} />);
    const price = () => within(document.getElementById('contingency-price') as HTMLElement);
    expect(price().getByText('The plan has no priced contingency.')).toBeInTheDocument();
    await userEvent.click(
      within(screen.getByRole('group', { name: /provider that does not turn up/ })).getByLabelText(
        'Yes',
      ),
    );
    await userEvent.type(screen.getByLabelText('Days of cover a year'), '14');
    // A week of the provider's care is £224.98; 14 days a year is 224.98 ÷ 7 × 14 = £449.96,
    // and a week of that is 449.96 ÷ 52.143 = £8.63.
    const row = price()
      .getByText('14 days of cover a year for a provider that does not turn up')
      .closest('tr') as HTMLElement;
    expect(within(row).getByText('£8.63')).toBeInTheDocument();
    expect(within(row).getByText('£449.96')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText("Yes, count it in the budget's total"));
    expect(price().getByText('The budget with the contingency')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save the contingency' }));
    expect(savedBudget(budgetId)?.contingency).toEqual({
      providerCover: { days: 14 },
      inBudget: true,
    });
  });

  it('covers a named carer with the resource chosen, and says what is missing by name', async () => {
    const budgetId = plan();
    renderWithI18n(<ContingencyPage budgetId={budgetId} />);
    await userEvent.click(screen.getByLabelText('Kim'));
    await userEvent.click(
      within(screen.getByRole('group', { name: /provider that does not turn up/ })).getByLabelText(
        'Yes',
      ),
    );
    await userEvent.type(screen.getByLabelText('Days of cover a year'), '400');
    await userEvent.click(screen.getByRole('button', { name: 'Save the contingency' }));
    expect(await summaryLinks()).toEqual([
      'Choose who would give their care instead: a personal assistant or a registered provider',
      'Days of cover a year must be from 1 to 366',
    ]);
    expect(savedBudget(budgetId)?.contingency).toBeUndefined();
    await userEvent.click(screen.getByLabelText('Their care given by a registered provider'));
    await userEvent.click(
      within(screen.getByRole('group', { name: /provider that does not turn up/ })).getByLabelText(
        'No',
      ),
    );
    // Kim's hour on Mondays given by a provider instead: £32.14 a week.
    const row = within(document.getElementById('contingency-price') as HTMLElement)
      .getByText('If Kim could no longer care')
      .closest('tr') as HTMLElement;
    expect(within(row).getByText('£32.14')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save the contingency' }));
    expect(savedBudget(budgetId)?.contingency).toEqual({
      carer: { id: 'kim', resource: 'registered-provider' },
    });
  });
});

describe('the who-pays form', () => {
  it('shows the card’s cap and refuses a contribution above it, naming the field', async () => {
    const budgetId = plan('wales-2025-26');
    renderWithI18n(<WhoPaysPage budgetId={budgetId} />);
    const field = screen.getByLabelText("The person's contribution a week, in pounds (optional)");
    expect(
      screen.getByText(/The most a person can be asked to pay is £100\.00 a week/),
    ).toBeInTheDocument();
    await userEvent.type(field, '150');
    await userEvent.click(screen.getByLabelText('The council'));
    await userEvent.click(screen.getByRole('button', { name: 'Save who pays' }));
    expect(await summaryLinks()).toEqual([
      "The person's contribution a week must be £100.00 or less: the rate card's maximum weekly charge",
    ]);
    expect(savedBudget(budgetId)?.whoPays).toBeUndefined();
  });

  it('splits the rest jointly to the penny as it is typed, saves it and completes the section', async () => {
    const budgetId = plan('wales-2025-26');
    const form = renderWithI18n(<WhoPaysPage budgetId={budgetId} />);
    await userEvent.type(
      screen.getByLabelText("The person's contribution a week, in pounds (optional)"),
      '35',
    );
    await userEvent.click(screen.getByLabelText('Both, jointly'));
    await userEvent.type(
      screen.getByLabelText("The integrated care board's share of the rest, in per cent"),
      '60',
    );
    const split = within(document.getElementById('who-pays-split') as HTMLElement);
    const cells = (name: string) =>
      within(split.getByText(name).closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // £224.98 a week, £11,731.13 a year: the person £35.00 and £1,825.01 (35 × 52.143,
    // rounded); the rest split 60:40 by the largest remainder.
    const columns = (week: string, year: string) => [
      `A week ${week}`,
      `A year ${year}`,
      'One-off £0.00',
    ];
    expect(cells("The person's contribution")).toEqual(columns('£35.00', '£1,825.01'));
    expect(cells('The integrated care board (NHS), 60% of the rest')).toEqual(
      columns('£113.99', '£5,943.67'),
    );
    expect(cells('The council, 40% of the rest')).toEqual(columns('£75.99', '£3,962.45'));
    expect(cells('The budget')).toEqual(columns('£224.98', '£11,731.13'));
    await userEvent.click(screen.getByRole('button', { name: 'Save who pays' }));
    form.unmount();
    expect(savedBudget(budgetId)?.whoPays).toEqual({
      contributionWeekly: '35.00',
      funder: 'joint',
      icbPercent: '60',
    });

    renderWithI18n(<TaskListPage budgetId={budgetId} />);
    const task = screen.getByRole('link', { name: 'Who pays' }).closest('li') as HTMLElement;
    expect(within(task).getByText('Completed')).toBeInTheDocument();
  });

  it('asks for the share of a joint funding by name, and who pays at all', async () => {
    const budgetId = plan();
    renderWithI18n(<WhoPaysPage budgetId={budgetId} />);
    await userEvent.type(
      screen.getByLabelText("The person's contribution a week, in pounds (optional)"),
      '12.345',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save who pays' }));
    expect(await summaryLinks()).toEqual([
      "The person's contribution a week must be to the nearest penny: at most two numbers after the point",
      'Choose who pays the rest: the integrated care board, the council, or both',
    ]);
    await userEvent.click(screen.getByLabelText('Both, jointly'));
    await userEvent.type(
      screen.getByLabelText("The integrated care board's share of the rest, in per cent"),
      '120',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save who pays' }));
    expect(await summaryLinks()).toContain(
      "The integrated care board's share must be a number from 0 to 100, like 60 or 33.33",
    );
  });
});

describe('the task list', () => {
  it('has rows for risks and contingency and for who pays, with their status', () => {
    const budgetId = plan('england-2025-26', {
      risks: [{ id: 'r1', what: 'Kim is taken ill', likelihood: 'medium' }],
    });
    renderWithI18n(<TaskListPage budgetId={budgetId} />);
    const row = (name: string) => screen.getByRole('link', { name }).closest('li') as HTMLElement;
    expect(within(row('Risks and contingency')).getByText('In progress')).toBeInTheDocument();
    expect(within(row('Who pays')).getByText('Not started')).toBeInTheDocument();
  });
});
