import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { draftKey } from '../../../src/state/drafts-slice';
import { useAppStore } from '../../../src/state/store';
import { href, NEW, type Route } from '../../../src/ui/routes';
import { carer, sleepIn, visits } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

/** A new budget on the shipped England 2025-26 card (standard provider rate £32.14 an hour). */
function newBudget(): string {
  return useAppStore.getState().createBudget('england-2025-26');
}

function savedBudget(budgetId: string) {
  const saved = useAppStore.getState().budgets[budgetId];
  if (saved === undefined) throw new Error(`no budget ${budgetId}`);
  return saved.budget;
}

function show(route: Route) {
  window.location.hash = href(route);
  return renderWithI18n(<Pages />);
}

const personalCare = (budgetId: string) =>
  ({ page: 'domain', budgetId, domainId: 'personal-care' }) as const;
const newLine = (budgetId: string) =>
  ({ page: 'line', budgetId, domainId: 'personal-care', lineId: NEW }) as const;

function question(name: RegExp | string) {
  return within(screen.getByRole('group', { name }));
}

/** The preview, where the line's cost and working show before it is saved. */
function preview() {
  return within(screen.getByRole('region', { name: 'What this need costs' }));
}

/** 45 minutes a day, every day, by the provider chosen from the list. */
async function fillMorningVisits(provider: string) {
  await userEvent.type(
    screen.getByLabelText('What is the support?'),
    'Help to get up, wash and dress',
  );
  await userEvent.click(screen.getByLabelText('A registered provider'));
  await userEvent.selectOptions(screen.getByLabelText('Which provider?'), provider);
  await userEvent.type(screen.getByLabelText('How long is each visit, in minutes?'), '45');
  await userEvent.click(screen.getByRole('button', { name: 'Every day' }));
}

const notFoundTitle = createI18n('en').t('budget.notFound.title');

