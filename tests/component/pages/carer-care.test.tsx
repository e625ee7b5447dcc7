/**
 * The carers page offers a way to add the care a carer gives: a link in each area of life
 * to a new need already given by that carer. Its questions fit unpaid help (no hourly pay
 * for a husband's night help), and a waking night's days say Monday means Monday night.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { budget, carer } from '../../helpers/builders';
import { showIn } from '../show-in';

const WORDS = {
  en: {
    add: 'Add care Bob gives',
    area: 'Personal care',
    unpaidCarer: 'An unpaid carer',
    carer: 'Which unpaid carer?',
    night: 'Waking night',
    nightHint: 'Unpaid help costs the budget nothing',
    paidHint: 'paid by the hour',
    nights: 'Which nights?',
    mondayNight: 'Monday means Monday night',
  },
  cy: {
    add: 'Ychwanegu gofal y mae Bob yn ei roi',
    area: 'Gofal personol',
    unpaidCarer: 'Gofalwr di-dâl',
    carer: 'Pa ofalwr di-dâl?',
    night: 'Noson effro',
    nightHint: "Nid yw help di-dâl yn costio dim i'r gyllideb",
    paidHint: 'fesul awr',
    nights: 'Pa nosweithiau?',
    mondayNight: 'mae dydd Llun yn golygu nos Lun',
  },
} as const;

const show = showIn;

describe('adding the care a carer gives', () => {
  it.each(['en', 'cy'] as const)(
    'in %s, links from the carer to a new need given by them, with hints for unpaid help',
    async (language) => {
      const words = WORDS[language];
      const { id } = useAppStore.getState().addBudget(
        budget({
          rateCard: 'england-2025-26',
          person: { name: 'Ann' },
          carers: [carer({ id: 'bob', name: 'Bob' })],
        }),
      );
      show(`#/budgets/${id}/carers`, language);
      const card = screen
        .getByRole('heading', { level: 2, name: 'Bob' })
        .closest('.nhsuk-card') as HTMLElement;
      expect(within(card).getByRole('heading', { name: words.add })).toBeInTheDocument();
      const link = within(card).getByRole('link', { name: new RegExp(`^${words.area}`) });
      expect(link).toHaveAttribute(
        'href',
        `#/budgets/${id}/domains/personal-care/lines/new?carer=bob`,
      );

      document.body.innerHTML = '';
      show(link.getAttribute('href') ?? '', language);
      const unpaid = screen.getByRole('radio', { name: new RegExp(`^${words.unpaidCarer}`) });
      expect(unpaid).toBeChecked();
      expect(screen.getByRole('combobox', { name: words.carer })).toHaveValue('bob');

      await userEvent.click(screen.getByRole('radio', { name: words.night }));
      const period = screen
        .getByRole('radio', { name: words.night })
        .closest('fieldset') as HTMLElement;
      expect(period).toHaveTextContent(words.nightHint);
      expect(period).not.toHaveTextContent(words.paidHint);
      const days = screen.getByRole('group', { name: new RegExp(words.nights) });
      expect(days).toHaveTextContent(words.mondayNight);
    },
  );
});
