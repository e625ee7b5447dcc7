import { describe, expect, it } from 'vitest';
import { report, visits } from '../helpers/builders';

// split-rates: residential 800.00 a week; nursing 1000.00 + FNC 254.06; standard day weekday 20.00.

describe('home against residential and nursing settings', () => {
  it('a setting costs its weekly fee plus NHS-funded Nursing Care, × weeks a year, rounded', () => {
    const settings = report({}).settings;
    expect(settings.map((s) => [s.id, s.weekly, s.annual])).toEqual([
      ['residential', '800.00', '41714.40'],
      ['nursing', '1254.06', '65390.45'], // 1254.06 × 52.143 = 65390.45…
    ]);
  });

  it('the difference is the plan’s annual total less the setting’s: negative when home costs less', () => {
    const settings = report({
      lines: [visits({ minutes: 600, days: ['mon', 'tue', 'wed', 'thu', 'fri'] })],
    }).settings;
    // 50 h × 20.00 = 1000.00 a week, 52143.00 a year
    expect(settings.map((s) => s.difference)).toEqual(['10428.60', '-13247.45']);
  });

  it('shows the provider hours the plan could add before it costs the same as the setting', () => {
    const settings = report({
      lines: [visits({ minutes: 600, days: ['mon', 'tue', 'wed', 'thu', 'fri'] })],
    }).settings;
    // residential: (800 − 1000) / 20 = −10 h (already over); nursing: 254.06 / 20 = 12.703 h
    expect(settings.map((s) => s.extraProviderHoursWeekly)).toEqual(['-10.00', '12.70']);
  });
});
