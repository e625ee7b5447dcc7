/**
 * Rates agreed for one line and support shared between people (pricing rules 17 and 18):
 * the rules as small tests, their invariants as properties, and the caseload's count of
 * lines on agreed rates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreedInCaseload } from '../../src/domain/caseload/agreed';
import { readBudget } from '../../src/domain/read';
import { compareBudgets, repriceOn } from '../../src/domain/reprice';
import { toDiffReport } from '../../src/domain/revisions/diff-report';
import { addRevision, budgetAtRevision } from '../../src/domain/revisions/history';
import { createI18n } from '../../src/i18n';
import { diffText } from '../../src/io/diff-text';
import { toCaseloadEntry } from '../../src/domain/caseload/entry';
import { summariseCaseload } from '../../src/domain/caseload/summary';
import { DAYS } from '../../src/domain/days';
import { priceLine } from '../../src/domain/pricing/line';
import { weeksPerYearOf } from '../../src/domain/pricing/per-card';
import type { NeedLine } from '../../src/domain/schema/budget';
import { traditionalPackage } from '../../src/domain/traditional';
import { budget, loadCard, price, report, sleepIn, splitCard, visits } from '../helpers/builders';

const card = splitCard();
const weeks = weeksPerYearOf(card);
const floorCard = loadCard('tests/fixtures/rate-cards/split-rates-floor.json');
/** A card whose every hourly rate is one figure, so "the card's rate" of a line is one number. */
const england = loadCard('rate-cards/england-2025-26.json');
const source = { agreedSource: 'Agreed by the CHC team, 3 March 2026' };

describe('rule 17: a rate agreed for one line', () => {
  it('replaces a provider’s rate on every day, weekend and night alike [H20.1]', () => {
    const line = visits({
      days: ['mon', 'sat'],
      period: 'night',
      agreedRate: { hourly: '24.80' },
      ...source,
    });
    const priced = priceLine(line, card, weeks);
    expect(priced.segments.map((segment) => segment.rate.toString())).toEqual(['24.8', '24.8']);
    expect(priced.weekly.toFixed(2)).toBe('49.60');
  });

  it('replaces a named provider’s rates too', () => {
    const priced = priceLine(
      visits({ provider: 'p2', agreedRate: { hourly: '19.00' }, ...source }),
      card,
      weeks,
    );
    expect(priced.weekly.toFixed(2)).toBe('19.00');
  });

  it('adds the card’s on-costs to a PA’s agreed pay', () => {
    const priced = priceLine(
      visits({ resource: 'personal-assistant', agreedPay: { hourly: '15.00' }, ...source }),
      card,
      weeks,
    );
    // £15.00 × 1.1507 = £17.2605
    expect(priced.exactWeekly.toString()).toBe('17.2605');
    expect(priced.weekly.toFixed(2)).toBe('17.26');
  });

  it('prices an agreed sleep-in per night, and leaves a visits line’s sleep-in figure unused', () => {
    const priced = priceLine(
      sleepIn({
        resource: 'registered-provider',
        days: ['fri', 'sat'],
        agreedRate: { perNight: '140.00' },
        ...source,
      }),
      card,
      weeks,
    );
    expect(priced.weekly.toFixed(2)).toBe('280.00');
  });

  it('never reaches the traditional package, which keeps the card’s standard rates', () => {
    const pricing = price({ lines: [visits({ agreedRate: { hourly: '50.00' }, ...source })] });
    const traditional = traditionalPackage(pricing);
    expect(pricing.totals.weekly.toFixed(2)).toBe('50.00');
    expect(traditional.weekly.toFixed(2)).toBe('20.00');
  });

  it('warns of PA pay below the card’s floor, and not of pay exactly at it [H20.4]', () => {
    const lines: NeedLine[] = [
      visits({
        id: 'at',
        resource: 'personal-assistant',
        agreedPay: { hourly: '12.71' },
        ...source,
      }),
      visits({
        id: 'under',
        resource: 'personal-assistant',
        agreedPay: { hourly: '12.70' },
        ...source,
      }),
      visits({ id: 'card', resource: 'personal-assistant', days: ['mon', 'sat'] }),
      sleepIn({ id: 'night', agreedPay: { perNight: '1.00' }, ...source }),
    ];
    const warnings = report({ lines }, floorCard).warnings.filter(
      (warning) => warning.id === 'pay-below-floor',
    );
    // The card's own weekday pay £12.00 is under the floor too; its weekend £15.00 is not, and the lowest is named.
    expect(warnings).toEqual([
      { id: 'pay-below-floor', line: 'under', pay: '12.70', floor: '12.71' },
      { id: 'pay-below-floor', line: 'card', pay: '12.00', floor: '12.71' },
    ]);
  });

  it('gives no pay warning on a card without a floor', () => {
    const lines = [
      visits({ resource: 'personal-assistant', agreedPay: { hourly: '1.00' }, ...source }),
    ];
    expect(report({ lines }).warnings).toEqual([]);
  });
});

