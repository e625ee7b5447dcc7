/**
 * Re-pricing after an edit works only on the lines that changed (src/domain/pricing/
 * reprice-lines.ts): totals and breakdowns changed by the old and new lines' amounts,
 * carers and assistants assessed again only when their lines changed. Whatever the budget
 * and whatever the sequence of edits, each pricing must be the pricing made afresh, field
 * by field: every amount to the penny (every decimal digit, in fact), every warning, flag
 * and fix, in the same order.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAYS } from '../../src/domain/days';
import {
  priceBudget,
  totalsAfterEdit,
  type BudgetPricing,
} from '../../src/domain/pricing/price-budget';
import { readBudget } from '../../src/domain/read';
import type { Budget, Expense, NeedLine } from '../../src/domain/schema/budget';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { budgetOf300Lines, exampleRateCard } from '../../scripts/bench/budget-300';
import { budget as budgetOf, carer, loadCard } from '../helpers/builders';

const TODAY = '2026-01-15';
const DOMAINS = ['personal-care', 'domestic', 'social', 'education', 'work'] as const;
const DATES = ['2025-06-01', '2025-12-31', '2026-01-15', '2026-01-16', '2026-09-30'] as const;

/**
 * Every figure of a pricing as plain data, decimals written out in full with their sign
 * (so 0.10 and 0.1 are one figure, but 0.1000…01 is not), maps as their entries in order.
 */
function figures(value: unknown): unknown {
  if (isPricing(value)) {
    // The budget and card priced are the very ones given; every other field is compared.
    const { budget: _budget, card: _card, ...rest } = value;
    return figures(rest);
  }
  if (Decimal.isDecimal(value))
    return `decimal ${value.isNegative() ? '-' : ''}${value.abs().toFixed()}`;
  if (value instanceof Map) return [...value].map(([key, entry]) => [key, figures(entry)]);
  if (Array.isArray(value)) return value.map(figures);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, figures(entry)]));
  return value;
}

function isPricing(value: unknown): value is BudgetPricing {
  return typeof value === 'object' && value !== null && 'allLines' in value && 'card' in value;
}

/** A budget as the app holds it: read and checked as a file is, or null if it breaks a rule. */
function checked(budget: Budget): Budget | null {
  const read = readBudget(JSON.parse(JSON.stringify(budget)));
  return read.ok ? read.value : null;
}

const date = fc.option(fc.constantFrom(...DATES), { nil: undefined });

/** A need line with any of what pricing reads: dates, frequency, named assistant, sharing, agreed pay. */
const lineArbitrary = (id: string): fc.Arbitrary<NeedLine> =>
  fc
    .record({
      who: fc.oneof(
        fc.record({
          resource: fc.constant('registered-provider' as const),
          provider: fc.constantFrom(undefined, 'p1'),
        }),
        fc.record({
          resource: fc.constant('personal-assistant' as const),
          assistant: fc.constantFrom(undefined, 'a1', 'a2'),
          agreedPay: fc.constantFrom(undefined, '9.50', '30.00'),
        }),
        fc.record({
          resource: fc.constant('unpaid-carer' as const),
          carer: fc.constantFrom('c1', 'c2'),
        }),
        fc.record({ resource: fc.constant('community' as const) }),
      ),
      domain: fc.constantFrom(...DOMAINS),
      days: fc.subarray([...DAYS], { minLength: 1 }),
      workers: fc.integer({ min: 1, max: 2 }),
      from: date,
      until: date,
      frequency: fc.oneof(
        { weight: 4, arbitrary: fc.constant(undefined) },
        fc.record({ everyWeeks: fc.integer({ min: 2, max: 4 }) }),
        fc.record({ weeksAYear: fc.integer({ min: 1, max: 52 }) }),
      ),
      sharedBy: fc.constantFrom(undefined, undefined, 3),
      shape: fc.oneof(
        {
          weight: 4,
          arbitrary: fc.record({
            kind: fc.constant('visits' as const),
            minutes: fc.integer({ min: 1, max: 300 }),
            visitsPerDay: fc.integer({ min: 1, max: 3 }),
            period: fc.constantFrom('day' as const, 'night' as const),
          }),
        },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant('sleep-in' as const) }) },
      ),
    })
    .map(({ who, shape, workers, ...rest }) => {
      const { agreedPay, ...person } = who as typeof who & { agreedPay?: string };
      const paid = shape.kind === 'visits' ? { hourly: agreedPay } : { perNight: agreedPay };
      return JSON.parse(
        JSON.stringify({
          id,
          activity: 'Support',
          ...person,
          ...rest,
          ...shape,
          workers: who.resource === 'unpaid-carer' ? 1 : workers,
          ...(agreedPay === undefined
            ? {}
            : { agreedPay: paid, agreedSource: 'Agreed with the assistant' }),
        }),
      ) as NeedLine;
    });

