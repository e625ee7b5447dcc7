import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { loadCard, ROOT } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

const cardText = readFileSync(join(ROOT, 'rate-cards/england-2026-27.json'), 'utf8');
const leedsText = cardText
  .replace('"id": "england-2026-27"', '"id": "leeds-2026-27"')
  .replace('"area": "England"', '"area": "Leeds"');
const file = (text: string) => new File([text], 'card.json', { type: 'application/json' });
const deviceCards = () => useAppStore.getState().rateCards;

function open(hash: string) {
  window.location.hash = hash;
  renderWithI18n(<Pages />);
}

/** A card kept on the device as if imported: England 2026-27 under another id. */
function addLeeds() {
  const card = {
    ...loadCard('rate-cards/england-2026-27.json'),
    id: 'leeds-2026-27',
    name: 'Leeds 2026-27',
  };
  useAppStore.getState().addRateCard(card, 'imported');
}

async function importFile(text: string) {
  open('#/rate-cards/import');
  await userEvent.upload(screen.getByLabelText('Rate card file'), file(text));
  await userEvent.click(screen.getByRole('button', { name: 'Import the card' }));
}

describe('importing a rate card', () => {
  it('keeps a valid card on the device and shows it', async () => {
    await importFile(leedsText);
    expect(deviceCards()['leeds-2026-27']?.origin).toBe('imported');
    expect(window.location.hash).toBe('#/rate-cards/leeds-2026-27');
  });

  it('refuses an invalid card whole, naming each field, and saves nothing', async () => {
    const broken = JSON.parse(leedsText) as Record<string, unknown>;
    broken['weeksPerYear'] = 52.143;
    (broken['registeredProvider'] as { standard: { sleepIn: string } }).standard.sleepIn =
      '£159.42';
    await importFile(JSON.stringify(broken));
    const problems = within(screen.getByRole('alert'))
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(problems).toEqual([
      expect.stringMatching(/^weeksPerYear: /),
      expect.stringMatching(/^registeredProvider\.standard\.sleepIn: /),
    ]);
    expect(screen.getByText(/cannot be imported because it has 2 problems/)).toBeInTheDocument();
    expect(deviceCards()).toEqual({});
  });

  it("refuses a card that takes a shipped card's id", async () => {
    await importFile(cardText);
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent(
      /england-2026-27, is the id of a card that comes with this tool/,
    );
    expect(deviceCards()).toEqual({});
  });

  it('asks for a file when none is chosen', async () => {
    open('#/rate-cards/import');
    await userEvent.click(screen.getByRole('button', { name: 'Import the card' }));
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent(
      'Select a rate card file to import',
    );
  });
});

describe('seeing a rate card', () => {
  it('shows every figure with its source beside it, in captioned tables', () => {
    open('#/rate-cards/england-2026-27');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/England 2026-27/);
    const standard = screen.getByRole('table', { name: /Registered providers: standard rates/ });
    const sleepIn = within(standard)
      .getByRole('rowheader', { name: 'Sleep-in, for each night' })
      .closest('tr') as HTMLElement;
    expect(sleepIn).toHaveTextContent('£159.42 a night');
    expect(sleepIn).toHaveTextContent(/153\.15 × 12\.71 ÷ 12\.21/);
    const homes = screen.getByRole('table', { name: /Care homes/ });
    expect(
      within(homes).getByRole('rowheader', { name: 'Nursing home' }).closest('tr'),
    ).toHaveTextContent(/£267\.68.*NHS-funded Nursing Care, standard weekly rate 2026-27/);
    expect(screen.getByRole('table', { name: /Unpaid carers/ })).toHaveTextContent(
      /Carer's Allowance/,
    );
    expect(screen.getByText('1 April 2026')).toBeInTheDocument();
  });

  it('is offered for a budget in About the person once imported', async () => {
    addLeeds();
    const budgetId = useAppStore.getState().createBudget('england-2026-27');
    open(`#/budgets/${budgetId}/about`);
    const choice = screen.getByLabelText(/rate card/i);
    expect(within(choice).getByRole('option', { name: /Leeds 2026-27/ })).toBeInTheDocument();
    await userEvent.selectOptions(choice, 'leeds-2026-27');
    expect(choice).toHaveValue('leeds-2026-27');
  });

  it('cannot delete a device card a budget uses, and deletes one no budget uses', async () => {
    addLeeds();
    const budgetId = useAppStore.getState().createBudget('leeds-2026-27');
    open('#/rate-cards/leeds-2026-27');
    expect(
      screen.getByText(/cannot be deleted while 1 budget on this device uses it/),
    ).toBeInTheDocument();
    useAppStore.getState().deleteBudget(budgetId);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete this card' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete this card' }));
    expect(deviceCards()).toEqual({});
    expect(window.location.hash).toBe('#/rate-cards');
  });
});
