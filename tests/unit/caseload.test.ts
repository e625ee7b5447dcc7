/** The caseload's figures: sums of each budget's own rounded totals, and the rules of its statistics. */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryHours, toCaseloadEntry, type CaseloadEntry } from '../../src/domain/caseload/entry';
import { bandWidth, histogramOf } from '../../src/domain/caseload/histogram';
import {
  mostCountedCard,
  mostNamedCard,
  priceCaseloadBudget,
} from '../../src/domain/caseload/price';
import { meanOf, medianOfSorted, quartilesOfSorted } from '../../src/domain/caseload/statistics';
import { summariseCaseload } from '../../src/domain/caseload/summary';
import { parseMoney, roundHoursForDisplay, type Money } from '../../src/domain/money';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import { hoursInTotal } from '../../src/domain/pricing/totals';
import { readBudget } from '../../src/domain/read';
import { toReport } from '../../src/domain/report';
import type { Budget } from '../../src/domain/schema/budget';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { budgetArbitrary } from '../helpers/arbitraries';
import { carer, loadCard, price, splitCard, visits } from '../helpers/builders';

const england = loadCard('rate-cards/england-2025-26.json');
/** Every caseload here is priced as at this one day. */
const AS_OF = '2025-10-15';
const money = (...amounts: string[]): Money[] => amounts.map(parseMoney);
const text = (amount: Money | null) => amount?.toFixed(2) ?? null;
const sum = (amounts: readonly string[]) =>
  amounts.reduce((t, a) => t.plus(a), new Decimal(0)).toFixed(2);

function entriesOf(budgets: readonly Budget[], card = england): CaseloadEntry[] {
  return budgets.map((budget) => {
    const result = priceCaseloadBudget(budget, card, `${budget.id}.json`, { asOf: AS_OF });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.value;
  });
}

describe('caseload totals', { timeout: 30_000 }, () => {
  const budgets = generateBudgets({ count: 200, seed: 7, rateCard: england });
  const reports = budgets.map((budget) => {
    const priced = priceOnCard(budget, england, { asOf: AS_OF });
    if (!priced.ok) throw new Error('generated budget not priceable');
    return toReport(priced.value);
  });
  const summary = summariseCaseload(entriesOf(budgets), england, AS_OF);

  it('are the sums of each budget’s rounded totals, to the penny', () => {
    expect(summary.count).toBe(200);
    expect(summary.totals.weekly).toBe(sum(reports.map((r) => r.totals.weekly)));
    expect(summary.totals.annual).toBe(sum(reports.map((r) => r.totals.annual)));
    expect(summary.totals.oneOff).toBe(sum(reports.map((r) => r.totals.oneOff)));
    expect(summary.totals.firstYear).toBe(sum(reports.map((r) => r.totals.firstYear)));
  });

  it('by area of life and by who gives the support add up to the annual total', () => {
    expect(sum(Object.values(summary.byDomain).map((a) => a.annual))).toBe(summary.totals.annual);
    expect(sum(Object.values(summary.byResource).map((a) => a.annual))).toBe(summary.totals.annual);
    expect(summary.byDomain['personal-care']?.annual).toBe(
      sum(reports.map((r) => r.byDomain['personal-care']?.annual ?? '0')),
    );
  });

  // Generated budgets hold plans in time: only the lines active as at the date priced count,
  // each averaged over the weeks it comes (rule 9).
  it('hours by resource are the exact hours of every budget, rounded once for display', () => {
    const active = budgets.flatMap((b) => {
      const priced = priceOnCard(b, england, { asOf: AS_OF });
      return priced.ok ? priced.value.lines.map((p) => p.line) : [];
    });
    const hours = active
      .filter((l) => l.resource === 'personal-assistant' && l.kind === 'visits')
      .reduce((t, l) => {
        const week = new Decimal(
          l.kind === 'visits' ? l.minutes * l.visitsPerDay * l.workers * l.days.length : 0,
        ).div(60);
        const { everyWeeks, weeksAYear } = l.frequency ?? {};
        if (everyWeeks !== undefined) return t.plus(week.div(everyWeeks));
        return t.plus(
          weeksAYear === undefined ? week : week.times(weeksAYear).div(england.weeksPerYear),
        );
      }, new Decimal(0));
    expect(summary.hoursWeekly['personal-assistant']).toBe(
      hours.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
    );
  });

  it('each budget’s hours in the table are the hours it has on its own, lines every other week or in respite weeks averaged', () => {
    expect(budgets.some((b) => b.lines.some((l) => l.frequency !== undefined))).toBe(true);
    for (const budget of budgets) {
      const priced = priceOnCard(budget, england, { asOf: AS_OF });
      if (!priced.ok) throw new Error('generated budget not priceable');
      expect(entryHours(toCaseloadEntry(priced.value, 'f.json'))).toBe(
        roundHoursForDisplay(hoursInTotal(priced.value.lines)),
      );
    }
  });

  it('count budgets with each carer flag and each warning once, however many carers or lines have it', () => {
    const withFlag = (id: string) =>
      reports.filter((r) => r.carers.some((c) => c.flags.includes(id as never))).length;
    const withWarning = (id: string) =>
      reports.filter((r) => r.warnings.some((w) => w.id === id)).length;
    for (const [id, count] of Object.entries(summary.carerFlags)) expect(count).toBe(withFlag(id));
    for (const [id, count] of Object.entries(summary.warnings)) expect(count).toBe(withWarning(id));
    expect(summary.warnings['short-visit']).toBeGreaterThan(0);
  });

  it('compare the whole caseload at home with the same people each in a care home', () => {
    const residential = summary.settings.find((s) => s.id === 'residential');
    const perPerson = reports[0]?.settings.find((s) => s.id === 'residential')?.annual ?? '';
    expect(residential?.settingAnnual).toBe(new Decimal(perPerson).times(200).toFixed(2));
    expect(residential?.difference).toBe(
      new Decimal(summary.totals.annual).minus(residential?.settingAnnual ?? 0).toFixed(2),
    );
    const dearer = reports.filter((r) =>
      new Decimal(r.settings.find((s) => s.id === 'residential')?.difference ?? 0).gt(0),
    );
    expect(residential?.costMoreAtHome).toBe(dearer.length);
  });

  it('list the ten highest-cost budgets, dearest first, and every outlier above Q3 + 1.5 × IQR', () => {
    const byCost = [...reports].sort((a, b) =>
      new Decimal(b.totals.annual).comparedTo(a.totals.annual),
    );
    expect(summary.highest).toHaveLength(10);
    expect(summary.highest[0]?.id).toBe(byCost[0]?.budget);
    const limit = summary.annual?.quartiles?.outlierAbove ?? '';
    expect(summary.outliers.map((b) => b.id)).toEqual(
      byCost.filter((r) => new Decimal(r.totals.annual).gt(limit)).map((r) => r.budget),
    );
    expect(summary.outliers.length).toBeGreaterThan(0);
  });

  it('hold the histogram’s counts to the number of budgets', () => {
    expect(summary.histogram.reduce((t, band) => t + band.count, 0)).toBe(200);
  });
});

