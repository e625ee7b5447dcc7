import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import {
  datedWords,
  expenseTimeWords,
  frequencyWords,
  lineTimeWords,
} from '../../src/present/time-words';

const en = createI18n('en').t;
const cy = createI18n('cy').t;
const plain = (iso: string) => iso;

describe('the plan in time in words', () => {
  it('says how often a line comes in plain words', () => {
    expect(frequencyWords(undefined, en)).toBe('every week');
    expect(frequencyWords({ everyWeeks: 2 }, en)).toBe('every other week');
    expect(frequencyWords({ everyWeeks: 3 }, en)).toBe('every 3 weeks');
    expect(frequencyWords({ weeksAYear: 1 }, en)).toBe('1 week a year, averaged');
    expect(frequencyWords({ weeksAYear: 4 }, en)).toBe('4 weeks a year, averaged');
    expect(frequencyWords({ everyWeeks: 2 }, cy)).toBe('bob yn ail wythnos');
    expect(frequencyWords({ weeksAYear: 2 }, cy)).toBe('2 wythnos y flwyddyn, ar gyfartaledd');
  });

  it('gives the days a line or amount is given, leaving out what has no limit', () => {
    expect(datedWords({ from: '2026-06-01', until: '2026-07-31' }, en, plain)).toBe(
      'from 2026-06-01 until 2026-07-31',
    );
    expect(datedWords({ until: '2026-05-31' }, en, plain)).toBe('until 2026-05-31');
    expect(datedWords({}, en, plain)).toBe('');
    expect(lineTimeWords({ frequency: { weeksAYear: 2 }, from: '2026-06-01' }, en, plain)).toBe(
      '2 weeks a year, averaged, from 2026-06-01',
    );
    expect(lineTimeWords({}, en, plain)).toBe('');
    expect(expenseTimeWords({ date: '2026-05-15' }, en, plain)).toBe('on 2026-05-15');
    expect(expenseTimeWords({ date: '2026-05-15' }, cy, plain)).toBe('ar 2026-05-15');
  });
});
