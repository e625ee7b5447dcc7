import { describe, expect, it } from 'vitest';
import { carer, report, visits } from '../helpers/builders';

describe('short-visit', () => {
  it('warns of a personal-care visit under 30 minutes by a provider', () => {
    expect(report({ lines: [visits({ minutes: 29 })] }).warnings).toEqual([
      { id: 'short-visit', line: 'l1', minutes: 29 },
    ]);
  });

  it('does not warn at 30 minutes', () => {
    expect(report({ lines: [visits({ minutes: 30 })] }).warnings).toEqual([]);
  });

  it('warns for a PA too, but not for an unpaid carer or the community', () => {
    const warnings = report({
      carers: [carer()],
      lines: [
        visits({ id: 'pa', minutes: 15, resource: 'personal-assistant' }),
        visits({ id: 'carer', minutes: 15, resource: 'unpaid-carer', carer: 'c1' }),
        visits({ id: 'club', minutes: 15, resource: 'community' }),
      ],
    }).warnings;
    expect(warnings).toEqual([{ id: 'short-visit', line: 'pa', minutes: 15 }]);
  });

  it('does not warn outside personal care', () => {
    expect(report({ lines: [visits({ minutes: 15, domain: 'domestic' })] }).warnings).toEqual([]);
  });
});

describe('pa-needs-direct-payment', () => {
  it('warns of each PA line when the money is held as a notional budget [H5.3]', () => {
    const warnings = report({
      fundingRoute: 'notional',
      lines: [visits({ id: 'pa', resource: 'personal-assistant' }), visits({ id: 'agency' })],
    }).warnings;
    expect(warnings).toEqual([{ id: 'pa-needs-direct-payment', line: 'pa' }]);
  });

  it('does not warn with a direct payment', () => {
    expect(report({ lines: [visits({ resource: 'personal-assistant' })] }).warnings).toEqual([]);
  });
});

describe('over-indicative', () => {
  it('warns, with the amount over, when the annual total exceeds the indicative sum', () => {
    // 1 h at 20.00 on Monday: 20.00 a week, 1042.86 a year
    const priced = report({ indicativeAnnual: '1042.85', lines: [visits()] });
    expect(priced.warnings).toEqual([{ id: 'over-indicative', over: '0.01' }]);
    expect(priced.indicative).toEqual({ annual: '1042.85', difference: '0.01' });
  });

  it('does not warn when the annual total equals it', () => {
    expect(report({ indicativeAnnual: '1042.86', lines: [visits()] }).warnings).toEqual([]);
  });

  it('has nothing to compare when there is no indicative sum', () => {
    expect(report({ indicativeAnnual: null, lines: [visits()] }).indicative).toBeNull();
  });
});
