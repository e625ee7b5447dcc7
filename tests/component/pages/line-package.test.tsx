/**
 * The need page's questions about price and sharing (pricing rules 17 and 18): a price
 * agreed for this person with the card's rate beside it and the difference a week, who
 * agreed it, and how many people share the support, saved into the line and shown in
 * the working.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { NeedLine } from '../../../src/domain/schema/budget';
import { useAppStore } from '../../../src/state/store';
import { href, NEW } from '../../../src/ui/routes';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

function showLine(lineId: string = NEW, line?: NeedLine) {
  const budgetId = useAppStore.getState().createBudget('england-2025-26');
  if (line !== undefined) useAppStore.getState().saveLine(budgetId, line);
  window.location.hash = href({ page: 'line', budgetId, domainId: 'personal-care', lineId });
  renderWithI18n(<Pages />);
  return budgetId;
}

const lines = (budgetId: string) => useAppStore.getState().budgets[budgetId]?.budget.lines ?? [];
const save = () => userEvent.click(screen.getByRole('button', { name: 'Save this need' }));

/** An hour a day, every day, from the card's standard provider: 7 h × £32.14 = £224.98 a week. */
async function fillProviderVisit() {
  await userEvent.type(screen.getByLabelText('What is the support?'), 'Help to wash and dress');
  await userEvent.click(screen.getByLabelText('A registered provider'));
  await userEvent.type(screen.getByLabelText('How long is each visit, in minutes?'), '60');
  await userEvent.click(screen.getByRole('button', { name: 'Every day' }));
}

describe('a price agreed for this person, on the need page', () => {
  it('shows the card rate beside it and the difference a week, saves it with who agreed it, and shows both in the working', async () => {
    const budgetId = showLine();
    await fillProviderVisit();
    const card = screen.getByLabelText("At the rate card's rate");
    expect(card).toBeChecked();
    await userEvent.click(screen.getByLabelText('At a price agreed for this person'));
    const amount = screen.getByLabelText('Agreed price, in pounds, an hour');
    expect(amount).toHaveAccessibleDescription("The rate card's rate: £32.14 an hour");
    await userEvent.type(amount, '24.80');
    await userEvent.type(
      screen.getByLabelText('Who agreed it, and when'),
      'CHC team, 3 March 2026',
    );
    // Beside the agreed price, and again in the working under it.
    const question = within(screen.getByRole('group', { name: 'How is this support priced?' }));
    const difference =
      "At the rate card's rates this line would cost £224.98 a week: the agreed figure costs £51.38 a week less";
    expect(await question.findByText(difference)).toBeInTheDocument();
    expect(screen.getAllByText(difference)).toHaveLength(2);
    expect(
      await screen.findByText(
        "Agreed rate: £24.80 an hour, in place of the rate card's £32.14 an hour (agreed: CHC team, 3 March 2026)",
      ),
    ).toBeInTheDocument();
    await save();
    await screen.findByRole('table', { name: 'Needs in Personal care' });
    expect(lines(budgetId)[0]).toMatchObject({
      resource: 'registered-provider',
      agreedRate: { hourly: '24.80' },
      agreedSource: 'CHC team, 3 March 2026',
    });
    expect(lines(budgetId)[0]).not.toHaveProperty('agreedPay');
  });

  it('saves a PA sleep-in agreed per night as agreed pay', async () => {
    const budgetId = showLine();
    await userEvent.type(screen.getByLabelText('What is the support?'), 'Someone overnight');
    await userEvent.click(screen.getByLabelText('A personal assistant'));
    await userEvent.click(screen.getByLabelText(/sleep-in/i, { selector: 'input' }));
    await userEvent.click(screen.getByRole('button', { name: 'Every day' }));
    await userEvent.click(screen.getByLabelText('At a price agreed for this person'));
    const amount = screen.getByLabelText('Agreed pay, in pounds, a night');
    expect(amount).toHaveAccessibleDescription("The rate card's pay: £83.20 a night");
    await userEvent.type(amount, '95');
    await userEvent.type(
      screen.getByLabelText('Who agreed it, and when'),
      'PA contract, 1 April 2026',
    );
    await save();
    await screen.findByRole('table', { name: 'Needs in Personal care' });
    expect(lines(budgetId)[0]).toMatchObject({
      kind: 'sleep-in',
      agreedPay: { perNight: '95.00' },
    });
  });

  it('refuses an agreed price without who agreed it, and a share of more than ten, naming each field', async () => {
    const budgetId = showLine();
    await fillProviderVisit();
    await userEvent.click(screen.getByLabelText('At a price agreed for this person'));
    await userEvent.type(screen.getByLabelText('Agreed price, in pounds, an hour'), '24.80');
    await userEvent.type(screen.getByLabelText('Shared with how many people? (optional)'), '11');
    await save();
    const links = within(screen.getByRole('alert'))
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['The number of people sharing must be between 1 and 10', '#line-sharedBy'],
      ['Enter who agreed the price and when, like "CHC team, 3 March 2026"', '#line-agreedSource'],
    ]);
    expect(lines(budgetId)).toEqual([]);
  });

  it('asks nothing about price or sharing for an unpaid carer or community support', async () => {
    showLine();
    await userEvent.click(screen.getByLabelText('Community support'));
    expect(screen.queryByRole('group', { name: 'How is this support priced?' })).toBeNull();
    expect(screen.queryByLabelText('Shared with how many people? (optional)')).toBeNull();
  });
});

describe('support shared between people, on the need page', () => {
  it('saves the number sharing and shows the division in the working, keeping the hours the person gets', async () => {
    const budgetId = showLine();
    await fillProviderVisit();
    await userEvent.type(screen.getByLabelText('Shared with how many people? (optional)'), '3');
    expect(
      await screen.findByText(
        'Shared by 3 people at the same time: £224.98 ÷ 3 = £74.993333… for this person',
      ),
    ).toBeInTheDocument();
    await save();
    await screen.findByRole('table', { name: 'Needs in Personal care' });
    expect(lines(budgetId)[0]).toMatchObject({ sharedBy: 3 });
  });

  it('opens a saved line with its agreed rate and sharing, and saves it unchanged [H20.6]', async () => {
    const line: NeedLine = {
      id: 'l1',
      kind: 'visits',
      domain: 'personal-care',
      activity: 'Waking night',
      resource: 'registered-provider',
      minutes: 60,
      visitsPerDay: 1,
      workers: 1,
      period: 'night',
      days: ['mon'],
      agreedRate: { hourly: '30.00' },
      agreedSource: 'Framework call-off, 2 February 2026',
      sharedBy: 2,
    };
    const budgetId = showLine('l1', line);
    expect(await screen.findByLabelText('Agreed price, in pounds, an hour')).toHaveValue('30.00');
    expect(screen.getByLabelText('Who agreed it, and when')).toHaveValue(
      'Framework call-off, 2 February 2026',
    );
    expect(screen.getByLabelText('Shared with how many people? (optional)')).toHaveValue('2');
    await save();
    await waitFor(() => expect(window.location.hash).not.toContain('/l1'));
    expect(lines(budgetId)[0]).toEqual(line);
  });
});
