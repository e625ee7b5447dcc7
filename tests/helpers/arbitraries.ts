/** fast-check arbitraries for valid budgets on the split-rates test card. */
import fc from 'fast-check';
import { DAYS } from '../../src/domain/days';
import type { Budget, Carer, Expense, NeedLine } from '../../src/domain/schema/budget';
import { budget } from './builders';

const CARER_IDS = ['c1', 'c2'] as const;
const DOMAINS = ['personal-care', 'domestic', 'social', 'education', 'work'] as const;

const days = fc.subarray([...DAYS], { minLength: 1 });
const pennies = (max: number) =>
  fc
    .integer({ min: 0, max })
    .map((p) => `${Math.floor(p / 100)}.${String(p % 100).padStart(2, '0')}`);

const carer = (id: string): fc.Arbitrary<Carer> =>
  fc.record({
    id: fc.constant(id),
    name: fc.constantFrom('Sam', 'Jo', 'Alex'),
    age: fc.integer({ min: 16, max: 95 }),
    ownHealthCondition: fc.boolean(),
    willingAndAble: fc.boolean(),
  });

const resourceFields = fc.oneof(
  fc.record({
    resource: fc.constant('registered-provider' as const),
    provider: fc.constantFrom(undefined, 'p1', 'p2'),
    workers: fc.integer({ min: 1, max: 2 }),
  }),
  fc.record({
    resource: fc.constant('personal-assistant' as const),
    workers: fc.integer({ min: 1, max: 2 }),
  }),
  fc.record({
    resource: fc.constant('unpaid-carer' as const),
    carer: fc.constantFrom(...CARER_IDS),
    workers: fc.constant(1),
  }),
  fc.record({
    resource: fc.constant('community' as const),
    workers: fc.integer({ min: 1, max: 2 }),
  }),
);

/** A line's kind and its visits: four in five visits of up to four hours, one a sleep-in. */
export const lineKind = (mostVisitsADay: number) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('visits' as const),
        minutes: fc.integer({ min: 1, max: 240 }),
        visitsPerDay: fc.integer({ min: 1, max: mostVisitsADay }),
        period: fc.constantFrom('day' as const, 'night' as const),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('sleep-in' as const) }) },
  );

const line: fc.Arbitrary<Omit<NeedLine, 'id'>> = fc
  .tuple(resourceFields, fc.constantFrom(...DOMAINS), days, lineKind(3))
  .map(([who, domain, lineDays, shape]) => {
    const { provider, ...rest } = who as typeof who & { provider?: string };
    return {
      ...rest,
      ...(provider === undefined ? {} : { provider }),
      ...shape,
      domain,
      days: lineDays,
      activity: 'Support',
    };
  });

const expense: fc.Arbitrary<Omit<Expense, 'id'>> = fc.record({
  domain: fc.constantFrom(...DOMAINS),
  description: fc.constant('Expense'),
  amount: pennies(500_000),
  frequency: fc.constantFrom(
    'weekly' as const,
    'monthly' as const,
    'annual' as const,
    'one-off' as const,
  ),
  kind: fc.constantFrom('expense' as const, 'investment' as const),
});

export const budgetArbitrary: fc.Arbitrary<Budget> = fc
  .record({
    carers: fc.tuple(carer('c1'), carer('c2')),
    lines: fc.array(line, { maxLength: 12 }),
    expenses: fc.array(expense, { maxLength: 5 }),
    fundingRoute: fc.constantFrom(
      'direct-payment' as const,
      'notional' as const,
      'third-party' as const,
    ),
    indicativeAnnual: fc.option(pennies(10_000_000), { nil: null }),
  })
  .map(({ carers, lines, expenses, fundingRoute, indicativeAnnual }) =>
    budget({
      carers,
      fundingRoute,
      indicativeAnnual,
      lines: lines.map((l, i) => ({ ...l, id: `l${i}` }) as NeedLine),
      expenses: expenses.map((e, i) => ({ ...e, id: `e${i}` })),
    }),
  );
