/** Reviews and agreement across a caseload: due and overdue counts, plans agreed above the indicative sum and by whom, the CSV's columns. */
import { describe, expect, it } from 'vitest';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { caseloadReviews } from '../../src/domain/caseload/reviews';
import type { CaseloadEntry } from '../../src/domain/caseload/entry';
import type { Budget } from '../../src/domain/schema/budget';
import { createI18n } from '../../src/i18n';
import { caseloadTableCsv } from '../../src/io/caseload-csv';
import { budget, splitCard, visits } from '../helpers/builders';

const t = createI18n('en').t;
const by = { role: 'care-coordinator', name: 'Jo Example' } as const;

function entry(id: string, fields: Partial<Budget>): CaseloadEntry {
  const priced = priceCaseloadBudget(
    budget({ id, version: 4, lines: [visits()], ...fields }),
    splitCard(),
    `${id}.json`,
  );
  if (!priced.ok) throw new Error(JSON.stringify(priced.problems));
  return priced.value;
}

// £1,042.86 a year each. Social care: first review 8 weeks after 1 April 2026, 27 May 2026.
const social = { start: '2026-04-01', cohort: 'social-care' } as const;
const agreedBy = (
  approval?: NonNullable<Budget['statusChanges']>[number]['approval'],
): Budget['statusChanges'] => [
  {
    from: 'proposed',
    to: 'agreed',
    date: '2026-03-27',
    by,
    ...(approval === undefined ? {} : { approval }),
  },
  { from: 'agreed', to: 'active', date: '2026-04-01', by },
];
const caseload = () => [
  entry('due', { plan: { ...social, status: 'active' } }),
  entry('overdue', { plan: { ...social, status: 'active', firstReview: '2026-05-01' } }),
  entry('draft', { plan: { ...social, status: 'draft' } }),
  entry('approved', {
    plan: { ...social, status: 'active', firstReview: '2026-09-01' },
    indicativeAnnual: '1000.00',
    statusChanges: agreedBy({
      name: 'Pat Example',
      role: 'head-of-service',
      reason: 'Needs a longer visit',
    }),
  }),
  entry('unapproved', {
    plan: { ...social, status: 'active', firstReview: '2026-09-01' },
    indicativeAnnual: '900.00',
  }),
  entry('within', {
    plan: { ...social, status: 'active', firstReview: '2026-09-01' },
    indicativeAnnual: '2000.00',
  }),
];

describe('reviews and agreement across a caseload', () => {
  it('counts plans due and overdue for review on the day, and those agreed above the indicative sum by approver [H21.5]', () => {
    expect(caseloadReviews(caseload(), '2026-05-20')).toEqual({
      due: 1,
      overdue: 1,
      agreedAbove: 2,
      approvers: [
        { name: 'Pat Example', role: 'head-of-service', budgets: 1 },
        { name: null, role: null, budgets: 1 },
      ],
    });
    // A week later the first is overdue too.
    expect(caseloadReviews(caseload(), '2026-05-28')).toMatchObject({ due: 0, overdue: 2 });
  });

  it('gives each budget’s next review and whether it is due or overdue in the table CSV [H21.6]', () => {
    const rows = caseloadTableCsv(caseload(), splitCard(), t, { today: '2026-05-20' })
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toMatch(/,Next review,Review due or overdue$/);
    expect(rows.slice(1).map((row) => row.split(',').slice(-2).join(','))).toEqual([
      '2026-05-27,Review due',
      '2026-05-01,Review overdue',
      '2026-05-27,',
      '2026-09-01,',
      '2026-09-01,',
      '2026-09-01,',
    ]);
  });
});
