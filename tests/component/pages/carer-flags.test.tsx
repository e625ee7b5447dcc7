/**
 * A carer's flags on the carers page, in the summary's words: one word ("flag") in both
 * languages, the carer's age
 * when it is the reason, the night care that moves for the nights flag, and the care that
 * clears every flag together with a link to the what-if with those lines already chosen.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { budget, carer } from '../../helpers/builders';
import { meals as everyDay, nightHelp as night } from '../../helpers/night-carer';
import { showIn } from '../show-in';

const WORDS = {
  en: {
    flags: 'Flags',
    age: 'is 78, and this flag counts carers aged 70 or over.',
    nights: 'move the care on 3 nights (Mon to Wed) to paid support',
    fix: 'To clear every flag together',
    link: 'See what that costs in the what-if, with this care chosen',
    noWarning: /warning/i,
    // No sleep-in moves: the sentences say only the hours, never "and 0 sleep-ins".
    nightsMove: /at the waking-night rate\. That would cost about/,
    fixMove: /to paid support: \d+\.\d\d hours a week\./,
    zero: /\b0 sleep-ins/,
  },
  cy: {
    flags: 'Arwyddion',
    age: "yn 78 oed, ac mae'r arwydd hwn yn cyfrif gofalwyr 70 oed neu hŷn.",
    nights: 'symudwch y gofal ar 3 noson (Llun i Mer) i gymorth â thâl',
    fix: "I glirio pob arwydd gyda'i gilydd",
    link: "Gweld beth fyddai hynny'n ei gostio yn y 'beth os', gyda'r gofal hwn wedi'i ddewis",
    noWarning: /rhybudd/i,
    nightsMove: /ar gyfradd noson effro\. Byddai hynny'n costio tua/,
    fixMove: /i gymorth â thâl: \d+\.\d\d awr yr wythnos\./,
    zero: /\b0 noson cysgu/,
  },
} as const;

const nightHelp = night('bob');
const meals = everyDay('bob');

const show = showIn;

describe("a carer's flags", () => {
  it.each(['en', 'cy'] as const)(
    'in %s, say the age, the nights, and what clears them all, linking to the what-if',
    (language) => {
      const words = WORDS[language];
      const { id } = useAppStore.getState().addBudget(
        budget({
          rateCard: 'england-2025-26',
          person: { name: 'Ann' },
          carers: [carer({ id: 'bob', name: 'Bob', age: 78 })],
          lines: [nightHelp, meals],
        }),
      );
      const page = show(`#/budgets/${id}/carers`, language);
      const card = screen
        .getByRole('heading', { level: 2, name: 'Bob' })
        .closest('.nhsuk-card') as HTMLElement;
      expect(within(card).getByText(words.flags, { selector: 'dt' })).toBeInTheDocument();
      expect(card).toHaveTextContent(words.age);
      expect(card).toHaveTextContent(words.nights);
      expect(card.textContent).not.toMatch(words.noWarning);
      expect(within(card).getByRole('heading', { name: words.fix })).toBeInTheDocument();
      expect(card).toHaveTextContent(/Help to the toilet at night, Meals/);
      expect(card).toHaveTextContent(words.nightsMove);
      expect(card).toHaveTextContent(words.fixMove);
      expect(card.textContent).not.toMatch(words.zero);
      const link = within(card).getByRole('link', { name: words.link });
      expect(link).toHaveAttribute('href', `#/budgets/${id}/commissioner?lines=night,meals`);

      page.unmount();
      show(link.getAttribute('href') ?? '', language);
      const boxes = screen.getAllByRole<HTMLInputElement>('checkbox');
      expect(boxes.filter((box) => box.checked).map((box) => box.value)).toEqual([
        'night',
        'meals',
      ]);
    },
  );
});
