/**
 * In the app: a hidden character pasted into a form is a field error that names it, and a
 * rate card that prices paid care at £0.00 says so where it is shown and where it is chosen.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Rates } from '../../../src/domain/schema/rate-card';
import { useAppStore } from '../../../src/state/store';
import { href, NEW, type Route } from '../../../src/ui/routes';
import { loadCard } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

function show(route: Route | string) {
  window.location.hash = typeof route === 'string' ? route : href(route);
  return renderWithI18n(<Pages />);
}

const ZERO: Rates = {
  day: { weekday: '0.00', weekend: '0.00' },
  night: { weekday: '0.00', weekend: '0.00' },
  sleepIn: '0.00',
};

/** England 2026-27 kept on the device under another id, its PA pay all £0.00. */
function addZeroPayCard() {
  const card = loadCard('rate-cards/england-2026-27.json');
  useAppStore.getState().addRateCard(
    {
      ...card,
      id: 'zero-pay',
      name: 'Zero pay test',
      personalAssistant: { ...card.personalAssistant, pay: ZERO },
    },
    'imported',
  );
}

describe('a hidden character typed or pasted into a form', () => {
  it('is a field error naming the character and where it is, and nothing is saved [H18.10]', async () => {
    const budgetId = useAppStore.getState().createBudget('england-2025-26');
    show({ page: 'line', budgetId, domainId: 'personal-care', lineId: NEW });
    await userEvent.click(screen.getByLabelText('What is the support?'));
    await userEvent.paste('Help \u202eesserd');
    await userEvent.click(screen.getByLabelText('A registered provider'));
    await userEvent.type(screen.getByLabelText('How long is each visit, in minutes?'), '45');
    await userEvent.click(screen.getByRole('button', { name: 'Every day' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save this need' }));

    const links = within(screen.getByRole('alert'))
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      [
        'Must be one line of plain text: remove the hidden character U+202E (character 6), such as a line break, tab or direction override, often pasted in with the text',
        '#line-activity',
      ],
    ]);
    expect(useAppStore.getState().budgets[budgetId]?.budget.lines).toEqual([]);
  });
});

describe('a rate card with paid rates of £0.00', () => {
  it('says so on its own page, naming the figures [H19.5]', () => {
    addZeroPayCard();
    show('#/rate-cards/zero-pay');
    const callout = screen.getByRole('heading', { name: /Check this rate card before you use it/ })
      .parentElement as HTMLElement;
    expect(callout).toHaveTextContent(
      'Zero pay test has figures that would make a budget priced on it wrong',
    );
    expect(callout).toHaveTextContent(
      /The rate card prices paid care at £0\.00 \(personalAssistant\.pay\.day\.weekday,/,
    );
  });

  it('says so when it is chosen for a budget, and not for a card without [H19.6]', async () => {
    addZeroPayCard();
    const budgetId = useAppStore.getState().createBudget('england-2026-27');
    show({ page: 'about', budgetId });
    expect(screen.queryByRole('heading', { name: /Check this rate card/ })).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText(/rate card/i), 'zero-pay');
    expect(
      screen.getByRole('heading', { name: /Check this rate card before you use it/ }),
    ).toBeInTheDocument();
  });
});
