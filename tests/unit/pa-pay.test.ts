/** The inverse PA calculator: the highest hourly pay a direct-payment rate allows, to the penny. */
import { describe, expect, it } from 'vitest';
import { highestPaPay, readPaPayInputs } from '../../src/domain/pricing/pa-pay';
import { loadCard, splitCard } from '../helpers/builders';
import { price as runPrice } from '../helpers/run-price';

const england = loadCard('rate-cards/england-2026-27.json');

describe('the highest PA pay a direct-payment rate allows', () => {
  it('works £18.50 an hour for 16 hours down to £15.57 pay, which fits where £15.58 does not', () => {
    // £296.00 funded − £9.23 employer costs = £286.77; ÷ (16 × 1.1507) = £15.5758…
    const result = highestPaPay({ rate: '18.50', hours: '16' }, england);
    expect(result.funded.toFixed(2)).toBe('296.00');
    expect(result.employerWeekly.toFixed(2)).toBe('9.23');
    expect(result.highest?.pay.toFixed(2)).toBe('15.57');
    expect(result.highest?.totalWeekly.toFixed(2)).toBe('295.89');
    expect(result.nextPenny?.totalWeekly.toFixed(2)).toBe('296.08');
    expect(result.floor).toEqual({ amount: expect.anything(), reached: true });
  });

  it('takes the penny above the exact pay when the weekly half-up rounding lets it fit', () => {
    // Split card: on-costs 15.07%, employer costs £1.73 + £7.50 + £4.60 = £13.83 a week.
    // Rate £13.84 for 1 hour leaves £0.01; pay £0.01 × 1.1507 = £0.011507 → £0.01 fits,
    // though £0.01 ÷ 1.1507 = £0.00869… is under a penny.
    const result = highestPaPay({ rate: '13.84', hours: '1' }, splitCard());
    expect(result.exactPay.lt('0.01')).toBe(true);
    expect(result.highest?.pay.toFixed(2)).toBe('0.01');
    expect(result.highest?.totalWeekly.toFixed(2)).toBe('13.84');
  });

  it('finds no pay when the employer costs use up the funding', () => {
    const result = highestPaPay({ rate: '13.83', hours: '1' }, splitCard());
    expect(result.highest).toBeNull();
  });

  it('says when the highest pay is below the card’s floor', () => {
    const result = highestPaPay({ rate: '14.00', hours: '10' }, england);
    expect(result.highest?.pay.toFixed(2)).toBe('11.36');
    expect(result.floor?.reached).toBe(false);
  });

  it('refuses a rate or hours that are not numbers in range, naming which', () => {
    expect(readPaPayInputs('£18.5', '37.5')).toEqual({
      ok: true,
      value: { rate: '18.50', hours: '37.5' },
    });
    expect(readPaPayInputs('-1', '0')).toEqual({ ok: false, wrong: ['rate', 'hours'] });
    expect(readPaPayInputs('18.50', '169')).toEqual({ ok: false, wrong: ['hours'] });
  });
});

describe('npm run price -- pa-pay', () => {
  it('prints the highest pay with its working as JSON', async () => {
    const run = await runPrice(['pa-pay', '--rate', '18.50', '--hours', '16']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      rateCard: 'england-2026-27',
      highestPay: '15.57',
      weeklyAtHighest: '295.89',
      reachesFloor: true,
    });
    expect(report['working']).toContain(
      'Check: £15.57 × 1.1507 × 16 hours = £286.662384 → £286.66; with employer costs £286.66 + £9.23 = £295.89, within £296.00',
    );
  });

  it('refuses bad hours with a message naming the option, and prints nothing', async () => {
    const run = await runPrice(['pa-pay', '--rate', '18.50', '--hours', 'lots']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--hours must be a number of hours a week above 0 and up to 168');
  });
});