describe('rule 18: support shared between people', () => {
  it('divides the week before rounding, and keeps the hours the person receives [H20.2]', () => {
    // 7 days × 1 h: 5 × £20.00 + 2 × £30.00 = £160.00; ÷ 3 = £53.333… → £53.33
    const priced = priceLine(visits({ days: [...DAYS], sharedBy: 3 }), card, weeks);
    expect(priced.exactUnshared.toString()).toBe('160');
    expect(priced.weekly.toFixed(2)).toBe('53.33');
    expect(priced.hours.toString()).toBe('7');
  });

  it('shares a sleep-in the same way', () => {
    const priced = priceLine(
      sleepIn({ resource: 'registered-provider', days: ['fri'], sharedBy: 4 }),
      card,
      weeks,
    );
    expect(priced.weekly.toFixed(2)).toBe('25.00');
    expect(priced.nights).toBe(1);
  });

  it('shares the traditional package the same way', () => {
    const pricing = price({
      lines: [visits({ resource: 'personal-assistant', days: ['mon', 'tue', 'wed'], sharedBy: 2 })],
    });
    // As a provider at the standard rate: 3 h × £20.00 = £60.00 ÷ 2 = £30.00
    expect(traditionalPackage(pricing).weekly.toFixed(2)).toBe('30.00');
  });
});

const paidLine = fc
  .record({
    resource: fc.constantFrom('registered-provider' as const, 'personal-assistant' as const),
    kind: fc.constantFrom('visits' as const, 'sleep-in' as const),
    minutes: fc.integer({ min: 1, max: 600 }),
    visitsPerDay: fc.integer({ min: 1, max: 2 }),
    workers: fc.integer({ min: 1, max: 4 }),
    period: fc.constantFrom('day' as const, 'night' as const),
    days: fc.subarray([...DAYS], { minLength: 1 }),
    frequency: fc.option(
      fc.oneof(
        fc.integer({ min: 2, max: 52 }).map((everyWeeks) => ({ everyWeeks })),
        fc.integer({ min: 1, max: 52 }).map((weeksAYear) => ({ weeksAYear })),
      ),
      { nil: undefined },
    ),
  })
  .map(({ kind, minutes, visitsPerDay, period, frequency, ...rest }): NeedLine => {
    const line =
      kind === 'visits' ? visits({ ...rest, minutes, visitsPerDay, period }) : sleepIn(rest);
    return frequency === undefined ? line : { ...line, frequency };
  });

describe('for any paid line', () => {
  // A week, the line's one rounding: the year is that week × weeks a year (rule 5), so its
  // rounding is the week's penny times the weeks, not a penny of its own.
  it('sharing by N never costs more than 1/N of the unshared line plus a penny a week [H20.3]', () => {
    fc.assert(
      fc.property(paidLine, fc.integer({ min: 2, max: 10 }), (line, sharedBy) => {
        const alone = priceLine(line, card, weeks);
        const shared = priceLine({ ...line, sharedBy }, card, weeks);
        expect(shared.weekly.lte(alone.weekly.div(sharedBy).plus('0.01'))).toBe(true);
        // Divided, not rounded: N shares make the whole week again, to far below a penny.
        expect(shared.exactWeekly.times(sharedBy).minus(alone.exactWeekly).abs().lt('1e-30')).toBe(
          true,
        );
        expect(shared.hours.eq(alone.hours)).toBe(true);
      }),
    );
  });

  it('an agreed rate or pay equal to the card’s changes nothing', () => {
    fc.assert(
      fc.property(paidLine, (line) => {
        const pa = line.resource === 'personal-assistant';
        const table = pa ? england.personalAssistant.pay : england.registeredProvider.standard;
        const figure =
          line.kind === 'visits' ? { hourly: table.day.weekday } : { perNight: table.sleepIn };
        const agreed: NeedLine = {
          ...line,
          ...(pa ? { agreedPay: figure } : { agreedRate: figure }),
          ...source,
        };
        const before = priceLine(line, england, weeksPerYearOf(england));
        const after = priceLine(agreed, england, weeksPerYearOf(england));
        expect([after.weekly.toFixed(2), after.annual.toFixed(2)]).toEqual([
          before.weekly.toFixed(2),
          before.annual.toFixed(2),
        ]);
        expect(after.exactWeekly.eq(before.exactWeekly)).toBe(true);
      }),
    );
  });
});

