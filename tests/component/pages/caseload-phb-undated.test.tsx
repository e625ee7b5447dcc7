/**
 * A nation's caseload may hold tens of thousands of budgets without a plan start date:
 * the PHB return names the first 50 and says how many more there are (the download has
 * every one), so the page is not frozen drawing them all.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { returnFieldsOf } from '../../../src/domain/caseload/phb-return';
import { CaseloadPhbReturn, UNDATED_SHOWN } from '../../../src/ui/caseload/caseload-phb-return';
import { PLANS_A_TASK } from '../../../src/ui/caseload/caseload-return-count';
import { budget } from '../../helpers/builders';
import { renderWithI18n } from '../render';

const undated = (count: number) =>
  Array.from({ length: count }, (_, index) => {
    const id = `undated-${String(index).padStart(count > 1000 ? 4 : 3, '0')}`;
    return { file: `${id}.json`, budget: returnFieldsOf(budget({ id })) };
  });

describe('the PHB return of many budgets without a start date', () => {
  it('names the first 50 and says how many more there are', () => {
    renderWithI18n(<CaseloadPhbReturn plans={undated(UNDATED_SHOWN + 10)} today="2026-09-01" />);
    const heading = screen.getByRole('heading', { name: 'Budgets without a plan start date' });
    const list = heading.parentElement?.querySelector('ul');
    expect(list?.querySelectorAll('li')).toHaveLength(UNDATED_SHOWN);
    expect(list?.textContent).toContain('undated-049 (undated-049.json)');
    expect(list?.textContent).not.toContain('undated-050');
    expect(
      screen.getByText('and 10 more: every one is in the download of the return.'),
    ).toBeInTheDocument();
  });

  it('names the first 50 of a caseload too large to count in one task, once counted', async () => {
    expect(PLANS_A_TASK + 10).toBe(5_010);
    renderWithI18n(<CaseloadPhbReturn plans={undated(PLANS_A_TASK + 10)} today="2026-09-01" />);
    // Counts written as people read them, with a thousands separator.
    expect(
      await screen.findByText('and 4,960 more: every one is in the download of the return.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^These 5,010 budgets have no plan start date/)).toBeInTheDocument();
    const heading = screen.getByRole('heading', { name: 'Budgets without a plan start date' });
    const list = heading.parentElement?.querySelector('ul');
    expect(list?.querySelectorAll('li')).toHaveLength(UNDATED_SHOWN);
    expect(list?.textContent).toContain('undated-0000 (undated-0000.json)');
  });

  it('names every one when there are no more than 50', () => {
    renderWithI18n(<CaseloadPhbReturn plans={undated(UNDATED_SHOWN)} today="2026-09-01" />);
    expect(screen.getAllByText(/^undated-\d+ \(/)).toHaveLength(UNDATED_SHOWN);
    expect(screen.queryByText(/more: every one is in the download/)).toBeNull();
  });
});
