/**
 * The nights flag moves the care of whole nights as it is (its night help at the night
 * rate, its sleep-ins at the sleep-in rate), never five sleep-ins for half an hour a night;
 * a carer's flags have one fix that clears them all together, in whole lines; and the
 * older-or-unwell flag says when age is its reason. Split-rates card: PA night £14.00 ×
 * 1.1507 = £16.1098 an hour, sleep-in £80.00 × 1.1507; provider night £25.00, sleep-in £100.00.
 */
import { describe, expect, it } from 'vitest';
import { assessCarers, type CarerBurden } from '../../src/domain/carer-burden';
import { moveLinesToPaid } from '../../src/domain/revisions/what-if';
import type { Budget } from '../../src/domain/schema/budget';
import { createI18n } from '../../src/i18n';
import { textReport } from '../../src/io/text-report';
import { budget, carer, price, sleepIn, splitCard, visits } from '../helpers/builders';
import { meals as everyDay, nightHelp as night } from '../helpers/night-carer';

const husband = carer({ id: 'c1', name: 'Bob', age: 78 });
const nightHelp = night('c1');
const meals = everyDay('c1');
const sitting = sleepIn({
  id: 'sit',
  activity: 'Sleeping in',
  resource: 'unpaid-carer',
  carer: 'c1',
  days: ['sat'],
});

function burdenOf(fields: Partial<Budget>): CarerBurden {
  const found = price({ carers: [husband], ...fields }).carers[0];
  if (found === undefined) throw new Error('no carer');
  return found;
}

