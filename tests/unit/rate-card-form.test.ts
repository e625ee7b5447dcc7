import { describe, expect, it } from 'vitest';
import {
  addRow,
  fieldKey,
  rateCardToForm,
  removeRow,
  rowBlock,
  sourceKey,
  type RateCardForm,
} from '../../src/domain/forms/rate-card-form';
import { formToRateCard } from '../../src/domain/forms/rate-card-form-parse';
import type { Result } from '../../src/domain/problems';
import { readRateCard } from '../../src/domain/read';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { sourcesOf } from '../../src/domain/schema/rate-card-sources';
import { createI18n } from '../../src/i18n';
import { loadCard } from '../helpers/builders';

const base = loadCard('rate-cards/england-2026-27.json');
const SHIPPED = ['england-2025-26', 'england-2026-27', 'wales-2025-26'];

/** The base card's form with the new card's own details filled in, plus any changes. */
function filled(
  changes: Record<string, string | readonly string[]> = {},
  form: RateCardForm = rateCardToForm(base),
): RateCardForm {
  return {
    ...form,
    id: 'leeds-2026-27',
    name: 'Leeds 2026-27',
    'validFrom-day': '1',
    'validFrom-month': '4',
    'validFrom-year': '2026',
    'validTo-day': '31',
    'validTo-month': '3',
    'validTo-year': '2027',
    ...changes,
  };
}

const problemsOf = (result: Result<RateCard>) =>
  result.ok ? [] : result.problems.map((p) => `${p.path} ${p.key}`);
