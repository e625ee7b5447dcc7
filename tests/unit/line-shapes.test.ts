/**
 * Lines priced once a shape (src/domain/pricing/line.ts): a line kept from an earlier
 * budget stands for a new one only when every field its price is worked out from is the
 * same, and the priced line given back is the new line's own, field for field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lineShape,
  lineShapeNumber,
  priceLine,
  priceLineByShape,
  priceLines,
  PRICED_FIELDS,
} from '../../src/domain/pricing/line';
import { weeksPerYearOf } from '../../src/domain/pricing/per-card';
import { sortDays } from '../../src/domain/days';
import { Dec } from '../../src/domain/money';
import { budgetSchema, type NeedLine } from '../../src/domain/schema/budget';
import { budgetArbitrary } from '../helpers/arbitraries';
import { sleepIn, splitCard, visits } from '../helpers/builders';

/** Fields that say where a line counts or who gives it, never what it costs. */
const NOT_PRICED = [
  'id',
  'domain',
  'activity',
  'carer',
  'assistant',
  'from',
  'until',
  'agreedSource',
  'outcomes',
];

function schemaFields(): string[] {
  const lines = budgetSchema.shape.lines.element;
  return [...new Set(lines.options.flatMap((option) => Object.keys(option.shape)))].sort();
}

const card = splitCard();

describe('a line priced by its shape', () => {
  it('names every field of a line as priced or not priced, so a new field must be placed [H23.5]', () => {
    expect([...PRICED_FIELDS, ...NOT_PRICED].sort()).toEqual(schemaFields());
  });

  it('gives a different shape when any priced field differs [H23.6]', () => {
    const base = visits({
      resource: 'registered-provider',
      provider: 'p1',
      agreedRate: { hourly: '20.00' },
      agreedSource: 'Agreed',
      frequency: { everyWeeks: 2 },
      sharedBy: 2,
    });
    const changed: NeedLine[] = [
      { ...base, resource: 'personal-assistant' },
      { ...base, provider: 'p2' },
      { ...base, workers: base.workers + 1 },
      { ...base, days: ['mon', 'tue'] },
      { ...base, minutes: base.minutes + 1 },
      { ...base, visitsPerDay: base.visitsPerDay + 1 },
      { ...base, period: base.period === 'day' ? 'night' : 'day' },
      { ...base, frequency: { everyWeeks: 3 } },
      { ...base, frequency: { weeksAYear: 2 } },
      { ...base, agreedRate: { hourly: '20.01' } },
      { ...base, agreedRate: { perNight: '20.00' } },
      { ...base, agreedRate: undefined, agreedPay: { hourly: '20.00' } },
      { ...base, sharedBy: 3 },
      sleepIn({
        resource: 'registered-provider',
        provider: 'p1',
        workers: base.workers,
        days: base.days,
        agreedRate: { hourly: '20.00' },
        agreedSource: 'Agreed',
        frequency: { everyWeeks: 2 },
        sharedBy: 2,
      }),
    ];
    const shapes = new Set([base, ...changed].map(lineShape));
    expect(shapes.size).toBe(changed.length + 1);
    // Fields that are not priced leave the shape as it was.
    expect(
      lineShape({ ...base, id: 'other', domain: 'social', activity: 'Else', from: '2026-01-01' }),
    ).toBe(lineShape(base));
  });

  it('prices every line as it would alone, when budgets repeat lines under other ids, areas and dates [H23.7]', () => {
    const renamed = fc.tuple(
      fc.constantFrom('personal-care', 'social', 'domestic'),
      fc.option(fc.constantFrom('2026-01-01', '2027-06-30'), { nil: undefined }),
    );
    fc.assert(
      fc.property(
        budgetArbitrary,
        fc.array(renamed, { minLength: 12, maxLength: 12 }),
        (budget, names) => {
          const weeks = weeksPerYearOf(card);
          const first = priceLines(budget.lines, card, weeks);
          // The same shapes again as other lines: each is taken from the shapes kept.
          const again = budget.lines.map((line, index): NeedLine => {
            const [domain, from] = names[index] ?? ['social', undefined];
            return {
              ...line,
              id: `again-${index}`,
              domain,
              activity: 'Again',
              ...(from === undefined ? {} : { from }),
            };
          });
          const second = priceLines(again, card, weeks);
          again.forEach((line, index) => {
            expect(second[index]).toEqual(priceLine(line, card, weeks));
            expect(second[index]?.line).toBe(line);
          });
          first.forEach((priced, index) =>
            expect(priced).toEqual(priceLine(budget.lines[index] as NeedLine, card, weeks)),
          );
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('gives two lines one number exactly when their shapes match but for the order of days [H23.14]', () => {
    const ordered = (line: NeedLine): NeedLine => ({ ...line, days: sortDays(line.days) });
    fc.assert(
      fc.property(budgetArbitrary, budgetArbitrary, fc.boolean(), (one, other, shuffled) => {
        const lines = [...one.lines, ...other.lines];
        // Half the time the same lines again with their days the other way round.
        if (shuffled)
          lines.push(...one.lines.map((line) => ({ ...line, days: [...line.days].reverse() })));
        // And shared by two or three, or by one named as such.
        lines.push(...other.lines.map((line, index) => ({ ...line, sharedBy: 1 + (index % 3) })));
        for (const a of lines)
          for (const b of lines) {
            const [first, second] = [lineShapeNumber(a, card), lineShapeNumber(b, card)];
            if (first === null || second === null) continue;
            expect(first === second).toBe(lineShape(ordered(a)) === lineShape(ordered(b)));
          }
      }),
      { numRuns: 200 },
    );
    // Lines with an agreed figure, a frequency, a day twice or an unknown provider keep their text.
    const base = visits({ resource: 'registered-provider', provider: 'p1' });
    expect(lineShapeNumber(base, card)).not.toBeNull();
    for (const line of [
      { ...base, agreedRate: { hourly: '20.00' } },
      { ...base, frequency: { everyWeeks: 2 } },
      { ...base, days: ['mon', 'mon'] },
      { ...base, provider: 'nobody' },
      { ...base, minutes: 5000 },
    ] as NeedLine[])
      expect(lineShapeNumber(line, card)).toBeNull();
  }, 120_000);

  it('does not keep a line priced on other weeks a year than its card’s', () => {
    const line = visits({ resource: 'personal-assistant', frequency: { everyWeeks: 2 } });
    const onCard = priceLineByShape(line, card, weeksPerYearOf(card));
    const other = priceLineByShape(line, card, new Dec(52));
    expect(other.annual.toFixed(2)).not.toBe(onCard.annual.toFixed(2));
    expect(priceLineByShape(line, card, weeksPerYearOf(card))).toEqual(onCard);
  });
});