const budgetArbitrary: fc.Arbitrary<Budget> = fc
  .record({
    carers: fc.tuple(
      fc.record({ age: fc.integer({ min: 30, max: 90 }), willingAndAble: fc.boolean() }),
      fc.record({ age: fc.integer({ min: 30, max: 90 }), willingAndAble: fc.boolean() }),
    ),
    contracts: fc.tuple(fc.constantFrom('10', '16', '40'), fc.constantFrom('5', '20')),
    lines: fc
      .integer({ min: 0, max: 14 })
      .chain((count) =>
        fc.tuple(...Array.from({ length: count }, (_, index) => lineArbitrary(`l${index}`))),
      ),
    investment: fc.boolean(),
    dated: fc.boolean(),
    fundingRoute: fc.constantFrom('direct-payment' as const, 'notional' as const),
    indicativeAnnual: fc.constantFrom(null, '20000.00', '90000.00'),
  })
  .map(({ carers, contracts, lines, investment, dated, fundingRoute, indicativeAnnual }) => {
    const [ends, starts] = lines;
    const withEffect = investment && ends !== undefined && starts !== undefined;
    const expenses: Expense[] = [
      {
        id: 'e1',
        domain: 'social',
        description: 'Day centre',
        amount: '35.00',
        frequency: 'weekly',
        kind: 'expense',
      },
      ...(withEffect
        ? [
            {
              id: 'e2',
              description: 'A hoist',
              amount: '1200.00',
              frequency: 'one-off' as const,
              kind: 'investment' as const,
              effect: { ends: [ends.id], starts: [starts.id] },
            },
          ]
        : []),
    ];
    return budgetOf({
      ...(dated ? { plan: { start: '2025-04-01', end: '2027-03-31' } } : {}),
      fundingRoute,
      indicativeAnnual,
      carers: carers.map((fields, index) =>
        carer({ id: `c${index + 1}`, ownHealthCondition: index === 1, ...fields }),
      ),
      assistants: contracts.map((hours, index) => ({
        id: `a${index + 1}`,
        name: `Assistant ${index + 1}`,
        contractedHoursWeekly: hours,
      })),
      lines: withEffect
        ? [
            { ...ends, until: ends.until ?? '2025-12-31' },
            { ...starts, from: starts.from ?? '2026-01-01' },
            ...lines.slice(2),
          ]
        : lines,
      expenses,
    });
  });

/** One change a person could make: to one line, to the list of lines, or to something else. */
type Edit =
  | { readonly kind: 'replace'; readonly at: number; readonly line: NeedLine }
  | { readonly kind: 'minutes'; readonly at: number; readonly minutes: number }
  | { readonly kind: 'add'; readonly line: NeedLine }
  | { readonly kind: 'remove'; readonly at: number }
  | { readonly kind: 'indicative'; readonly amount: string | null };

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at: fc.nat(),
      line: lineArbitrary('edited'),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('minutes' as const),
      at: fc.nat(),
      minutes: fc.integer({ min: 1, max: 600 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('add' as const), line: lineArbitrary('added') }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('indicative' as const),
      amount: fc.constantFrom(null, '30000.00'),
    }),
  },
);

