/**
 * The card a budget or a caseload is priced on, as a first-time user meets it: a new
 * budget starts on the card in force today (by the device's calendar, fixed here through
 * the clock), every card's dates are in the choice and said under it, and a card that has
 * ended says so and offers the card of its area in force, in English and in Welsh.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { generateBudgets } from '../../../src/generate/generate-budgets';
import { createI18n } from '../../../src/i18n';
import { budgetFileText } from '../../../src/io/budget-file';
import { setClock } from '../../../src/state/clock';
import { useCaseloadStore } from '../../../src/state/caseload/caseload-store';
import { useAppStore } from '../../../src/state/store';
import { loadCard } from '../../helpers/builders';
import { Pages } from '../routed-pages';

const budgets = () => Object.values(useAppStore.getState().budgets);
const onDay = (day: string) => setClock(() => new Date(`${day}T10:00:00`));
const renderIn = (language: 'en' | 'cy') =>
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <Pages />
    </I18nextProvider>,
  );

async function startNewBudget(language: 'en' | 'cy' = 'en') {
  renderIn(language);
  await userEvent.click(
    screen.getByRole('button', { name: language === 'en' ? 'Start a new budget' : 'Dechrau cyllideb newydd' }),
  );
  await screen.findByRole('heading', { level: 1 });
}

describe('the card a new budget starts on', () => {
  it('is the card in force today for the area: England 2026-27 on 4 December 2026', async () => {
    onDay('2026-12-04');
    await startNewBudget();
    expect(budgets()[0]?.budget.rateCard).toBe('england-2026-27');
    expect(screen.getByLabelText("Your area's rate card")).toHaveValue('england-2026-27');
    expect(screen.getByText(/^England 2026-27, .* is in force from 1 April 2026 to 31 March 2027\.$/)).toBeInTheDocument();
    expect(screen.queryByText(/ended on/)).not.toBeInTheDocument();
  });

  it('is England 2025-26 while that card is in force', async () => {
    onDay('2025-06-01');
    await startNewBudget();
    expect(budgets()[0]?.budget.rateCard).toBe('england-2025-26');
  });

  it('follows the area of the budget last begun on this device', async () => {
    onDay('2025-06-01');
    const id = useAppStore.getState().createBudget('wales-2025-26');
    expect(id).not.toBe('');
    await startNewBudget();
    expect(budgets().map((saved) => saved.budget.rateCard).sort()).toEqual(['wales-2025-26', 'wales-2025-26']);
  });

  it('is the area’s latest card when all have ended, and the page says so at once', async () => {
    onDay('2026-12-04');
    useAppStore.getState().createBudget('wales-2025-26');
    await startNewBudget();
    const fresh = budgets().find((saved) => saved.budget.title === '' && saved.budget.progress === undefined && window.location.hash.includes(saved.budget.id));
    expect(fresh?.budget.rateCard).toBe('wales-2025-26');
    expect(screen.getByRole('heading', { name: /Wales 2025-26, .* ended on 31 March 2026/ })).toBeInTheDocument();
    expect(screen.getByText('No card for Wales is in force today. Import or make one on the rate cards page.')).toBeInTheDocument();
  });
});

describe('choosing a card on "About the person"', () => {
  it('shows every card’s dates, marks the ended ones, and offers the card in force instead of an ended one', async () => {
    onDay('2026-12-04');
    await startNewBudget();
    const choice = screen.getByLabelText("Your area's rate card");
    expect(within(choice).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '1 April 2025 to 31 March 2026 (ended): England 2025-26, national reference figures (illustrative)',
      expect.stringMatching(/^1 April 2026 to 31 March 2027: England 2026-27, /),
      expect.stringMatching(/^1 April 2025 to 31 March 2026 \(ended\): Wales 2025-26, /),
    ]);
    await userEvent.selectOptions(choice, 'england-2025-26');
    expect(screen.getByRole('heading', { name: /England 2025-26, .* ended on 31 March 2026/ })).toBeInTheDocument();
    expect(screen.getByText(/England 2026-27, .* is the card for England in force today, from 1 April 2026 to 31 March 2027/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Use England 2026-27, .* for this budget$/ }));
    expect(choice).toHaveValue('england-2026-27');
    expect(screen.queryByText(/ended on/)).not.toBeInTheDocument();
  });

  it('says the same in Welsh', async () => {
    onDay('2026-12-04');
    await startNewBudget('cy');
    const choice = screen.getByLabelText('Cerdyn cyfraddau eich ardal');
    await userEvent.selectOptions(choice, 'england-2025-26');
    expect(within(choice).getByRole('option', { name: /^1 Ebrill 2025 i 31 Mawrth 2026 \(wedi dod i ben\): Lloegr 2025-26/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Daeth Lloegr 2025-26, .* i ben ar 31 Mawrth 2026/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Defnyddio Lloegr 2026-27, .* ar gyfer y gyllideb hon$/ }));
    expect(choice).toHaveValue('england-2026-27');
  });
});

describe('the caseload’s card', { timeout: 30_000 }, () => {
  afterEach(() => act(() => useCaseloadStore.getState().clear()));

  const files = generateBudgets({ count: 4, seed: 7, rateCard: loadCard('rate-cards/england-2025-26.json') }).map(
    (budget) => new File([budgetFileText(budget)], `${budget.id}.json`, { type: 'application/json' }),
  );

  it('says when the card most budgets name has ended, with its dates, and prices on the card in force when asked', async () => {
    onDay('2026-12-04');
    window.location.hash = '#/caseload';
    renderIn('en');
    await userEvent.upload(await screen.findByLabelText('Budget files'), files);
    await screen.findByText(/Priced on England 2025-26/, {}, { timeout: 15000 });
    expect(screen.getByRole('heading', { name: /England 2025-26, .* ended on 31 March 2026/ })).toBeInTheDocument();
    expect(within(screen.getByLabelText('Rate card to price on')).getByRole('option', { selected: true })).toHaveTextContent(
      '1 April 2025 to 31 March 2026 (ended): England 2025-26, national reference figures (illustrative)',
    );
    await userEvent.click(screen.getByRole('button', { name: /^Price the caseload on England 2026-27, / }));
    await screen.findByText(/Priced on England 2026-27/, {}, { timeout: 15000 });
    expect(screen.getByLabelText('Rate card to price on')).toHaveValue('england-2026-27');
    expect(screen.getByText(/^England 2026-27, .* is in force from 1 April 2026 to 31 March 2027\.$/)).toBeInTheDocument();
  });

  it('says so in Welsh', async () => {
    onDay('2026-12-04');
    window.location.hash = '#/caseload';
    renderIn('cy');
    await userEvent.upload(await screen.findByLabelText('Ffeiliau cyllideb'), files);
    expect(await screen.findByRole('heading', { name: /Daeth Lloegr 2025-26, .* i ben ar 31 Mawrth 2026/ }, { timeout: 15000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Prisio'r llwyth achosion ar Lloegr 2026-27, / })).toBeInTheDocument();
  });
});
