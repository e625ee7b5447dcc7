/** Re-pricing keeps a rate agreed for one line (pricing rule 17), and the page says so. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { NeedLine } from '../../../src/domain/schema/budget';
import { useAppStore } from '../../../src/state/store';
import { budget, visits } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

const spot: NeedLine = visits({
  id: 'spot',
  activity: 'Spot-purchased care',
  agreedRate: { hourly: '24.80' },
  agreedSource: 'CHC team, 3 March 2026',
});

describe('re-pricing a plan with a rate agreed for one line', () => {
  it('names the line it keeps at the agreed rate, and keeps it when the new prices are kept', async () => {
    const lines = [spot, visits({ id: 'other', activity: 'Evening call' })];
    const { id } = useAppStore
      .getState()
      .addBudget(budget({ version: 4, rateCard: 'england-2025-26', lines }));
    window.location.hash = `#/budgets/${id}/reprice/england-2026-27`;
    renderWithI18n(<Pages />);
    expect(
      await screen.findByText(
        '1 line is on a rate or pay agreed for this person. It keeps the agreed figure on the new card, as the agreement does not depend on the card, so it is not re-priced:',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Spot-purchased care', { selector: 'li' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Keep the new prices' }));
    expect(useAppStore.getState().budgets[id]?.budget.lines[0]).toEqual(spot);
  });
});
