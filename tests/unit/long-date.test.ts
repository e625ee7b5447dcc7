/**
 * Dates in words in both languages, whether or not the runtime's Intl has Welsh (Node's
 * full ICU does; Chromium's does not, and gives "March 31, 2026"): the Welsh put together
 * here is exactly what full ICU gives, for every month, in UTC and in the device's zone.
 */
import { describe, expect, it } from 'vitest';
import { intlHasLocale, longDateFormatter } from '../../src/domain/long-date';

const MONTHS = Array.from(
  { length: 12 },
  (_, month) => new Date(Date.UTC(2026, month, 9 + month, 12)),
);

describe('dates in words', () => {
  it('runs on a Node whose Intl has Welsh, so full ICU can be the reference', () => {
    expect(intlHasLocale('cy-GB')).toBe(true);
    expect(
      new Intl.DateTimeFormat('cy-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(MONTHS[2]),
    ).toBe('11 Mawrth 2026');
  });

  it.each(['UTC', 'device'] as const)(
    'puts together the Welsh of full ICU for every month (%s)',
    (zone) => {
      const own = longDateFormatter('cy-GB', zone, false);
      const icu = longDateFormatter('cy-GB', zone, true);
      for (const date of MONTHS) expect(own(date)).toBe(icu(date));
    },
  );

  it('uses Intl where the runtime has the language', () => {
    const english = longDateFormatter('en-GB', 'UTC');
    expect(english(new Date('2026-03-31T00:00:00Z'))).toBe('31 March 2026');
    expect(longDateFormatter('cy-GB', 'UTC', false)(new Date('2026-03-31T00:00:00Z'))).toBe(
      '31 Mawrth 2026',
    );
  });
});
