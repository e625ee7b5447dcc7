import { describe, expect, it } from 'vitest';
import { formatExact, formatHours, formatMoney, formatRate } from '../../src/domain/format';
import {
  Dec,
  parseMoney,
  roundHoursForDisplay,
  roundToPenny,
  sumMoney,
  toMoneyText,
} from '../../src/domain/money';

describe('the one rounding rule: half-up to the penny', () => {
  it.each([
    ['120.525', '120.53'],
    ['120.524999', '120.52'],
    ['0.005', '0.01'],
    ['0.0049', '0.00'],
    ['899.92', '899.92'],
    ['46924.52856', '46924.53'],
  ])('%s rounds to %s', (exact, rounded) => {
    expect(toMoneyText(roundToPenny(new Dec(exact)))).toBe(rounded);
  });

  it('rounds a half away from zero for a negative difference too', () => {
    expect(toMoneyText(roundToPenny(new Dec('-0.005')))).toBe('-0.01');
  });

  it('keeps thirds of an hour exact until the one rounding step [H6.1]', () => {
    // 20 minutes at £32.14: 642.8 / 60 = 10.71333…, never 0.33 h × £32.14 = £10.61
    expect(toMoneyText(roundToPenny(new Dec(20).times('32.14').div(60)))).toBe('10.71');
  });

  it('does not use binary floating point anywhere: 0.1 + 0.2 is 0.30 [H6.2]', () => {
    expect(toMoneyText(sumMoney([parseMoney('0.10'), parseMoney('0.20')]))).toBe('0.30');
  });

  it('sums pennies without rounding them again [H6.3]', () => {
    const many = Array.from({ length: 1000 }, () => parseMoney('0.01'));
    expect(toMoneyText(sumMoney(many))).toBe('10.00');
  });

  it('shows hours half-up to two places, for display only', () => {
    expect(roundHoursForDisplay(new Dec(20).div(60))).toBe('0.33');
    expect(roundHoursForDisplay(new Dec(40).div(60))).toBe('0.67');
    expect(roundHoursForDisplay(new Dec('0.125'))).toBe('0.13');
  });
});

describe('the formatter for people', () => {
  it('writes money in pounds with thousands separators', () => {
    expect(formatMoney('46924.53')).toBe('£46,924.53');
    expect(formatMoney(parseMoney('0.50'))).toBe('£0.50');
  });

  it('writes money for Welsh readers in the cy-GB locale', () => {
    expect(formatMoney('1234.50', 'cy-GB')).toBe('£1,234.50');
  });

  it('formats a huge amount exactly, never through a float', () => {
    expect(formatMoney('999999999.99')).toBe('£999,999,999.99');
  });

  it('writes hours to two places', () => {
    expect(formatHours(new Dec(100).div(60))).toBe('1.67');
  });

  it('shows an exact intermediate figure in full, or cut with an ellipsis', () => {
    expect(formatExact(new Dec('15.476915'))).toBe('15.476915');
    expect(formatExact(new Dec(1).div(3))).toBe('0.333333…');
    expect(formatRate(new Dec('30.5'))).toBe('30.50');
    expect(formatRate(new Dec('114.375'))).toBe('114.375');
  });
});
