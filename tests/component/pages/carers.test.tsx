import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Day } from '../../../src/domain/days';
import { createI18n } from '../../../src/i18n';
import { draftKey } from '../../../src/state/drafts-slice';
import { useAppStore } from '../../../src/state/store';
import { CarerPage } from '../../../src/ui/builder/carers/carer-page';
import { CarersPage } from '../../../src/ui/builder/carers/carers-page';
import { href, NEW } from '../../../src/ui/routes';
import { carer, visits } from '../../helpers/builders';
import { renderWithI18n } from '../render';

/** A new budget on the shipped England 2025-26 card: 20, 35 and 50 hours; 3 nights; 70 years. */
function newBudget(): string {
  return useAppStore.getState().createBudget('england-2025-26');
}

function savedBudget(budgetId: string) {
  const saved = useAppStore.getState().budgets[budgetId];
  if (saved === undefined) throw new Error(`no budget ${budgetId}`);
  return saved.budget;
}

/** A 240-minute visit by carer c1 on one day: four hours of unpaid care. */
function fourHoursOn(day: Day, activity = `Help on ${day}`) {
  return visits({
    id: `l-${day}`,
    activity,
    resource: 'unpaid-carer',
    carer: 'c1',
    minutes: 240,
    days: [day],
  });
}

function question(name: RegExp) {
  return within(screen.getByRole('group', { name }));
}

const notFoundTitle = createI18n('en').t('budget.notFound.title');

