/** The commissioner's view: settings, break-even hours and the value of unpaid care, by hand. */
import { describe, expect, it } from 'vitest';
import { valueUnpaidCare } from '../../src/domain/commissioner';
import { priceBudget } from '../../src/domain/pricing/price-budget';
import { diffPricings } from '../../src/domain/revisions/diff';
import { toDiffReport } from '../../src/domain/revisions/diff-report';
import { moveLinesToPaid } from '../../src/domain/revisions/what-if';
import { toReport } from '../../src/domain/report';
import { splitCard } from '../helpers/builders';
import { planA } from '../helpers/revision-budgets';

describe('home against each setting', () => {
  it('gives weekly, annual, difference and break-even extra provider hours', () => {
    expect(toReport(priceBudget(planA(), splitCard())).settings).toEqual([
      // 800 × 52.143 = 41,714.40; (800 − 110) ÷ 20 = 34.5 hours
      {
        id: 'residential',
        weekly: '800.00',
        annual: '41714.40',
        difference: '-35978.67',
        extraProviderHoursWeekly: '34.50',
      },
      // 1,254.06 × 52.143 = 65,390.45058; (1,254.06 − 110) ÷ 20 = 57.203 hours
      {
        id: 'nursing',
        weekly: '1254.06',
        annual: '65390.45',
        difference: '-59654.72',
        extraProviderHoursWeekly: '57.20',
      },
    ]);
  });
});

describe('what the plan would cost if the carers could no longer care', () => {
  const value = () => {
    const found = valueUnpaidCare(priceBudget(planA(), splitCard()));
    if (found === null) throw new Error('expected unpaid care to value');
    return found;
  };

  it('counts the unpaid hours the plan relies on', () => {
    expect(value().hours.toFixed(2)).toBe('21.00');
  });

  it('at the PA rate: £310.69 a week of care plus £13.83 of employer costs', () => {
    // 15 h × £13.8084 + 6 h × £17.2605 = £310.689 → £310.69; × 52.143 = £16,200.31
    const pa = toDiffReport(value().byResource['personal-assistant']);
    expect(pa.lines.find((line) => line.id === 'l2')?.difference).toEqual({
      hoursWeekly: '0.00',
      weekly: '310.69',
      annual: '16200.31',
    });
    expect(pa.totals).toMatchObject({ weekly: '324.52', annual: '16921.38' });
    expect(pa.to.totals).toMatchObject({ weekly: '434.52', annual: '22657.11' });
  });

  it('at the standard provider rate: £480.00 a week, £25,028.64 a year', () => {
    const provider = toDiffReport(value().byResource['registered-provider']);
    expect(provider.totals).toMatchObject({ weekly: '480.00', annual: '25028.64' });
  });

  it('is nothing to value when no carer is named on a line', () => {
    expect(
      valueUnpaidCare(priceBudget({ ...planA(), lines: planA().lines.slice(0, 1) }, splitCard())),
    ).toBeNull();
  });
});

describe('the what-if: moving a carer’s hours to paid support', () => {
  it('shows the cost and the flags change, and leaves the plan as it was', () => {
    const plan = planA();
    const before = priceBudget(plan, splitCard());
    const after = priceBudget(moveLinesToPaid(plan, ['l2'], 'registered-provider'), splitCard());
    const report = toDiffReport(diffPricings(before, after));
    expect(report.totals.weekly).toBe('480.00');
    expect(report.lines[1]).toMatchObject({
      changes: ['resource', 'rate', 'cost'],
      to: { resource: 'registered-provider', carer: null },
    });
    expect(report.carers[0]?.flagsRemoved).toEqual(['carer-hours-notice', 'carer-no-break']);
    expect(plan.lines[1]).toMatchObject({ resource: 'unpaid-carer', carer: 'c1' });
  });

  it('moves only unpaid-carer lines', () => {
    expect(moveLinesToPaid(planA(), ['l1'], 'personal-assistant').lines[0]?.resource).toBe(
      'registered-provider',
    );
  });
});
