/**
 * Words in sentences (issue 22, item 20): "1 hour", thresholds as "20 hours", and "Agreed
 * on" only for a revision of an agreed plan. English and Welsh.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { formatHoursInProse, hoursPluralCount } from '../../../src/domain/format';
import { useAppStore } from '../../../src/state/store';
import { href } from '../../../src/ui/routes';
import { budget, carer, visits } from '../../helpers/builders';
import { renderWithI18n } from '../render';
import { Pages } from '../routed-pages';

describe('hours in a sentence', () => {
  it('whole hours have no decimals, others keep two, and only exactly one is singular', () => {
    expect(formatHoursInProse(new Decimal(20))).toBe('20');
    expect(formatHoursInProse(new Decimal('12.755'))).toBe('12.76');
    expect(formatHoursInProse(new Decimal(1200))).toBe('1,200');
    expect(formatHoursInProse(new Decimal('20.001'))).toBe('20');
    expect(hoursPluralCount(new Decimal(1))).toBe(1);
    expect(hoursPluralCount(new Decimal('1.5'))).toBe(2);
  });

  it('the summary says "1 hour" for one hour of care a week, in English and Welsh', () => {
    const { id } = useAppStore.getState().addBudget(
      budget({
        rateCard: 'england-2025-26',
        carers: [carer()],
        lines: [
          visits({
            resource: 'unpaid-carer',
            carer: 'c1',
            minutes: 60,
            days: ['mon'],
            domain: 'personal-care',
          }),
        ],
      }),
    );
    window.location.hash = href({ page: 'summary', budgetId: id });
    const english = renderWithI18n(<Pages />);
    expect(screen.getAllByText('1 hour').length).toBeGreaterThan(0);
    expect(screen.queryByText('1 hours')).toBeNull();
    expect(screen.queryByText('1.00 hours')).toBeNull();
    english.unmount();
    renderWithI18n(<Pages />, 'cy');
    expect(screen.getAllByText('1 awr').length).toBeGreaterThan(0);
  });
});

describe('the date of a revision', () => {
  function withRevision(status: 'draft' | 'agreed') {
    const { id } = useAppStore.getState().addBudget(
      budget({
        rateCard: 'england-2025-26',
        lines: [visits({ domain: 'personal-care' })],
        plan: { start: '2026-04-01', status },
      }),
    );
    useAppStore
      .getState()
      .saveRevision(id, { date: '2026-05-01', reason: 'Review', role: 'care-coordinator' });
    window.location.hash = href({ page: 'revision', budgetId: id, revision: '1' });
    return id;
  }

  it('is "Saved on" for a draft, in English and Welsh', () => {
    withRevision('draft');
    const english = renderWithI18n(<Pages />);
    expect(screen.getByText('Saved on')).toBeInTheDocument();
    expect(screen.queryByText('Agreed on')).toBeNull();
    english.unmount();
    renderWithI18n(<Pages />, 'cy');
    expect(screen.getByText('Cadwyd ar')).toBeInTheDocument();
  });

  it('is "Agreed on" for an agreed plan, and the list says "Saved on" for every row', () => {
    const id = withRevision('agreed');
    const view = renderWithI18n(<Pages />);
    expect(screen.getByText('Agreed on')).toBeInTheDocument();
    view.unmount();
    window.location.hash = href({ page: 'revisions', budgetId: id });
    renderWithI18n(<Pages />);
    expect(screen.getByRole('columnheader', { name: 'Saved on' })).toBeInTheDocument();
  });
});
