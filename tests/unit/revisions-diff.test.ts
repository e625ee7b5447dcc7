/** Comparing two versions of a plan, figures checked by hand (tests/helpers/revision-budgets.ts). */
import { describe, expect, it } from 'vitest';
import { priceOnCard } from '../../src/domain/pricing/price-budget';
import { compareBudgets, repriceOn } from '../../src/domain/reprice';
import { toDiffReport } from '../../src/domain/revisions/diff-report';
import type { Budget } from '../../src/domain/schema/budget';
import { budget, loadCard, splitCard, visits } from '../helpers/builders';
import { planA, planB } from '../helpers/revision-budgets';

const nextCard = () => loadCard('tests/fixtures/rate-cards/split-rates-next.json');

function diffAB() {
  const result = compareBudgets(planA(), splitCard(), planB(), splitCard());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return toDiffReport(result.value, { from: 1, to: 2 });
}

describe('comparing two revisions', () => {
  it('gives each side its totals', () => {
    const report = diffAB();
    expect(report.from).toEqual({
      budget: 'b1',
      rateCard: 'split-rates',
      revision: 1,
      totals: { weekly: '110.00', annual: '5735.73', oneOff: '0.00', firstYear: '5735.73' },
    });
    expect(report.to.totals).toEqual({
      weekly: '227.26',
      annual: '11849.95',
      oneOff: '0.00',
      firstYear: '11849.95',
    });
  });

  it('differences the totals: £117.26 a week, £6,114.22 a year', () => {
    expect(diffAB().totals).toEqual({
      weekly: '117.26',
      annual: '6114.22',
      oneOff: '0.00',
      firstYear: '6114.22',
    });
  });

  it('names a changed line, what changed in it and its weekly and annual difference', () => {
    const l1 = diffAB().lines.find((line) => line.id === 'l1');
    expect(l1?.change).toBe('changed');
    expect(l1?.changes).toEqual(['schedule', 'hours', 'rate', 'cost']);
    expect(l1?.from).toMatchObject({
      hoursWeekly: '5.00',
      rates: ['20'],
      weekly: '100.00',
      annual: '5214.30',
    });
    expect(l1?.to).toMatchObject({
      hoursWeekly: '7.00',
      rates: ['20', '30'],
      weekly: '160.00',
      annual: '8342.88',
    });
    expect(l1?.difference).toEqual({ hoursWeekly: '2.00', weekly: '60.00', annual: '3128.58' });
  });

  it('lists a removed line with its hours gone and an added line with its whole cost', () => {
    const report = diffAB();
    expect(report.lines.map((line) => [line.id, line.change])).toEqual([
      ['l1', 'changed'],
      ['l2', 'removed'],
      ['l3', 'added'],
    ]);
    expect(report.lines[1]).toMatchObject({
      to: null,
      difference: { hoursWeekly: '-21.00', weekly: '0.00', annual: '0.00' },
    });
    expect(report.lines[2]).toMatchObject({
      from: null,
      to: {
        resource: 'personal-assistant',
        rates: ['13.8084'],
        weekly: '41.43',
        annual: '2160.28',
      },
      difference: { hoursWeekly: '3.00', weekly: '41.43', annual: '2160.28' },
    });
  });

  it('shows an expense changed and the employer costs a first PA brings', () => {
    expect(
      diffAB().amounts.map((a) => [
        a.source,
        a.id,
        a.change,
        a.difference.weekly,
        a.difference.annual,
      ]),
    ).toEqual([
      ['expense', 'e1', 'changed', '2.00', '104.29'],
      ['employer-cost', 'insurance', 'added', '1.73', '90.00'],
      ['employer-cost', 'payroll', 'added', '7.50', '391.07'],
      ['employer-cost', 'training', 'added', '4.60', '240.00'],
    ]);
  });

  it('the differences of lines and amounts add up exactly to the difference of the totals', () => {
    const report = diffAB();
    const cents = (text: string) => Math.round(Number(text) * 100);
    const rows = [...report.lines, ...report.amounts];
    expect(rows.reduce((sum, row) => sum + cents(row.difference.weekly), 0)).toBe(
      cents(report.totals.weekly),
    );
    expect(rows.reduce((sum, row) => sum + cents(row.difference.annual), 0)).toBe(
      cents(report.totals.annual),
    );
  });

  it("gives each carer's change of hours and the flags gained and lost", () => {
    expect(diffAB().carers).toEqual([
      {
        id: 'c1',
        change: 'changed',
        from: {
          hoursWeekly: '21.00',
          nightsWeekly: 0,
          flags: ['carer-hours-notice', 'carer-no-break'],
        },
        to: { hoursWeekly: '0.00', nightsWeekly: 0, flags: [] },
        difference: { hoursWeekly: '-21.00' },
        flagsAdded: [],
        flagsRemoved: ['carer-hours-notice', 'carer-no-break'],
      },
    ]);
  });

  it('says a plan compared with itself is unchanged, line by line, to the penny', () => {
    const result = compareBudgets(planA(), splitCard(), planA(), splitCard());
    const report = result.ok ? toDiffReport(result.value) : null;
    expect(report?.lines.map((line) => line.change)).toEqual(['unchanged', 'unchanged']);
    expect(report?.totals.annual).toBe('0.00');
    expect(report?.carers[0]?.change).toBe('unchanged');
  });

  it('names a move to a PA as who gives it, once, and one PA for another as which assistant', () => {
    const assistants = [
      { id: 'jo', name: 'Jo', contractedHoursWeekly: '20' },
      { id: 'kim', name: 'Kim', contractedHoursWeekly: '20' },
    ];
    const byProvider = budget({ version: 4, assistants, lines: [visits({ id: 'l1' })] });
    const byJo = {
      ...byProvider,
      lines: [visits({ id: 'l1', resource: 'personal-assistant', assistant: 'jo' })],
    };
    const byKim = {
      ...byProvider,
      lines: [visits({ id: 'l1', resource: 'personal-assistant', assistant: 'kim' })],
    };
    const changesOf = (from: Budget, to: Budget) => {
      const result = compareBudgets(from, splitCard(), to, splitCard());
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return toDiffReport(result.value, { from: 1, to: 2 }).lines[0]?.changes;
    };
    expect(changesOf(byProvider, byJo)).toEqual(['resource', 'rate', 'cost']);
    expect(changesOf(byJo, byProvider)).toEqual(['resource', 'rate', 'cost']);
    expect(changesOf(byJo, byKim)).toEqual(['assistant']);
  });
});