describe('for any caseload of budgets', { timeout: 30_000 }, () => {
  it('the total is the sum of the budgets’ totals to the penny, whatever their order', () => {
    const card = splitCard();
    const valid = budgetArbitrary.filter((b) => readBudget(b).ok);
    fc.assert(
      fc.property(fc.array(valid, { minLength: 1, maxLength: 8 }), (budgets) => {
        const entries = entriesOf(
          budgets.map((b, i) => ({ ...b, id: `b${i}` })),
          card,
        );
        const summary = summariseCaseload(entries, card, AS_OF);
        expect(summary.totals.annual).toBe(sum(entries.map((e) => e.totals.annual)));
        expect(summary.totals.firstYear).toBe(sum(entries.map((e) => e.totals.firstYear)));
        expect(summariseCaseload([...entries].reverse(), card, AS_OF)).toEqual(summary);
      }),
      { numRuns: 60 },
    );
  });
});

describe("a budget's hours on the caseload table", () => {
  it('are its whole minutes ÷ 60 and its averaged hours, rounded half-up to the hundredth once', () => {
    const resources = ['registered-provider', 'personal-assistant', 'unpaid-carer', 'community'];
    const averaged = fc.oneof(
      { weight: 3, arbitrary: fc.constant('0') },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 10 ** 6 }).map((n) => `${n / 64}`) },
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 4, maxLength: 4 }),
        fc.array(averaged, { minLength: 4, maxLength: 4 }),
        (minutes, hours) => {
          const entry = {
            minutesWeekly: Object.fromEntries(resources.map((r, i) => [r, minutes[i]])),
            averagedHoursWeekly: Object.fromEntries(resources.map((r, i) => [r, hours[i]])),
          } as unknown as Pick<CaseloadEntry, 'minutesWeekly' | 'averagedHoursWeekly'>;
          const exact = hours.reduce(
            (sum, h) => sum.plus(h),
            new Decimal(minutes.reduce((a, b) => a + b, 0)).div(60),
          );
          expect(entryHours(entry)).toBe(roundHoursForDisplay(exact));
        },
      ),
      { numRuns: 500 },
    );
    // 1 minute is 0.01666… hours (up), 2 minutes 0.0333… (down), 3 minutes 0.05 exactly.
    const only = (minutes: number) =>
      entryHours({
        minutesWeekly: {
          'registered-provider': minutes,
          'personal-assistant': 0,
          'unpaid-carer': 0,
          community: 0,
        },
        averagedHoursWeekly: {
          'registered-provider': '0',
          'personal-assistant': '0',
          'unpaid-carer': '0',
          community: '0',
        },
      });
    expect([only(1), only(2), only(3), only(0), only(90)]).toEqual([
      '0.02',
      '0.03',
      '0.05',
      '0.00',
      '1.50',
    ]);
  });
});

