/**
 * How the budget is paid is asked with no answer chosen, and a personal assistant on a
 * budget that is not a direct payment is warned of where the choice is made: beside the
 * funding route on "About the person", and beside "A personal assistant" on a need.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { budget, visits } from '../../helpers/builders';
import { showIn } from '../show-in';

const show = showIn;

const WORDS = {
  en: {
    legend: 'How will the money be held?',
    notional: 'Notional budget',
    warning:
      'This plan has 2 needs given by a personal assistant, and a personal assistant can be employed only with a direct payment.',
    pa: 'A personal assistant',
    paWarning:
      'A personal assistant is employed by the person with a direct payment, but this budget is a notional budget',
    change: 'Change how the budget is paid, in About the person',
  },
  cy: {
    legend: 'Sut y bydd yr arian yn cael ei ddal?',
    notional: 'Cyllideb dybiannol',
    warning:
      'Mae gan y cynllun hwn 2 angen a roddir gan gynorthwyydd personol, a dim ond gyda thaliad uniongyrchol y gellir cyflogi cynorthwyydd personol.',
    pa: 'Cynorthwyydd personol',
    paWarning:
      'Caiff cynorthwyydd personol ei gyflogi gan y person gyda thaliad uniongyrchol, ond cyllideb dybiannol',
    change: "Newid sut y caiff y gyllideb ei thalu, yn Ynglŷn â'r person",
  },
} as const;

describe('the funding route', () => {
  it('starts a new budget with no route chosen, and asks for one on save', async () => {
    const id = useAppStore.getState().createBudget('england-2025-26');
    show(`#/budgets/${id}/about`);
    const routes = within(screen.getByRole('group', { name: WORDS.en.legend }));
    expect(
      routes.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked),
    ).toEqual([]);
    await userEvent.type(screen.getByLabelText("The person's name"), 'Ann Example');
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Select how the budget will be paid',
      }),
    ).toBeInTheDocument();
  });

  it('keeps the route of a budget that already has one', () => {
    const { id } = useAppStore
      .getState()
      .addBudget(
        budget({ fundingRoute: 'notional', person: { name: 'Ann' }, rateCard: 'england-2025-26' }),
      );
    show(`#/budgets/${id}/about`);
    expect(screen.getByLabelText(WORDS.en.notional)).toBeChecked();
  });

  it.each(['en', 'cy'] as const)(
    'in %s, warns beside a route that is not a direct payment when a PA gives needs',
    async (language) => {
      const words = WORDS[language];
      const lines = [
        visits({ id: 'l1', resource: 'personal-assistant' }),
        visits({ id: 'l2', resource: 'personal-assistant' }),
      ];
      const { id } = useAppStore
        .getState()
        .addBudget(budget({ person: { name: 'Ann' }, lines, rateCard: 'england-2025-26' }));
      show(`#/budgets/${id}/about`, language);
      const notional = screen.getByLabelText(words.notional);
      const followUp = document.getElementById(notional.getAttribute('aria-controls') ?? '');
      expect(followUp).toHaveClass('nhsuk-radios__conditional--hidden');
      await userEvent.click(notional);
      // Inside the chosen option's own follow-up, right where the choice is made.
      expect(followUp).not.toHaveClass('nhsuk-radios__conditional--hidden');
      expect(followUp).toHaveTextContent(words.warning);
    },
  );

  it.each(['en', 'cy'] as const)(
    'in %s, warns beside "a personal assistant" on a need of a notional budget',
    async (language) => {
      const words = WORDS[language];
      const { id } = useAppStore.getState().addBudget(
        budget({
          fundingRoute: 'notional',
          person: { name: 'Ann' },
          rateCard: 'england-2025-26',
        }),
      );
      show(`#/budgets/${id}/domains/personal-care/lines/new`, language);
      await userEvent.click(screen.getByLabelText(words.pa, { exact: false, selector: 'input' }));
      const warning = screen.getByText(words.paWarning, { exact: false });
      const conditional = warning.closest('.nhsuk-radios__conditional');
      expect(conditional).not.toBeNull();
      expect(
        within(conditional as HTMLElement).getByRole('link', { name: words.change }),
      ).toHaveAttribute('href', `#/budgets/${id}/about`);
    },
  );
});
