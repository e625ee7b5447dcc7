/** Agreement of the plan: status moves recorded with who, role and day; approval above a limit. */
import { describe, expect, it } from 'vitest';
import { readBudget } from '../../src/domain/read';
import {
  agreement,
  limitsExceeded,
  moveStatus,
  type StatusMove,
} from '../../src/domain/reviews/agreement';
import type { Budget } from '../../src/domain/schema/budget';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { price, splitCard, visits } from '../helpers/builders';

// 60 minutes on Monday at £20.00 an hour: £20.00 a week, £20.00 × 52.143 = £1,042.86 a year.
const plan = (fields: Partial<Budget> = {}) =>
  price({
    version: 4,
    plan: { start: '2026-04-01', status: 'proposed' },
    lines: [visits()],
    ...fields,
  });

const cardWithLimit = (limit: string): RateCard => {
  const card = splitCard();
  return {
    ...card,
    policy: { delegatedAuthorityLimit: limit },
    sources: [
      ...card.sources,
      { figure: 'policy.delegatedAuthorityLimit', text: 'Scheme of delegation' },
    ],
  };
};

const agree = (approval?: StatusMove['approval']): StatusMove => ({
  to: 'agreed',
  date: '2026-03-27',
  by: { role: 'care-coordinator', name: 'Jo Example' },
  approval,
});

const problemsOf = (result: ReturnType<typeof moveStatus>) =>
  result.ok ? [] : result.problems.map((found) => [found.path, found.key, found.values]);

describe('status moves', () => {
  it('records each move with who, their role and the day, and the plan takes its status', () => {
    const proposed = moveStatus(plan({ plan: { start: '2026-04-01' } }), {
      to: 'proposed',
      date: '2026-03-20',
      by: { role: 'care-coordinator', name: 'Jo Example' },
    });
    if (!proposed.ok) throw new Error(JSON.stringify(proposed.problems));
    const agreed = moveStatus(price(proposed.value), {
      ...agree(),
      by: { role: 'commissioner', name: 'Sam Example' },
    });
    if (!agreed.ok) throw new Error(JSON.stringify(agreed.problems));
    expect(agreed.value.plan?.status).toBe('agreed');
    expect(agreed.value.statusChanges).toEqual([
      {
        from: 'draft',
        to: 'proposed',
        date: '2026-03-20',
        by: { role: 'care-coordinator', name: 'Jo Example' },
      },
      {
        from: 'proposed',
        to: 'agreed',
        date: '2026-03-27',
        by: { role: 'commissioner', name: 'Sam Example' },
      },
    ]);
    expect(readBudget(JSON.parse(JSON.stringify(agreed.value))).ok).toBe(true);
    expect(agreement(agreed.value)?.by.name).toBe('Sam Example');
  });

  it('refuses a move the plan cannot make, and a plan without a start', () => {
    expect(problemsOf(moveStatus(plan(), { ...agree(), to: 'ended' }))).toEqual([
      ['to', 'validation.statusMove', { from: 'proposed', to: 'ended' }],
    ]);
    expect(problemsOf(moveStatus(price({ version: 4 }), { ...agree(), to: 'proposed' }))).toEqual([
      ['plan.start', 'validation.statusNeedsPlan', {}],
    ]);
  });
});

describe('agreeing a plan above a limit', () => {
  it('a plan over its indicative sum cannot be agreed without an approver and a reason [H22.2]', () => {
    const over = plan({ indicativeAnnual: '1000.00' });
    expect(limitsExceeded(over)).toEqual([{ kind: 'indicative-sum', limit: '1000.00' }]);
    expect(problemsOf(moveStatus(over, agree()))).toEqual([
      ['approval', 'validation.approvalRequired', { annual: '1042.86', limit: '1000.00' }],
    ]);
    expect(
      problemsOf(
        moveStatus(
          over,
          agree({ name: 'Pat Example', role: 'team-manager', upTo: '5000.00', reason: ' ' }),
        ),
      ),
    ).toEqual([['approval.reason', 'validation.approvalReason', {}]]);
    const agreed = moveStatus(
      over,
      agree({
        name: 'Pat Example',
        role: 'team-manager',
        upTo: '5000.00',
        reason: 'Two visits needed',
      }),
    );
    expect(agreed.ok && agreed.value.statusChanges?.[0]?.approval).toEqual({
      name: 'Pat Example',
      role: 'team-manager',
      upTo: '5000.00',
      reason: 'Two visits needed',
    });
  });

  it('a plan over the card’s delegated authority needs an approver whose authority covers its cost [H22.1]', () => {
    const over = price(
      { version: 4, plan: { start: '2026-04-01', status: 'proposed' }, lines: [visits()] },
      cardWithLimit('1000.00'),
    );
    expect(limitsExceeded(over)).toEqual([{ kind: 'delegated-authority', limit: '1000.00' }]);
    expect(problemsOf(moveStatus(over, agree()))[0]?.[1]).toBe('validation.approvalRequired');
    expect(
      problemsOf(
        moveStatus(
          over,
          agree({ name: 'Pat Example', role: 'team-manager', upTo: '1000.00', reason: 'Needed' }),
        ),
      ),
    ).toEqual([
      ['approval.upTo', 'validation.approvalUpTo', { annual: '1042.86', upTo: '1000.00' }],
    ]);
    // A funding panel: no upper limit.
    expect(
      moveStatus(over, agree({ name: 'Funding panel', role: 'funding-panel', reason: 'Needed' }))
        .ok,
    ).toBe(true);
  });

  it('a plan at exactly its limits is agreed without an approver [H22.3]', () => {
    const at = price(
      {
        version: 4,
        plan: { start: '2026-04-01', status: 'proposed' },
        lines: [visits()],
        indicativeAnnual: '1042.86',
      },
      cardWithLimit('1042.86'),
    );
    expect(limitsExceeded(at)).toEqual([]);
    expect(moveStatus(at, agree()).ok).toBe(true);
  });
});
