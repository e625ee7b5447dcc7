/** Reviews of the plan around the money: the schedule by cohort, due and overdue, recording a review. */
import { describe, expect, it } from 'vitest';
import { readBudget } from '../../src/domain/read';
import { recordReview, type ReviewDetails } from '../../src/domain/reviews/record-review';
import { addMonths, nextReviewDate, reviewStatus } from '../../src/domain/reviews/schedule';
import type { Budget, Plan } from '../../src/domain/schema/budget';
import { budget } from '../helpers/builders';

const planned = (plan: Partial<Plan>, fields: Partial<Budget> = {}): Budget =>
  budget({ version: 4, plan: { start: '2026-04-01', status: 'active', ...plan }, ...fields });

const outcomes = [
  { id: 'o1', words: 'I get up at a time I choose' },
  { id: 'o2', words: 'I see my friends every week' },
];

const held = (date: string): NonNullable<Budget['reviews']>[number] => ({
  id: `r-${date}`,
  date,
  by: { role: 'care-coordinator', name: 'Jo Example' },
  revision: 1,
  outcomes: [],
});

describe('the review schedule', () => {
  it('puts the first review 3 months after the start of an NHS continuing healthcare plan, then yearly [H21.3]', () => {
    const plan = planned({ cohort: 'adult-chc' });
    expect(nextReviewDate(plan)).toBe('2026-07-01');
    expect(nextReviewDate({ ...plan, reviews: [held('2026-07-03')] })).toBe('2027-07-03');
  });

  it('puts the first review 8 weeks after the start of a social care plan [H21.2]', () => {
    // 1 April 2026 + 56 days = 27 May 2026
    expect(nextReviewDate(planned({ cohort: 'social-care' }))).toBe('2026-05-27');
  });

  it('gives a plan without a cohort the NHS default, as a plan without one counts as other', () => {
    expect(nextReviewDate(planned({}))).toBe('2026-07-01');
  });

  it('takes the plan’s own first review and months between reviews when it gives them', () => {
    const plan = planned({
      cohort: 'social-care',
      firstReview: '2026-05-15',
      reviewEveryMonths: 6,
    });
    expect(nextReviewDate(plan)).toBe('2026-05-15');
    expect(nextReviewDate({ ...plan, reviews: [held('2026-05-20')] })).toBe('2026-11-20');
  });

  it('counts months to the same day, or the month’s last day when it has no such day', () => {
    expect(addMonths('2026-05-31', 3)).toBe('2026-08-31');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-10-15', 12)).toBe('2027-10-15');
  });

  it('has no next review without a plan, or when the plan ends first', () => {
    expect(nextReviewDate(budget({ version: 4 }))).toBeNull();
    expect(nextReviewDate(planned({ end: '2026-06-30' }))).toBeNull();
  });
});

describe('due and overdue', () => {
  const plan = planned({ cohort: 'social-care' }); // next review 27 May 2026

  it('a review not held by its day is overdue, and due in the 4 weeks before it [H21.1]', () => {
    expect(reviewStatus(plan, '2026-04-28')).toEqual({ next: '2026-05-27', state: 'scheduled' });
    expect(reviewStatus(plan, '2026-04-29')).toEqual({ next: '2026-05-27', state: 'due' });
    expect(reviewStatus(plan, '2026-05-27')).toEqual({ next: '2026-05-27', state: 'due' });
    expect(reviewStatus(plan, '2026-05-28')).toEqual({ next: '2026-05-27', state: 'overdue' });
  });

  it('a review held moves the next one on, so the plan is no longer overdue', () => {
    const reviewed = { ...plan, reviews: [held('2026-06-10')] };
    expect(reviewStatus(reviewed, '2026-06-11')).toEqual({
      next: '2027-06-10',
      state: 'scheduled',
    });
  });

  it('only an agreed or active plan is due or overdue', () => {
    for (const status of ['draft', 'proposed', 'ended'] as const) {
      expect(reviewStatus(planned({ cohort: 'social-care', status }), '2027-01-01').state).toBe(
        'not-reviewed',
      );
    }
    expect(
      reviewStatus(planned({ cohort: 'social-care', status: 'agreed' }), '2027-01-01').state,
    ).toBe('overdue');
  });
});

describe('recording a review', () => {
  const plan = planned({ cohort: 'social-care' }, { outcomes, indicativeAnnual: null });
  const details = (findings: ReviewDetails['findings']): ReviewDetails => ({
    date: '2026-05-27',
    by: { role: 'care-coordinator', name: '  Jo Example ' },
    findings,
    notes: '',
    revisionReason: 'Review of the plan',
  });

  it('records each outcome’s finding and saves a revision the review names, and the file reads back', () => {
    const result = recordReview(
      plan,
      details([
        { outcome: 'o1', result: 'met', notes: '' },
        { outcome: 'o2', result: 'partly-met', notes: ' Out once a week so far ' },
      ]),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const reviewed = result.value;
    expect(
      reviewed.revisions?.map((revision) => [revision.number, revision.date, revision.reason]),
    ).toEqual([[1, '2026-05-27', 'Review of the plan']]);
    expect(reviewed.revisions?.[0]?.snapshot.outcomes).toEqual(outcomes);
    expect(reviewed.reviews).toEqual([
      {
        id: 'r1',
        date: '2026-05-27',
        by: { role: 'care-coordinator', name: 'Jo Example' },
        revision: 1,
        outcomes: [
          { outcome: 'o1', result: 'met' },
          { outcome: 'o2', result: 'partly-met', notes: 'Out once a week so far' },
        ],
      },
    ]);
    expect(readBudget(JSON.parse(JSON.stringify(reviewed))).ok).toBe(true);
    expect(nextReviewDate(reviewed)).toBe('2027-05-27');
  });

  it('refuses a review that leaves an outcome unanswered, naming it, and saves nothing [H21.4]', () => {
    const result = recordReview(plan, details([{ outcome: 'o1', result: 'met', notes: '' }]));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((found) => [found.path, found.values])).toEqual([
      ['findings[1].result', { words: 'I see my friends every week' }],
    ]);
  });
});