describe('adding and changing an unpaid carer', () => {
  it('adds a carer with every answer and goes back to the carers page', async () => {
    const budgetId = newBudget();
    renderWithI18n(<CarerPage budgetId={budgetId} carerId={NEW} />);
    expect(
      screen.getByRole('heading', { level: 1, name: /Add an unpaid carer/ }),
    ).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Their name'), 'Sam');
    await userEvent.type(
      screen.getByLabelText('Their relationship to the person (optional)'),
      'daughter',
    );
    await userEvent.type(screen.getByLabelText('Their age (optional)'), '52');
    await userEvent.click(
      question(/health condition or disability of their own/).getByLabelText('No'),
    );
    await userEvent.click(question(/willing and able/).getByLabelText('Yes'));
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    const carers = savedBudget(budgetId).carers;
    expect(carers).toHaveLength(1);
    expect(carers[0]).toEqual({
      id: expect.stringMatching(/^c-/) as string,
      name: 'Sam',
      relationship: 'daughter',
      age: 52,
      ownHealthCondition: false,
      willingAndAble: true,
    });
    expect(window.location.hash).toBe(href({ page: 'carers', budgetId }));
    expect(useAppStore.getState().drafts).toEqual({});
  });

  it('changes a carer in place, keeping their id', async () => {
    const budgetId = newBudget();
    useAppStore.getState().saveCarer(budgetId, carer({ id: 'c1', name: 'Sam', age: 50 }));
    renderWithI18n(<CarerPage budgetId={budgetId} carerId="c1" />);

    expect(
      screen.getByRole('heading', { level: 1, name: /Change the details of Sam/ }),
    ).toBeInTheDocument();
    const name = screen.getByLabelText('Their name');
    expect(name).toHaveValue('Sam');
    expect(screen.getByLabelText('Their age (optional)')).toHaveValue('50');
    await userEvent.clear(name);
    await userEvent.type(name, 'Samira');
    await userEvent.click(
      question(/health condition or disability of their own/).getByLabelText('Yes'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    expect(savedBudget(budgetId).carers).toEqual([
      { id: 'c1', name: 'Samira', age: 50, ownHealthCondition: true, willingAndAble: true },
    ]);
    expect(window.location.hash).toBe(href({ page: 'carers', budgetId }));
  });

  it('on a failed submit shows every problem, keeps what was typed and saves nothing', async () => {
    const budgetId = newBudget();
    renderWithI18n(<CarerPage budgetId={budgetId} carerId={NEW} />);
    await userEvent.type(screen.getByLabelText('Their age (optional)'), 'fifty');
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    const summary = screen.getByRole('alert');
    expect(
      within(summary).getByRole('heading', { name: 'There is a problem' }),
    ).toBeInTheDocument();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      "Enter the carer's name",
      'Age must be a whole number of years, like 52',
      'Select yes if the carer has a health condition or disability of their own',
      'Select yes if the carer is willing and able to give this care',
    ]);
    expect(document.title).toMatch(/^Error: /);
    expect(screen.getByLabelText('Their name')).toHaveAccessibleDescription(
      /Enter the carer's name/,
    );
    expect(screen.getByLabelText('Their age (optional)')).toHaveValue('fifty');
    expect(savedBudget(budgetId).carers).toEqual([]);
    expect(window.location.hash).toBe('');
  });

  it('keeps what was typed in a draft that survives leaving the page, until cancelled', async () => {
    const budgetId = newBudget();
    const first = renderWithI18n(<CarerPage budgetId={budgetId} carerId={NEW} />);
    await userEvent.type(screen.getByLabelText('Their name'), 'Pat');
    await userEvent.click(question(/willing and able/).getByLabelText('No'));
    first.unmount();

    expect(useAppStore.getState().drafts[draftKey(budgetId, 'carer', NEW)]).toMatchObject({
      name: 'Pat',
      willingAndAble: 'no',
    });
    renderWithI18n(<CarerPage budgetId={budgetId} carerId={NEW} />);
    expect(screen.getByLabelText('Their name')).toHaveValue('Pat');
    expect(question(/willing and able/).getByLabelText('No')).toBeChecked();

    await userEvent.click(screen.getByRole('link', { name: 'Cancel' }));
    expect(useAppStore.getState().drafts).toEqual({});
    expect(savedBudget(budgetId).carers).toEqual([]);
  });

  it('shows "page not found" for a carer or a budget that is not there', () => {
    const budgetId = newBudget();
    const gone = renderWithI18n(<CarerPage budgetId={budgetId} carerId="c-gone" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(notFoundTitle);
    gone.unmount();
    renderWithI18n(<CarersPage budgetId="b-gone" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(notFoundTitle);
  });
});

describe('the unpaid carers page', () => {
  it('lists a carer with their answers and the hours, nights and days from the pricing', () => {
    const budgetId = newBudget();
    const store = useAppStore.getState();
    store.saveCarer(
      budgetId,
      carer({
        id: 'c1',
        name: 'Sam',
        relationship: 'daughter',
        age: 52,
        score: { value: '8', scale: 'Carer Strain Index', on: '2026-03-01' },
      }),
    );
    // Swimming: 120 minutes on Wednesday = 2.00 hours a week, 0 nights, 1 caring day.
    store.saveLine(
      budgetId,
      visits({
        id: 'l1',
        domain: 'social',
        activity: 'Swimming',
        resource: 'unpaid-carer',
        carer: 'c1',
        minutes: 120,
        days: ['wed'],
      }),
    );
    renderWithI18n(<CarersPage budgetId={budgetId} />);

    expect(
      screen.getByRole('heading', { level: 1, name: 'Unpaid carers and personal assistants' }),
    ).toBeInTheDocument();
    const card = screen
      .getByRole('heading', { level: 2, name: 'Sam' })
      .closest('.nhsuk-card') as HTMLElement;
    const rows = within(card)
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(rows).toEqual([
      ['Relationship', 'daughter'],
      ['Age', '52'],
      ['Health condition or disability of their own', 'No'],
      ['Willing and able to give this care', 'Yes'],
      // Their own score from elsewhere: the number, its scale and its day, never the questions.
      ['Their own score', '8 on the Carer Strain Index, 1 March 2026'],
      ['Hours of care a week', '2.00 hours'],
      ['Nights a week', '0 nights'],
      ['Days a week they give care', '1 day'],
      ['Support they give', 'Swimming (Social and community life)'],
      ['Flags', 'None'],
    ]);
    expect(within(card).getByRole('link', { name: 'Change (Sam)' })).toHaveAttribute(
      'href',
      href({ page: 'carer', budgetId, carerId: 'c1' }),
    );
  });

  it('flags 5 × 240-minute lines (20 hours) as substantial unpaid care, with what would clear it', () => {
    const budgetId = newBudget();
    const store = useAppStore.getState();
    store.saveCarer(budgetId, carer({ id: 'c1', name: 'Sam', age: 52 }));
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri'] as const)
      store.saveLine(budgetId, fourHoursOn(day));
    renderWithI18n(<CarersPage budgetId={budgetId} />);

    // 5 × 240 minutes = 1,200 minutes = 20.00 hours: at the 20-hour notice level, under 35.
    const tag = screen.getByText('Substantial unpaid care');
    expect(tag).toHaveClass('nhsuk-tag', 'nhsuk-tag--blue');
    expect(screen.queryByText("Unpaid care at Carer's Allowance level")).not.toBeInTheDocument();
    expect(screen.getByText('20.00 hours')).toBeInTheDocument();
    // Under 20 means strictly below it: move one quarter hour, 0.25 h. At the PA weekday rate
    // 13.45 × (1 + 15.07%) = 15.476915 an hour: 0.25 × 15.476915 = 3.8692… → £3.87;
    // at the standard provider rate 0.25 × 32.14 = 8.035 → £8.04 (half-up).
    expect(tag.nextElementSibling).toHaveTextContent(
      'Sam gives 20 hours of care a week. This flag starts at 20 hours a week. To bring Sam under it, move 0.25 hours a week to paid support. That would cost about £3.87 a week with a personal assistant, or £8.04 a week with a registered provider.',
    );
  });

  it('flags an older carer giving substantial care, and care on every day of the week', () => {
    const budgetId = newBudget();
    const store = useAppStore.getState();
    // 75 is over the card's 70; seven days of four hours = 28.00 hours, no day off.
    store.saveCarer(budgetId, carer({ id: 'c1', name: 'Joan', age: 75 }));
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const)
      store.saveLine(budgetId, fourHoursOn(day));
    renderWithI18n(<CarersPage budgetId={budgetId} />);

    expect(screen.getByText('Substantial unpaid care')).toHaveClass('nhsuk-tag--blue');
    expect(screen.getByText('No day off in the week')).toHaveClass('nhsuk-tag--orange');
    expect(screen.getByText('An older or unwell carer giving substantial care')).toHaveClass(
      'nhsuk-tag--orange',
    );
    expect(screen.getByText('28.00 hours')).toBeInTheDocument();
  });

  it('removes a carer after asking once more', async () => {
    const budgetId = newBudget();
    useAppStore.getState().saveCarer(budgetId, carer({ id: 'c1', name: 'Sam' }));
    renderWithI18n(<CarersPage budgetId={budgetId} />);

    await userEvent.click(screen.getByRole('button', { name: 'Remove (Sam)' }));
    expect(screen.getByRole('heading', { name: 'Remove Sam from the plan?' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'No, keep Sam' }));
    expect(savedBudget(budgetId).carers).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Remove (Sam)' })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Remove (Sam)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove Sam' }));
    expect(savedBudget(budgetId).carers).toEqual([]);
    expect(screen.getByText('Sam has been removed from the plan')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'Sam' })).not.toBeInTheDocument();
    expect(screen.getByText('No unpaid carers are recorded in this plan yet.')).toBeInTheDocument();
  });

  it('refuses to remove a carer a line relies on, naming the line and linking to its area', async () => {
    const budgetId = newBudget();
    const store = useAppStore.getState();
    store.saveCarer(budgetId, carer({ id: 'c1', name: 'Sam' }));
    store.saveLine(
      budgetId,
      visits({
        id: 'l1',
        domain: 'social',
        activity: 'Swimming',
        resource: 'unpaid-carer',
        carer: 'c1',
        minutes: 120,
        days: ['wed'],
      }),
    );
    renderWithI18n(<CarersPage budgetId={budgetId} />);

    await userEvent.click(screen.getByRole('button', { name: 'Remove (Sam)' }));
    const refusal = screen.getByRole('alert');
    expect(refusal).toHaveTextContent('Sam cannot be removed yet');
    expect(refusal).toHaveTextContent('This line of support relies on Sam.');
    expect(
      within(refusal).getByRole('link', { name: 'Swimming, in Social and community life' }),
    ).toHaveAttribute('href', href({ page: 'domain', budgetId, domainId: 'social' }));
    expect(screen.queryByRole('button', { name: /Yes, remove/ })).not.toBeInTheDocument();
    expect(savedBudget(budgetId).carers).toHaveLength(1);
  });

  it('says when there are no carers and links to add one', () => {
    const budgetId = newBudget();
    renderWithI18n(<CarersPage budgetId={budgetId} />);
    expect(screen.getByText('No unpaid carers are recorded in this plan yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add an unpaid carer' })).toHaveAttribute(
      'href',
      href({ page: 'carer', budgetId, carerId: NEW }),
    );
    // The thresholds come from the budget's rate card.
    expect(
      screen.getByText(
        "35 hours or more a week: the level at which a carer can get Carer's Allowance",
      ),
    ).toBeInTheDocument();
  });

  it('marks the section completed', async () => {
    const budgetId = newBudget();
    renderWithI18n(<CarersPage budgetId={budgetId} />);
    await userEvent.click(screen.getByLabelText("Yes, I've completed this section"));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(useAppStore.getState().budgets[budgetId]?.budget.progress).toEqual({
      completed: ['carers'],
    });
    expect(window.location.hash).toBe(href({ page: 'task-list', budgetId }));
  });
});
