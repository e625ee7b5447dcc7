/** Issue 22, item 22: "Every day" and "Weekdays" come before the seven day boxes, for keyboard users too. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { href, NEW } from '../../../src/ui/routes';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

describe('the days of a need', () => {
  it('offers the shortcuts inside the question, before Monday in keyboard order', async () => {
    const budgetId = useAppStore.getState().createBudget('england-2025-26');
    window.location.hash = href({ page: 'line', budgetId, domainId: 'personal-care', lineId: NEW });
    renderWithI18n(<Pages />);
    const everyDay = await screen.findByRole('button', { name: 'Every day' });
    expect(everyDay.closest('fieldset')).toBe(screen.getByLabelText('Monday').closest('fieldset'));
    everyDay.focus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Weekdays' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByLabelText('Monday')).toHaveFocus();
  });
});
