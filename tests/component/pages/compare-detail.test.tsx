/**
 * The compare page shows what the compare command's text shows of a changed need: each
 * part that changed, with its value before and after ("Length of each visit: 60 → 90
 * minutes"), and names only what changed (a longer visit is not a change of "when").
 */
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { compareBudgets } from '../../../src/domain/reprice';
import { createI18n } from '../../../src/i18n';
import { diffText } from '../../../src/io/diff-text';
import { useAppStore } from '../../../src/state/store';
import { budget, loadCard, visits } from '../../helpers/builders';
import { Pages } from '../routed-pages';

const details = { date: '2026-05-01', reason: 'Review', role: 'care-coordinator' as const };
const days = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const before = budget({
  rateCard: 'england-2025-26',
  person: { name: 'Ann' },
  lines: [visits({ id: 'l1', days: [...days] })],
});
const after = { ...before, lines: [visits({ id: 'l1', days: [...days], minutes: 90 })] };

const WORDS = {
  en: {
    caption: 'Needs that changed',
    minutes: 'Length of each visit: 60 → 90 minutes',
    hours: 'Hours a week: 5.00 → 7.50',
    when: /When:/,
  },
  cy: {
    caption: 'Anghenion a newidiodd',
    minutes: 'Hyd pob ymweliad: 60 → 90 munud',
    hours: 'Oriau yr wythnos: 5.00 → 7.50',
    when: /Pryd:/,
  },
} as const;

describe('comparing two revisions', () => {
  it.each(['en', 'cy'] as const)(
    'in %s, shows the old and new minutes and hours of a changed need, as the text does',
    (language) => {
      const words = WORDS[language];
      const store = useAppStore.getState();
      const { id } = store.addBudget(before);
      store.saveRevision(id, details);
      store.saveLine(id, after.lines[0] as (typeof after.lines)[number]);
      store.saveRevision(id, details);
      window.location.hash = `#/budgets/${id}/compare/1/2`;
      const i18n = createI18n(language);
      render(
        <I18nextProvider i18n={i18n}>
          <Pages />
        </I18nextProvider>,
      );
      const row = within(screen.getByRole('table', { name: words.caption })).getAllByRole(
        'row',
      )[1] as HTMLElement;
      const items = within(row)
        .getAllByRole('listitem')
        .map((item) => item.textContent);
      expect(items).toContain(words.minutes);
      expect(items).toContain(words.hours);
      expect(row.textContent).not.toMatch(words.when);

      const england = loadCard('rate-cards/england-2025-26.json');
      const diff = compareBudgets(before, england, after, england);
      if (!diff.ok) throw new Error('expected a diff');
      const text = diffText(diff.value, { from: 1, to: 2 }, i18n.t, language);
      for (const item of items) expect(text).toContain(item);
    },
  );
});

const toAssistant = {
  ...before,
  lines: [visits({ id: 'l1', days: [...days], resource: 'personal-assistant' })],
};

describe('a rate in the comparison', () => {
  it.each([
    ['en', 'Rate: £32.14 → £13.45 pay plus on-costs'],
    ['cy', 'Cyfradd: £32.14 → £13.45 o gyflog a chostau ychwanegol'],
  ] as const)(
    'in %s, says a PA rate as pay plus on-costs, not to six decimals (the working keeps those)',
    (language, said) => {
      const england = loadCard('rate-cards/england-2025-26.json');
      const diff = compareBudgets(before, england, toAssistant, england);
      if (!diff.ok) throw new Error('expected a diff');
      const i18n = createI18n(language);
      const text = diffText(diff.value, { from: 1, to: 2 }, i18n.t, language);
      expect(text).toContain(said);
      expect(text).not.toMatch(/£\d+\.\d{3,}/);
    },
  );
});