describe('caseload statistics', () => {
  it('the mean is the total over the count, rounded half-up to the penny', () => {
    expect(text(meanOf(money('0.01', '0.02')))).toBe('0.02');
    expect(text(meanOf(money('10.00', '10.00', '10.01')))).toBe('10.00');
    expect(meanOf([])).toBeNull();
  });

  it('the median of an even count is the mean of the middle two, rounded half-up', () => {
    expect(text(medianOfSorted(money('1.00', '100.00', '100.01', '500.00')))).toBe('100.01');
    expect(text(medianOfSorted(money('1.00', '2.00', '3.00')))).toBe('2.00');
  });

  it('quartiles are Tukey’s hinges, and outliers lie strictly above Q3 + 1.5 × IQR', () => {
    const q = quartilesOfSorted(
      money('10.00', '20.00', '30.00', '40.00', '50.00', '60.00', '70.00', '80.00'),
    );
    expect([text(q?.q1 ?? null), text(q?.q3 ?? null), text(q?.outlierAbove ?? null)]).toEqual([
      '25.00',
      '65.00',
      '125.00',
    ]);
    expect(quartilesOfSorted(money('1.00', '2.00', '3.00'))).toBeNull();
  });

  it('bands have a round width covering everything up to the outlier threshold in ten bands or fewer', () => {
    expect(bandWidth(parseMoney('45000.00')).toString()).toBe('5000');
    expect(bandWidth(parseMoney('50000.00')).toString()).toBe('10000');
    expect(bandWidth(parseMoney('300.00')).toString()).toBe('500');
    const bands = histogramOf(
      money('0.00', '4999.99', '5000.00', '12000.00', '90000.00'),
      parseMoney('12000.00'),
    );
    expect(bands.map((b) => [b.from.toFixed(2), b.to?.toFixed(2) ?? null, b.count])).toEqual([
      ['0.00', '2000.00', 1],
      ['2000.00', '4000.00', 0],
      ['4000.00', '6000.00', 2],
      ['6000.00', '8000.00', 0],
      ['8000.00', '10000.00', 0],
      ['10000.00', '12000.00', 0],
      ['12000.00', '14000.00', 1],
      ['14000.00', null, 1],
    ]);
  });

  it('the default card is the one most budgets name, of those known', () => {
    const named = (...ids: string[]) => ids.map((rateCard) => ({ rateCard }));
    expect(mostNamedCard(named('b', 'a', 'b', 'x', 'x', 'x'), ['a', 'b'])).toBe('b');
    expect(mostNamedCard(named('a', 'b'), ['a', 'b'])).toBe('a');
    expect(mostNamedCard(named('x'), ['a'])).toBeNull();
    // The same from counts, as the caseload page keeps them while it reads.
    const counted = (counts: Record<string, number>) => new Map(Object.entries(counts));
    expect(mostCountedCard(counted({ b: 2, a: 1, x: 3 }), ['a', 'b'])).toBe('b');
    expect(mostCountedCard(counted({ b: 1, a: 1 }), ['a', 'b'])).toBe('a');
    expect(mostCountedCard(counted({ x: 1, a: 0 }), ['a'])).toBeNull();
  });

  it('an entry counts a flag once however many carers have it', () => {
    const pricing = price({
      carers: [carer({ id: 'c1' }), carer({ id: 'c2' })],
      lines: ['c1', 'c2'].map((id) =>
        visits({
          id: `l-${id}`,
          resource: 'unpaid-carer',
          carer: id,
          minutes: 600,
          days: ['mon', 'tue', 'wed', 'thu'],
        }),
      ),
    });
    expect(toCaseloadEntry(pricing, 'f.json').carerFlags).toEqual(['carer-hours-high']);
  });
});

describe('the generator', { timeout: 30_000 }, () => {
  it('gives the same budgets for the same seed, and different ones for another', () => {
    const a = generateBudgets({ count: 20, seed: 3, rateCard: england });
    expect(generateBudgets({ count: 20, seed: 3, rateCard: england })).toEqual(a);
    expect(generateBudgets({ count: 20, seed: 4, rateCard: england })).not.toEqual(a);
  });

  it('makes budgets that are valid files, priceable on their card, with the lines asked for', () => {
    for (const card of ['england-2025-26', 'wales-2025-26'].map((id) =>
      loadCard(`rate-cards/${id}.json`),
    )) {
      for (const budget of generateBudgets({
        count: 300,
        seed: 11,
        rateCard: card,
        linesPerBudget: 20,
      })) {
        const read = readBudget(JSON.parse(JSON.stringify(budget)));
        expect(read.ok ? [] : read.problems).toEqual([]);
        expect(priceOnCard(budget, card).ok).toBe(true);
        expect(budget.lines).toHaveLength(20);
        expect(budget.title).toContain('(synthetic)');
      }
    }
  });
});