function cardOf(result: Result<RateCard>): RateCard {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('making a rate card from an existing one', () => {
  it('with nothing changed, copies every figure and source under the new id and dates', () => {
    const card = cardOf(formToRateCard(filled(), base, SHIPPED));
    expect(card).toMatchObject({
      id: 'leeds-2026-27',
      name: 'Leeds 2026-27',
      area: 'England',
      validFrom: '2026-04-01',
      validTo: '2027-03-31',
    });
    expect(card.registeredProvider).toEqual(base.registeredProvider);
    expect(card.personalAssistant).toEqual(base.personalAssistant);
    expect(card.settings).toEqual(base.settings);
    expect(card.carerPolicy).toEqual(base.carerPolicy);
    expect(card.sources).toEqual(base.sources);
    expect(card.illustrative).toBeUndefined();
    expect(readRateCard(card).ok).toBe(true);
  });

  it('refuses a changed figure without a source, naming the block', () => {
    const result = formToRateCard(filled({ 'standard/day.weekday': '34.00' }), base, SHIPPED);
    expect(problemsOf(result)).toEqual(['source:standard rateCards.errors.sourceRequired']);
  });

  it('gives a changed figure its new source, and keeps the old source for the figure beside it', () => {
    const card = cardOf(
      formToRateCard(
        filled({ 'standard/day.weekday': '£34', [sourceKey('standard')]: 'Leeds fee uplift 2026' }),
        base,
        SHIPPED,
      ),
    );
    expect(card.registeredProvider.standard.day.weekday).toBe('34.00');
    expect(sourcesOf(card, 'registeredProvider.standard.day.weekday').map((s) => s.text)).toEqual([
      'Leeds fee uplift 2026',
    ]);
    const weekend = sourcesOf(card, 'registeredProvider.standard.day.weekend');
    expect(weekend.map((s) => s.text)).toEqual(
      sourcesOf(base, 'registeredProvider.standard.day.weekend').map((s) => s.text),
    );
    // The old group source named day rates as a whole: it no longer covers the changed one.
    expect(card.sources.some((s) => s.figure === 'registeredProvider.standard.day')).toBe(false);
  });

  it('names the block when every figure of it changes', () => {
    const changes = Object.fromEntries(
      ['day.weekday', 'day.weekend', 'night.weekday', 'night.weekend', 'sleepIn'].map((f) => [
        `pay/${f}`,
        '15.00',
      ]),
    );
    const card = cardOf(
      formToRateCard(
        filled({ ...changes, [sourceKey('pay')]: 'Leeds direct payment rate' }),
        base,
        SHIPPED,
      ),
    );
    expect(card.sources).toContainEqual({
      figure: 'personalAssistant.pay',
      text: 'Leeds direct payment rate',
    });
  });

  it('treats "3.0" and "3" as the same percentage, needing no new source', () => {
    expect(
      formToRateCard(
        filled({ [fieldKey(rowBlock('onCosts', 'pension'), 'percent')]: '3.0%' }),
        base,
        SHIPPED,
      ).ok,
    ).toBe(true);
  });

  it('names each field that is wrong, in the order of the page', () => {
    const result = formToRateCard(
      filled({
        id: 'england-2025-26',
        name: ' ',
        'validTo-day': '31',
        'validTo-month': '2',
        'standard/sleepIn': '12.345',
        'pay/day.weekday': '-1',
        [fieldKey(rowBlock('onCosts', 'holiday'), 'percent')]: '120',
        'carerPolicy/highHours': '10',
        'carerPolicy/nightsPerWeek': '8',
        weeksPerYear: '60',
      }),
      base,
      SHIPPED,
    );
    expect(problemsOf(result)).toEqual([
      'id rateCards.errors.idTaken',
      'name rateCards.errors.required',
      'validTo rateCards.errors.date',
      'weeksPerYear rateCards.errors.decimal',
      'standard/sleepIn rateCards.errors.pence',
      'pay/day.weekday rateCards.errors.money',
      'onCosts/holiday/percent rateCards.errors.decimal',
      'carerPolicy/nightsPerWeek rateCards.errors.wholeNumber',
      'carerPolicy/highHours rateCards.errors.thresholdOrder',
      // 10 hours is a figure, only in the wrong order: changed, so it needs its source too.
      'source:carerPolicy rateCards.errors.sourceRequired',
    ]);
  });

  it('refuses an end date before the start date', () => {
    expect(problemsOf(formToRateCard(filled({ 'validTo-year': '2025' }), base, SHIPPED))).toEqual([
      'validTo rateCards.errors.dateOrder',
    ]);
  });

  it('adds a provider with an id made from its name, and needs a source for its rates', () => {
    const { form, row } = addRow(filled(), 'providers');
    const block = rowBlock('providers', row);
    const typed: Record<string, string> = {
      [fieldKey(block, 'name')]: 'Example Homecare Ltd',
      [fieldKey(block, 'quality')]: 'Good',
    };
    for (const f of ['day.weekday', 'day.weekend', 'night.weekday', 'night.weekend', 'sleepIn'])
      typed[fieldKey(block, f)] = '30';
    expect(problemsOf(formToRateCard({ ...form, ...typed }, base, SHIPPED))).toEqual([
      `source:${block} rateCards.errors.sourceRequired`,
    ]);
    const card = cardOf(
      formToRateCard({ ...form, ...typed, [sourceKey(block)]: 'Contract 2026/114' }, base, SHIPPED),
    );
    const added = card.registeredProvider.providers.at(-1);
    expect(added).toMatchObject({
      id: 'example-homecare-ltd',
      name: 'Example Homecare Ltd',
      rates: { sleepIn: '30.00' },
    });
    expect(card.sources).toContainEqual({
      figure: 'registeredProvider.providers[example-homecare-ltd].rates',
      text: 'Contract 2026/114',
    });
  });

  it('removes a provider and its sources', () => {
    const card = cardOf(
      formToRateCard(removeRow(filled(), 'providers', 'example-homecare'), base, SHIPPED),
    );
    expect(card.registeredProvider.providers.map((p) => p.id)).toEqual([
      'example-care-partners',
      'example-home-support',
    ]);
    expect(card.sources.some((s) => s.figure.includes('example-homecare]'))).toBe(false);
  });

  it('keeps a Welsh name that was not changed, and drops it from a changed one', () => {
    const card = cardOf(
      formToRateCard(
        filled({ [fieldKey(rowBlock('settings', 'nursing'), 'name')]: 'Nursing care home' }),
        base,
        SHIPPED,
      ),
    );
    expect(card.settings[0]?.name).toEqual(base.settings[0]?.name);
    expect(card.settings[1]?.name).toBe('Nursing care home');
  });

  it('has an English message for every problem it can report', () => {
    const { t, exists } = createI18n('en');
    for (const rule of [
      'required',
      'money',
      'pence',
      'moneyTooLarge',
      'decimal',
      'wholeNumber',
      'tooLong',
      'id',
      'idTaken',
      'date',
      'dateOrder',
      'thresholdOrder',
      'sourceRequired',
      'per',
    ]) {
      expect(exists(`rateCards.errors.${rule}`), rule).toBe(true);
      expect(t(`rateCards.errors.${rule}`, { field: 'X', min: 1, max: 2, id: 'x' })).toMatch(
        /^X: /,
      );
    }
  });
});