describe('adding a need', () => {
  it('adds a provider visit and shows it in the area table with its weekly cost', async () => {
    const budgetId = newBudget();
    show(newLine(budgetId));
    expect(screen.getByRole('heading', { level: 1, name: /Add a need/ })).toBeInTheDocument();

    await fillMorningVisits('No particular provider (the standard rate, £32.14 an hour)');
    await userEvent.click(screen.getByRole('button', { name: 'Save this need' }));

    // By hand, from the shipped england-2025-26 card's standard day rate of £32.14 an hour:
    // 45 min × 1 visit × 1 worker × 7 days = 315 min = 5.25 h; 5.25 × £32.14 = £168.735,
    // rounded half-up once to £168.74 a week.
    const lines = savedBudget(budgetId).lines;
    expect(lines).toEqual([
      {
        id: expect.stringMatching(/^l-/) as string,
        kind: 'visits',
        domain: 'personal-care',
        activity: 'Help to get up, wash and dress',
        resource: 'registered-provider',
        minutes: 45,
        visitsPerDay: 1,
        workers: 1,
        period: 'day',
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      },
    ]);
    expect(window.location.hash).toBe(href(personalCare(budgetId)));
    expect(useAppStore.getState().drafts).toEqual({});

    const table = await screen.findByRole('table', { name: 'Needs in Personal care' });
    const row = within(table).getByRole('row', { name: /Help to get up, wash and dress/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      // Who and when in the words of the summary, the PDF and the text report.
      'Who helps Registered provider',
      'When 45 minutes, 1 visit a day, Mon to Sun',
      'Hours a week 5.25',
      'Weekly cost £168.74',
      expect.stringContaining('Change') as string,
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Need added: “Help to get up, wash and dress”',
    );
  });

  it('shows the cost and its working while the form is filled in, before saving [H5.4]', async () => {
    const budgetId = newBudget();
    show(newLine(budgetId));
    expect(preview().getByText(/shows here as soon as you have said/)).toBeInTheDocument();

    await fillMorningVisits('Example Homecare Ltd, rated Good, £33.75 an hour');

    // By hand, Example Homecare Ltd on the england-2025-26 card: £33.75 on weekdays, £35.35 at
    // weekends. Mon–Fri: 5 × 45 min = 3.75 h × £33.75 = £126.5625; Sat, Sun: 2 × 45 min =
    // 1.5 h × £35.35 = £53.025. Week: £179.5875, rounded once to £179.59; year: £179.59 ×
    // 52.143 = £9,364.36 (£9,364.360... rounded half-up).
    expect(preview().getByText('Mon to Fri: 3.75 hours × £33.75 = £126.5625')).toBeInTheDocument();
    expect(preview().getByText('Sat, Sun: 1.5 hours × £35.35 = £53.025')).toBeInTheDocument();
    expect(preview().getByText('Weekly: £179.5875 rounds half-up to £179.59')).toBeInTheDocument();
    expect(preview().getByText('Annual: £179.59 × 52.143 = £9,364.36')).toBeInTheDocument();
    expect(preview().getByText('5.25')).toBeInTheDocument();

    // The running total includes the line, and says it is not saved yet; nothing is saved.
    const total = within(screen.getByRole('complementary', { name: 'Running total' }));
    expect(total.getByText('£179.59')).toBeInTheDocument();
    expect(total.getByText(/not saved yet/)).toBeInTheDocument();
    expect(savedBudget(budgetId).lines).toEqual([]);
  });

  it('warns, without refusing, about a short personal care visit', async () => {
    const budgetId = newBudget();
    show(newLine(budgetId));
    await userEvent.type(screen.getByLabelText('What is the support?'), 'Check medicines taken');
    await userEvent.click(screen.getByLabelText('A personal assistant'));
    await userEvent.type(screen.getByLabelText('How long is each visit, in minutes?'), '15');
    await userEvent.click(screen.getByRole('button', { name: 'Weekdays' }));

    expect(
      preview().getByText(/A visit of 15 minutes is short for personal care/),
    ).toBeInTheDocument();
    // By hand: PA pay £13.45 + 15.07% on-costs (12.07 + 3 + 0) = £15.476915 an hour; Mon–Fri
    // 5 × 15 min = 1.25 h × £15.476915 = £19.34614375, rounded to £19.35.
    expect(
      preview().getByText(/£13.45 pay \+ 15.07% for holiday pay and pension = £15.476915 an hour/),
    ).toBeInTheDocument();
    expect(
      preview().getByText('Mon to Fri: 1.25 hours × £15.476915 = £19.346143…'),
    ).toBeInTheDocument();
    expect(preview().getByText('Weekly: £19.346143… rounds half-up to £19.35')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save this need' }));
    expect(savedBudget(budgetId).lines).toHaveLength(1);
  });
});

describe('the running total while a need is changed', () => {
  it('shows the budget with the need as typed, and the saved total when the form is incomplete', async () => {
    const budgetId = newBudget();
    const { saveLine } = useAppStore.getState();
    saveLine(budgetId, visits({ id: 'l1', activity: 'Morning help', minutes: 60, days: ['mon'] }));
    saveLine(budgetId, visits({ id: 'l2', activity: 'Evening help', minutes: 30, days: ['tue'] }));
    show({ page: 'line', budgetId, domainId: 'personal-care', lineId: 'l1' });
    const total = () => within(screen.getByRole('complementary', { name: 'Running total' }));
    // By hand, at the card's standard rate of £32.14 an hour: 1 h + 0.5 h = £32.14 + £16.07.
    expect(total().getByText('£48.21')).toBeInTheDocument();
    expect(total().queryByText(/not saved yet/)).not.toBeInTheDocument();

    const minutes = screen.getByLabelText('How long is each visit, in minutes?');
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '90');
    // The first need's £32.14 taken away and its 1.5 h × £32.14 = £48.21 added: £64.28.
    expect(total().getByText('£64.28')).toBeInTheDocument();
    expect(total().getByText(/not saved yet/)).toBeInTheDocument();

    // With no minutes the need cannot be priced: the total is the saved budget's again.
    await userEvent.clear(minutes);
    expect(total().getByText('£48.21')).toBeInTheDocument();
    expect(savedBudget(budgetId).lines.map((line) => line.id)).toEqual(['l1', 'l2']);
  });
});

describe('warnings about a need', () => {
  it('says a personal assistant needs a direct payment when the budget is not one', async () => {
    const budgetId = newBudget();
    const saved = savedBudget(budgetId);
    useAppStore.getState().updateAbout(budgetId, {
      person: saved.person,
      title: saved.title,
      fundingRoute: 'notional',
      rateCard: saved.rateCard,
      indicativeAnnual: null,
    });
    show(newLine(budgetId));
    await userEvent.type(screen.getByLabelText('What is the support?'), 'Help with shopping');
    await userEvent.click(screen.getByLabelText('A personal assistant'));
    await userEvent.type(screen.getByLabelText('How long is each visit, in minutes?'), '60');
    await userEvent.click(screen.getByLabelText('Thursday'));
    expect(preview().getByText(/this budget is a notional budget/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('checking the answers', () => {
  it('lists every problem in a summary that takes focus, keeps what was typed and saves nothing [H7.7]', async () => {
    const budgetId = newBudget();
    useAppStore.getState().saveOutcome(budgetId, { id: 'o1', words: 'I stay clean' });
    show(newLine(budgetId));
    await userEvent.click(screen.getByLabelText('I stay clean'));
    await userEvent.click(screen.getByRole('button', { name: 'Save this need' }));

    const summary = screen.getByRole('alert');
    expect(
      within(summary).getByRole('heading', { name: 'There is a problem' }),
    ).toBeInTheDocument();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Enter what the support is, like "Help to wash and dress"', '#line-activity'],
      ['Select who gives this support', '#line-resource'],
      ['Enter how many minutes each visit lasts', '#line-minutes'],
      ['Select at least one day', '#line-days'],
    ]);
    expect(summary.parentElement).toHaveFocus();
    expect(document.title).toMatch(/^Error: Add a need/);
    expect(screen.getByLabelText('What is the support?')).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter what the support is') as string,
    );

    expect(screen.getByLabelText('I stay clean')).toBeChecked();
    expect(savedBudget(budgetId).lines).toEqual([]);

    await userEvent.click(within(summary).getByRole('link', { name: 'Select at least one day' }));
    expect(screen.getByLabelText('Monday')).toHaveFocus();
  });

  it('starts the next need afresh: the problems of the last one do not follow', async () => {
    const budgetId = newBudget();
    const { saveLine } = useAppStore.getState();
    saveLine(budgetId, visits({ id: 'l1', activity: 'Morning help', minutes: 45, days: ['mon'] }));
    saveLine(budgetId, visits({ id: 'l2', activity: 'Evening help', minutes: 30, days: ['tue'] }));
    const lineRoute = (lineId: string) =>
      ({ page: 'line', budgetId, domainId: 'personal-care', lineId }) as const;
    show(lineRoute('l1'));
    await userEvent.clear(screen.getByLabelText('What is the support?'));
    await userEvent.click(screen.getByRole('button', { name: 'Save this need' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter what the support is');

    // Straight to another need's form, as a link or the browser's history can go.
    act(() => {
      window.location.hash = href(lineRoute('l2'));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByDisplayValue('Evening help')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.title).not.toMatch(/^Error:/);
    expect(screen.getByLabelText('What is the support?')).not.toHaveAccessibleDescription(
      expect.stringContaining('Error:') as string,
    );
  });

  it('asks for a whole number of minutes', async () => {
    const budgetId = newBudget();
    show(newLine(budgetId));
    await userEvent.type(screen.getByLabelText('How long is each visit, in minutes?'), '7.5');
    await userEvent.click(screen.getByRole('button', { name: 'Save this need' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Minutes must be a whole number, like 30',
      }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('How long is each visit, in minutes?')).toHaveValue('7.5');
  });

  it('sends people to add an unpaid carer first when there are none', async () => {
    const budgetId = newBudget();
    show(newLine(budgetId));
    await userEvent.click(screen.getByLabelText('An unpaid carer'));
    const link = screen.getByRole('link', { name: 'Add an unpaid carer first' });
    expect(link).toHaveAttribute('href', href({ page: 'carers', budgetId }));
    expect(screen.queryByLabelText('Which unpaid carer?')).not.toBeInTheDocument();
  });

  it('offers the budget’s unpaid carers by name once there are some', async () => {
    const budgetId = newBudget();
    useAppStore.getState().saveCarer(budgetId, carer({ id: 'c1', name: 'Sam' }));
    show(newLine(budgetId));
    await userEvent.click(screen.getByLabelText('An unpaid carer'));
    await userEvent.selectOptions(screen.getByLabelText('Which unpaid carer?'), 'Sam');
    await userEvent.type(screen.getByLabelText('What is the support?'), 'Swimming');
    await userEvent.type(screen.getByLabelText('How long is each visit, in minutes?'), '120');
    await userEvent.click(screen.getByLabelText('Wednesday'));
    expect(
      preview().getByText(/no cost to the budget, as an unpaid carer is not paid/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save this need' }));
    expect(savedBudget(budgetId).lines[0]).toMatchObject({
      resource: 'unpaid-carer',
      carer: 'c1',
      days: ['wed'],
    });
  });

  it('ticks all seven days with "Every day" and Monday to Friday with "Weekdays"', async () => {
    show(newLine(newBudget()));
    const days = question('Which days?');
    await userEvent.click(screen.getByRole('button', { name: 'Every day' }));
    expect(
      days.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked),
    ).toHaveLength(7);
    await userEvent.click(screen.getByRole('button', { name: 'Weekdays' }));
    expect(days.getAllByRole('checkbox').map((box) => (box as HTMLInputElement).checked)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('asks a sleep-in for its nights and workers, not minutes', async () => {
    const budgetId = newBudget();
    show(newLine(budgetId));
    await userEvent.click(screen.getByLabelText('A sleep-in'));
    expect(screen.queryByLabelText('How long is each visit, in minutes?')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('How many visits a day?')).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Which nights?' })).toBeInTheDocument();

    await userEvent.type(
      screen.getByLabelText('What is the support?'),
      'Someone in the house overnight',
    );
    await userEvent.click(screen.getByLabelText('A registered provider'));
    await userEvent.click(screen.getByLabelText('Friday'));
    await userEvent.click(screen.getByLabelText('Saturday'));
    // By hand: 2 nights × 1 worker × the standard sleep-in allowance of £153.15 = £306.30.
    expect(preview().getByText('Fri, Sat: 2 nights × £153.15 = £306.30')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save this need' }));

    expect(savedBudget(budgetId).lines[0]).toMatchObject({
      kind: 'sleep-in',
      workers: 1,
      days: ['fri', 'sat'],
    });
    const row = await screen.findByRole('row', { name: /Someone in the house overnight/ });
    expect(row).toHaveTextContent('Sleep-in: Fri, Sat');
    expect(row).toHaveTextContent('2 nights');
    expect(row).toHaveTextContent('£306.30');
  });
});

describe('changing, copying and removing needs', () => {
  function budgetWithMorning() {
    const budgetId = newBudget();
    useAppStore
      .getState()
      .saveLine(
        budgetId,
        visits({ id: 'l1', activity: 'Morning help', minutes: 45, days: ['mon'] }),
      );
    return budgetId;
  }

  it('changes a need in place, keeping its id', async () => {
    const budgetId = budgetWithMorning();
    show(personalCare(budgetId));
    await userEvent.click(screen.getByRole('link', { name: 'Change “Morning help”' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Change a need/ }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('What is the support?')).toHaveValue('Morning help');
    expect(screen.getByLabelText('How long is each visit, in minutes?')).toHaveValue('45');

    const minutes = screen.getByLabelText('How long is each visit, in minutes?');
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '60');
    await userEvent.click(screen.getByRole('button', { name: 'Save this need' }));

    expect(savedBudget(budgetId).lines).toEqual([
      expect.objectContaining({ id: 'l1', minutes: 60 }),
    ]);
    // By hand: 60 min on a Monday at the standard £32.14 an hour = £32.14.
    const row = await screen.findByRole('row', { name: /Morning help/ });
    expect(row).toHaveTextContent('£32.14');
  });

  it('duplicates a need straight after the original', async () => {
    const budgetId = budgetWithMorning();
    show(personalCare(budgetId));
    await userEvent.click(screen.getByRole('button', { name: 'Duplicate “Morning help”' }));
    const lines = savedBudget(budgetId).lines;
    expect(lines).toHaveLength(2);
    expect(lines[1]).toEqual({ ...lines[0], id: expect.not.stringMatching(/^l1$/) as string });
    expect(screen.getAllByRole('row', { name: /Morning help/ })).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Change the copy' })).toHaveAttribute(
      'href',
      href({ page: 'line', budgetId, domainId: 'personal-care', lineId: lines[1]?.id ?? '' }),
    );
  });

  it('asks before removing a need, and keeps it if the answer is no', async () => {
    const budgetId = budgetWithMorning();
    show(personalCare(budgetId));
    await userEvent.click(screen.getByRole('button', { name: 'Remove “Morning help”' }));
    const confirm = within(screen.getByRole('region', { name: 'Remove “Morning help”?' }));
    await userEvent.click(confirm.getByRole('button', { name: 'No, keep it' }));
    expect(savedBudget(budgetId).lines).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Remove “Morning help”' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove this need' }));
    expect(savedBudget(budgetId).lines).toEqual([]);
    expect(screen.getByRole('alert')).toHaveTextContent('Need removed: “Morning help”');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('No needs have been added in this area yet.')).toBeInTheDocument();
  });

  it('shows an empty area with a way to add the first need', () => {
    const budgetId = newBudget();
    show(personalCare(budgetId));
    expect(screen.getByRole('heading', { level: 1, name: /Personal care/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a need' })).toHaveAttribute(
      'href',
      href(newLine(budgetId)),
    );
  });
});

describe('nothing typed is lost', () => {
  it('keeps a half-filled form through a reload [H7.6]', async () => {
    const budgetId = newBudget();
    const first = show(newLine(budgetId));
    await userEvent.type(screen.getByLabelText('What is the support?'), 'Help with meals');
    await userEvent.click(screen.getByLabelText('Tuesday'));
    first.unmount();

    show(newLine(budgetId));
    expect(screen.getByLabelText('What is the support?')).toHaveValue('Help with meals');
    expect(screen.getByLabelText('Tuesday')).toBeChecked();
    expect(
      useAppStore.getState().drafts[draftKey(budgetId, 'line', `${NEW}-personal-care`)],
    ).toMatchObject({
      activity: 'Help with meals',
      days: ['tue'],
    });
  });

  it('drops the draft on "Cancel"', async () => {
    const budgetId = newBudget();
    show(newLine(budgetId));
    await userEvent.type(screen.getByLabelText('What is the support?'), 'Help with meals');
    await userEvent.click(screen.getByRole('link', { name: 'Cancel' }));
    expect(useAppStore.getState().drafts).toEqual({});
  });
});

describe('the section', () => {
  it('is marked completed when the person says so', async () => {
    const budgetId = newBudget();
    show(personalCare(budgetId));
    await userEvent.click(screen.getByLabelText("Yes, I've completed this section"));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(useAppStore.getState().budgets[budgetId]?.budget.progress).toEqual({
      areasCompleted: ['personal-care'],
    });
    expect(window.location.hash).toBe(href({ page: 'task-list', budgetId }));
  });
});

describe('stale links', () => {
  it.each([
    ['an unknown budget', () => personalCare('b-gone')],
    [
      'an unknown area',
      (id: string) => ({ page: 'domain', budgetId: id, domainId: 'gardening' }) as const,
    ],
    [
      'an unknown line',
      (id: string) =>
        ({ page: 'line', budgetId: id, domainId: 'personal-care', lineId: 'l-gone' }) as const,
    ],
  ])('shows "Page not found" for %s', (_name, route) => {
    const budgetId = newBudget();
    show(route(budgetId));
    expect(screen.getByRole('heading', { level: 1, name: notFoundTitle })).toBeInTheDocument();
  });

  it('shows "Page not found" for a line removed in another tab while it was open', () => {
    const budgetId = newBudget();
    useAppStore.getState().saveLine(budgetId, sleepIn({ id: 's1', activity: 'Overnight' }));
    show({ page: 'line', budgetId, domainId: 'personal-care', lineId: 's1' });
    expect(screen.getByRole('heading', { level: 1, name: /Change a need/ })).toBeInTheDocument();
    act(() => useAppStore.getState().removeLine(budgetId, 's1'));
    expect(screen.getByRole('heading', { level: 1, name: notFoundTitle })).toBeInTheDocument();
  });
});