describe('re-pricing on another rate card', () => {
  it('keeps the needs and shows the rate and cost of each line change: £5.00 a week, £260.72 a year', () => {
    const result = repriceOn(planA(), splitCard(), nextCard());
    if (!result.ok) throw new Error('expected a re-pricing');
    const report = toDiffReport(result.value);
    expect(report.to.rateCard).toBe('split-rates-next');
    expect(report.lines[0]).toMatchObject({
      id: 'l1',
      change: 'changed',
      changes: ['rate', 'cost'],
      to: { rates: ['21'], weekly: '105.00', annual: '5475.02' },
      difference: { hoursWeekly: '0.00', weekly: '5.00', annual: '260.72' },
    });
    expect(report.lines[1]?.change).toBe('unchanged');
    expect(report.totals).toEqual({
      weekly: '5.00',
      annual: '260.72',
      oneOff: '0.00',
      firstYear: '260.72',
    });
    expect(result.value.to.budget.lines).toBe(result.value.from.budget.lines);
  });

  it('refuses a card without a provider the plan uses, naming the line', () => {
    const withProvider = {
      ...planA(),
      lines: planA()
        .lines.map((line) => ({ ...line, provider: 'p1' }))
        .slice(0, 1),
    };
    const stripped = {
      ...nextCard(),
      registeredProvider: { ...nextCard().registeredProvider, providers: [] },
    };
    const result = repriceOn(withProvider, splitCard(), stripped);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['lines[0].provider']);
  });

  it('prices the same as pricing the budget on the new card directly', () => {
    const result = repriceOn(planA(), splitCard(), nextCard());
    const direct = priceOnCard({ ...planA(), rateCard: 'split-rates-next' }, nextCard());
    expect(result.ok && direct.ok ? result.value.to.totals.annual.toFixed(2) : null).toBe(
      '5996.45',
    );
  });
});
