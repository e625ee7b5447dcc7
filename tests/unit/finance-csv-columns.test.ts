/**
 * The CSV for finance, as an import reads it: the header row and the row types are the
 * same English codes in every language, each row says whose budget, which card, which
 * provider and at what rate, and a waking night counts its nights as the carer does.
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import { budgetCsv } from '../../src/io/budget-csv';
import { carer, price, visits } from '../helpers/builders';

const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((row) => row !== '')
    .map((row) => row.split(','));

const HEADER = [
  'Section',
  'Id',
  'Domain',
  'Resource',
  'Description',
  'Frequency',
  'Hours a week',
  'Nights a week',
  'Weekly (£)',
  'Annual (£)',
  'One-off (£)',
  'First year (£)',
  'Person',
  'Reference',
  'Rate card',
  'Provider',
  'Rate (£ an hour or a night)',
];

const pricing = () =>
  price({
    person: { name: 'Ann Example', reference: 'REF-7' },
    carers: [carer({ id: 'c1', name: 'Sam' })],
    lines: [
      visits({ id: 'day', days: ['mon', 'sat'] }),
      visits({
        id: 'waking',
        activity: 'Awake at night',
        resource: 'unpaid-carer',
        carer: 'c1',
        period: 'night',
        minutes: 30,
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      }),
    ],
  });

describe('the CSV for finance', () => {
  it('has the same English header and row types in English and in Welsh, and translates only what people read', () => {
    const english = rows(budgetCsv(pricing(), createI18n('en').t, 'en'));
    const welsh = rows(budgetCsv(pricing(), createI18n('cy').t, 'cy'));
    expect(english[0]).toEqual(HEADER);
    expect(welsh[0]).toEqual(HEADER);
    expect(welsh.map((row) => row[0])).toEqual(english.map((row) => row[0]));
    expect(english.map((row) => row[0])).toEqual(['Section', 'line', 'line', 'total']);
    expect(english[1]?.[3]).toBe('registered provider');
    expect(welsh[1]?.[3]).not.toBe(english[1]?.[3]);
  });

  it('says on each row whose budget it is and its card, and on a line its provider and rate a unit', () => {
    const [, day, waking, total] = rows(budgetCsv(pricing(), createI18n('en').t, 'en'));
    // Monday at the weekday rate (£20.00), Saturday at the weekend rate (£30.00).
    expect(day?.slice(12)).toEqual(['Ann Example', 'REF-7', 'split-rates', '', '20 / 30']);
    expect(waking?.slice(12)).toEqual(['Ann Example', 'REF-7', 'split-rates', '', '']);
    expect(total?.slice(12)).toEqual(['Ann Example', 'REF-7', 'split-rates', '', '']);
  });

  it('counts a waking night’s nights: seven nights a week, as the carer has', () => {
    const [, , waking] = rows(budgetCsv(pricing(), createI18n('en').t, 'en'));
    expect(waking?.[7]).toBe('7');
    expect(waking?.[6]).toBe('3.50');
  });
});