describe('the caseload, on agreed rates', () => {
  it('counts the budgets and lines on agreed rates and sums their cost against the card’s', () => {
    const above = price({
      id: 'b1',
      lines: [visits({ agreedRate: { hourly: '24.80' }, ...source }), visits({ id: 'l2' })],
    });
    const below = price({
      id: 'b2',
      lines: [visits({ days: ['sat'], agreedRate: { hourly: '25.00' }, ...source })],
    });
    const none = price({ id: 'b3', lines: [visits()] });
    const entries = [
      toCaseloadEntry(above, 'a.json'),
      toCaseloadEntry(below, 'b.json'),
      toCaseloadEntry(none, 'c.json'),
    ];
    // b1: £24.80 against £20.00, £4.80 more; b2: £25.00 against Saturday's £30.00, £5.00 less.
    expect(entries.map((entry) => entry.agreed)).toEqual([
      { lines: 1, aboveCardWeekly: '4.80', aboveCardAnnual: '250.29' },
      { lines: 1, aboveCardWeekly: '-5.00', aboveCardAnnual: '-260.71' },
      { lines: 0, aboveCardWeekly: '0.00', aboveCardAnnual: '0.00' },
    ]);
    expect(summariseCaseload(entries, card, '2026-06-01').agreed).toEqual({
      budgets: 2,
      lines: 2,
      aboveCardWeekly: '-0.20',
      aboveCardAnnual: '-10.42',
    });
    expect(agreedInCaseload([])).toEqual({
      budgets: 0,
      lines: 0,
      aboveCardWeekly: '0.00',
      aboveCardAnnual: '0.00',
    });
  });
});

describe('re-pricing, comparing and revisions, with agreed rates and sharing', () => {
  const nextYear = loadCard('rate-cards/england-2026-27.json');
  const lines: NeedLine[] = [
    visits({
      id: 'spot',
      activity: 'Spot-purchased care',
      agreedRate: { hourly: '24.80' },
      ...source,
    }),
    visits({ id: 'house', activity: 'Shared waking night', period: 'night', sharedBy: 3 }),
  ];
  const onOwnCard = { lines, rateCard: england.id };

  it('keeps the agreed rate on the new card and says so, while the card’s lines are re-priced [H20.5]', () => {
    const diff = repriceOn(budget(onOwnCard), england, nextYear);
    if (!diff.ok) throw new Error(JSON.stringify(diff.problems));
    const report = toDiffReport(diff.value);
    expect(report.agreedKept).toEqual(['spot']);
    const spot = report.lines.find((line) => line.id === 'spot');
    expect([spot?.change, spot?.from?.weekly, spot?.to?.weekly]).toEqual([
      'unchanged',
      '24.80',
      '24.80',
    ]);
    // The shared night: £32.14 then £33.46 an hour, each divided by 3 before rounding.
    const house = report.lines.find((line) => line.id === 'house');
    expect([house?.from?.weekly, house?.to?.weekly, house?.to?.sharedBy]).toEqual([
      '10.71',
      '11.15',
      3,
    ]);
    const text = diffText(diff.value, { from: 'current', to: 'current' }, createI18n('en').t);
    expect(text).toContain(
      'Kept at the rate or pay agreed for this person, not re-priced on the new card: Spot-purchased care (spot)',
    );
  });

  it('names a change of agreed rate or of sharing as such between revisions', () => {
    const before = budget(onOwnCard);
    const after = budget({
      ...onOwnCard,
      lines: [
        { ...lines[0], agreedRate: { hourly: '26.00' } } as NeedLine,
        { ...lines[1], sharedBy: 2 } as NeedLine,
      ],
    });
    const diff = compareBudgets(before, england, after, england);
    if (!diff.ok) throw new Error(JSON.stringify(diff.problems));
    expect(diff.value.lines.map((line) => [line.id, line.changes])).toEqual([
      ['spot', ['agreed', 'rate', 'cost']],
      ['house', ['shared', 'cost']],
    ]);
    expect(toDiffReport(diff.value).agreedKept).toEqual([]);
  });

  it('carries the new fields through a revision and back', () => {
    const saved = addRevision(budget({ ...onOwnCard, version: 4 }), {
      date: '2026-04-01',
      role: 'care-coordinator',
      reason: 'Agreed at panel',
    });
    const read = readBudget(JSON.parse(JSON.stringify(saved)));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const [first] = read.value.revisions ?? [];
    if (first === undefined) throw new Error('no revision');
    expect(budgetAtRevision(read.value, first).lines).toEqual(lines);
  });
});