/** The budget after an edit, as a new object with new objects only where it changed. */
function edited(budget: Budget, edit: Edit, step: number): Budget {
  const lines = [...budget.lines];
  const at = lines.length === 0 ? 0 : ('at' in edit ? edit.at : 0) % lines.length;
  const old = lines[at];
  switch (edit.kind) {
    case 'replace':
      if (old !== undefined) lines[at] = { ...edit.line, id: old.id };
      break;
    case 'minutes':
      if (old?.kind === 'visits') lines[at] = { ...old, minutes: edit.minutes };
      break;
    case 'add':
      lines.push({ ...edit.line, id: `n${step}` });
      break;
    case 'remove':
      lines.splice(at, 1);
      break;
    case 'indicative':
      return { ...budget, indicativeAnnual: edit.amount };
  }
  return { ...budget, lines };
}

/**
 * Prices the budget, then each edit in turn with the pricing before it (as the need page
 * does), and each against the same budget priced afresh. An edit that makes a budget the
 * file rules refuse is passed over, as the app never prices one.
 */
function checkEdits(start: Budget, edits: readonly Edit[], card: RateCard): void {
  let budget = start;
  let earlier = priceBudget(budget, card, { today: TODAY });
  edits.forEach((edit, step) => {
    const next = edited(budget, edit, step);
    // Read as a file is (a new object for everything), then the unchanged parts put back.
    if (checked(next) === null) return;
    budget = next;
    const again = priceBudget(budget, card, { today: TODAY, earlier });
    const afresh = priceBudget(budget, card, { today: TODAY });
    expect(again.budget).toBe(budget);
    expect(again.card).toBe(card);
    expect(figures(again)).toEqual(figures(afresh));
    // The running total shown as the key is pressed: the same totals, from the same change
    // (none when more than lines changed, or the change is too big to be worth it).
    const typed = totalsAfterEdit(earlier, budget, card, { today: TODAY });
    if (typed !== undefined) expect(figures(typed)).toEqual(figures(afresh.totals));
    earlier = again;
  });
}

describe('re-pricing only the lines an edit changed', () => {
  const card = loadCard('tests/fixtures/rate-cards/split-rates-floor.json');

  it('gives every figure of pricing afresh, after any sequence of edits', () => {
    fc.assert(
      fc.property(
        budgetArbitrary,
        fc.array(editArbitrary, { maxLength: 12 }),
        (generated, edits) => {
          const start = checked(generated);
          fc.pre(start !== null);
          checkEdits(start, edits, card);
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('gives every figure of pricing afresh in the 300-line bench budget, edit after edit', () => {
    const bench = budgetOf300Lines();
    const benchCard = exampleRateCard(bench);
    fc.assert(
      fc.property(fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), (edits) => {
        // The bench budget's own names: its carer, its assistant, its card's domains.
        const own = edits.map((edit): Edit => {
          if (!('line' in edit)) return edit;
          const { assistant, carer: who, provider: _provider, ...line } = edit.line;
          return {
            ...edit,
            line: {
              ...line,
              ...(who === undefined ? {} : { carer: 'sam' }),
              ...(assistant === undefined ? {} : { assistant: 'jo' }),
              domain: 'personal-care',
            } as NeedLine,
          };
        });
        checkEdits(bench, own, benchCard);
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it('works again only on what the changed line concerns', () => {
    const bench = budgetOf300Lines();
    const benchCard = exampleRateCard(bench);
    const before = priceBudget(bench, benchCard, { today: TODAY });
    const morning = bench.lines[0];
    if (morning?.kind !== 'visits') throw new Error('the bench budget starts with a visit');
    const lines = [{ ...morning, minutes: morning.minutes + 5 }, ...bench.lines.slice(1)];
    const after = priceBudget({ ...bench, lines }, benchCard, { today: TODAY, earlier: before });
    // A provider's line changed: the carer's burden, searched for a fix, is the one from before.
    expect(before.carers.length).toBeGreaterThan(0);
    after.carers.forEach((burden, index) => expect(burden).toBe(before.carers[index]));
    expect(after.totals.weekly.gt(before.totals.weekly)).toBe(true);
    // And the running total typed is there without pricing the rest.
    const typed = totalsAfterEdit(before, { ...bench, lines }, benchCard, { today: TODAY });
    expect(figures(typed)).toEqual(figures(after.totals));
  });
});