describe('the nights flag', () => {
  it('moves the night help of the lightest nights at the night rate, not sleep-ins', () => {
    const flag = burdenOf({ lines: [nightHelp] }).flags.find(
      (found) => found.id === 'carer-nights',
    );
    expect(flag?.relief).toMatchObject({ days: ['mon', 'tue', 'wed'], atNight: true, nights: 0 });
    expect(flag?.relief.hours.toString()).toBe('1.5');
    // 1.5 h × £16.1098 = £24.1647; 1.5 h × £25.00 = £37.50 (five sleep-ins were £460.28 and £500.00).
    expect(flag?.relief.paWeekly.toString()).toBe('24.16');
    expect(flag?.relief.providerWeekly.toString()).toBe('37.5');
  });

  it('moves a sleep-in night as a sleep-in, choosing the nights with least care first', () => {
    const flag = burdenOf({ lines: [nightHelp, sitting] }).flags.find(
      (found) => found.id === 'carer-nights',
    );
    // Six nights against 3: four move; Saturday (one sleep-in, no night help) is lighter than none.
    expect(flag?.relief.days).toEqual(['mon', 'tue', 'wed', 'sat']);
    expect(flag?.relief.hours.toString()).toBe('1.5');
    expect(flag?.relief.nights).toBe(1);
  });

  it('is said in the text report with its nights and what moves, in the summary’s words', () => {
    const pricing = price({ carers: [husband], lines: [nightHelp] });
    const text = textReport(pricing, createI18n('en').t);
    expect(text).toContain(
      [
        '    Warning: Many nights a week',
        '      Bob is needed on 5 nights a week. This flag starts at 3 nights a week.',
        '      To bring Bob under it, move the care on 3 nights (Mon to Wed) to paid support: 1.50 hours of help in the night, at the waking-night rate. That would cost about £24.16 a week with a personal assistant, or £37.50 a week with a registered provider.',
      ].join('\n'),
    );
    expect(text).not.toContain('move 0.00 h and');
    expect(text).not.toContain('0 sleep-ins');
  });

  it('leaves out a part that is nought, in English and Welsh, and keeps both when both move', () => {
    const onlyNights = textReport(
      price({ carers: [husband], lines: [nightHelp, meals] }),
      createI18n('en').t,
    );
    expect(onlyNights).toMatch(
      /to clear every flag together: move .+ \(\d+\.\d\d h a week\) to paid support/,
    );
    const welsh = textReport(
      price({ carers: [husband], lines: [nightHelp, meals] }),
      createI18n('cy').t,
    );
    expect(welsh).toContain(
      'symudwch y gofal ar 3 noson (Llun i Mer) i gymorth â thâl: 1.50 awr o help yn y nos, ar gyfradd noson effro. Byddai hynny',
    );
    expect(welsh).toMatch(/\(\d+\.\d\d awr yr wythnos\) i gymorth â thâl/);
    expect(welsh).not.toMatch(/\b0 noson cysgu/);
    const sleeping = sleepIn({
      id: 'sleep',
      activity: 'Sleeping in',
      resource: 'unpaid-carer',
      carer: 'c1',
      days: ['mon', 'tue', 'wed', 'thu'],
    });
    const onlySleepIns = textReport(
      price({ carers: [husband], lines: [sleeping] }),
      createI18n('en').t,
    );
    expect(onlySleepIns).toContain(
      'move the care on 2 nights (Mon, Tue) to paid support: 2 sleep-ins. That would cost about',
    );
    expect(onlySleepIns).toContain('move Sleeping in (sleep) (4 sleep-ins a week) to paid support');
    expect(onlySleepIns).not.toMatch(/0\.00 h of help|\(0\.00 h/);
    const both = textReport(
      price({ carers: [husband], lines: [nightHelp, sitting] }),
      createI18n('en').t,
    );
    expect(both).toContain(
      '1.50 hours of help in the night, at the waking-night rate and 1 sleep-in. That would cost about',
    );
  });
});

describe('the fix for every flag together', () => {
  it('is the smallest set of whole lines whose move leaves the carer no flag', () => {
    const lines = [nightHelp, meals, sitting];
    const { fix, flags } = burdenOf({ lines });
    expect(flags.length).toBeGreaterThan(1);
    // The Saturday sleep-in alone raises no flag: it stays with Bob.
    expect(fix?.lineIds).toEqual(['night', 'meals']);
    const moved = moveLinesToPaid(
      budget({ carers: [husband], lines }),
      fix?.lineIds ?? [],
      'personal-assistant',
    );
    expect(assessCarers(moved, splitCard())[0]?.flags).toEqual([]);
  });

  it('moves only what is needed: the nights, not the daytime help, when nights are the only flag', () => {
    const younger = carer({ id: 'c1', name: 'Sam', age: 40 });
    const daytime = visits({
      id: 'day',
      activity: 'Lunch',
      resource: 'unpaid-carer',
      carer: 'c1',
      minutes: 60,
      days: ['mon'],
    });
    const found = price({ carers: [younger], lines: [nightHelp, daytime] }).carers[0];
    expect(found?.flags.map((flag) => flag.id)).toEqual(['carer-nights']);
    expect(found?.fix?.lineIds).toEqual(['night']);
    expect(found?.fix?.hours.toString()).toBe('2.5');
  });

  it('is none for a carer with no flag', () => {
    expect(
      burdenOf({
        lines: [
          visits({ id: 'x', resource: 'unpaid-carer', carer: 'c1', minutes: 30, days: ['mon'] }),
        ],
      }).fix,
    ).toBeNull();
  });
});

describe('the older-or-unwell flag', () => {
  it("carries the card's older-carer age when age is the reason, not when health is", () => {
    const older = burdenOf({ lines: [meals] }).flags.find(
      (flag) => flag.id === 'carer-older-or-unwell',
    );
    expect(older?.olderAge).toBe(70);
    const unwell = price({
      carers: [carer({ id: 'c1', name: 'Sam', age: 40, ownHealthCondition: true })],
      lines: [meals],
    }).carers[0];
    expect(
      unwell?.flags.find((flag) => flag.id === 'carer-older-or-unwell')?.olderAge,
    ).toBeUndefined();
  });
});
