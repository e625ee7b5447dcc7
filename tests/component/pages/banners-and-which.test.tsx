/**
 * Success banners and "which one" (issue 22, item 19): one banner at a time, saving an
 * expense says so, and removing one of two identical rows says which. English and Welsh.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { setFlash } from '../../../src/ui/components/budget-flash';
import { href } from '../../../src/ui/routes';
import { expense, visits } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

function budgetWith(
  fields: Parameters<ReturnType<typeof useAppStore.getState>['saveLine']>[1][] = [],
) {
  const id = useAppStore.getState().createBudget('england-2025-26');
  for (const line of fields) useAppStore.getState().saveLine(id, line);
  return id;
}

const successBanners = () => document.querySelectorAll('.nhsuk-notification-banner--success');

describe('success banners', () => {
  it('do not stack: copying a need replaces "Need added" with "Need copied"', async () => {
    const id = budgetWith([visits({ id: 'l1', activity: 'Morning help' })]);
    const target = href({ page: 'domain', budgetId: id, domainId: 'personal-care' });
    setFlash({ target, heading: 'lines.page.added', values: { activity: 'Morning help' } });
    window.location.hash = target;
    renderWithI18n(<Pages />);
    expect(successBanners()).toHaveLength(1);
    expect(successBanners()[0]).toHaveTextContent('Need added: “Morning help”');
    await userEvent.click(screen.getByRole('button', { name: 'Duplicate “Morning help”' }));
    expect(successBanners()).toHaveLength(1);
    expect(successBanners()[0]).toHaveTextContent('“Morning help”');
    expect(successBanners()[0]).not.toHaveTextContent('Need added');
  });

  it('saving an expense shows one, in English and in Welsh', async () => {
    for (const [language, words] of [
      ['en', 'Expense added: "Taxi"'],
      ['cy', 'Traul wedi\'i hychwanegu: "Taxi"'],
    ] as const) {
      const id = budgetWith();
      window.location.hash = href({ page: 'expense', budgetId: id, expenseId: 'new' });
      const page = renderWithI18n(<Pages />, language);
      await userEvent.type(
        screen.getByLabelText(language === 'en' ? 'What is it?' : /Beth ydyw/),
        'Taxi',
      );
      await userEvent.type(
        screen.getByLabelText(language === 'en' ? 'How much is it, in pounds?' : /Faint/),
        '12.40',
      );
      await userEvent.click(
        screen.getByLabelText(language === 'en' ? 'Every week' : 'Bob wythnos'),
      );
      await userEvent.click(
        screen.getByRole('button', {
          name: language === 'en' ? 'Save and continue' : 'Cadw a pharhau',
        }),
      );
      expect(await screen.findByText(words)).toBeInTheDocument();
      expect(successBanners()).toHaveLength(1);
      page.unmount();
    }
  });
});

describe('removing one of two identical rows', () => {
  it('says which need, in English and in Welsh', async () => {
    const id = budgetWith([
      visits({ id: 'l1', activity: 'Morning help' }),
      visits({ id: 'l2', activity: 'Morning help' }),
    ]);
    window.location.hash = href({ page: 'domain', budgetId: id, domainId: 'personal-care' });
    const page = renderWithI18n(<Pages />);
    await userEvent.click(
      screen.getAllByRole('button', { name: 'Remove “Morning help”' })[1] as HTMLElement,
    );
    expect(
      screen.getByRole('heading', {
        name: 'Remove “Morning help”, number 2 of the 2 needs with this name?',
      }),
    ).toBeInTheDocument();
    page.unmount();
    renderWithI18n(<Pages />, 'cy');
    await userEvent.click(
      screen.getAllByRole('button', { name: /^Tynnu “Morning help”/ })[0] as HTMLElement,
    );
    expect(
      screen.getByRole('heading', {
        name: "Tynnu “Morning help”, rhif 1 o'r 2 angen sydd â'r enw hwn?",
      }),
    ).toBeInTheDocument();
  });

  it('says which expense; one of a kind keeps the plain question', async () => {
    const id = budgetWith();
    for (const [eid, description] of [
      ['e1', 'Taxi'],
      ['e2', 'Taxi'],
      ['e3', 'Gym'],
    ] as const) {
      useAppStore.getState().saveExpense(id, expense({ id: eid, description }));
    }
    window.location.hash = href({ page: 'expenses', budgetId: id });
    renderWithI18n(<Pages />);
    await userEvent.click(document.getElementById('remove-e2') as HTMLElement);
    expect(
      screen.getByRole('heading', {
        name: 'Remove "Taxi", number 2 of the 2 with this description, from the plan?',
      }),
    ).toBeInTheDocument();
    await userEvent.click(document.getElementById('remove-e3') as HTMLElement);
    expect(
      screen.getByRole('heading', { name: 'Remove "Gym" from the plan?' }),
    ).toBeInTheDocument();
  });
});
