/**
 * The form that makes a rate card from an existing one: every figure as typed, grouped in
 * blocks (the standard provider rates, one provider, the PA's pay, one on-cost…), each
 * block with one "where these figures come from" field. Reading it back is
 * `formToRateCard` (rate-card-form-parse.ts); the result always passes `readRateCard`.
 *
 * The form is a flat record of text (what a draft can keep): `name`, `standard/day.weekday`,
 * `providers/example-homecare/sleepIn`, `source:providers/#2`. Rows of a list are named by
 * the id they had on the card they came from, or `#n` when added here.
 */
import type { RateCard, Rates } from '../schema/rate-card';
import { DATE_PARTS } from './date-fields';

/** Text fields, and lists of row keys and ticked boxes: the shape a draft keeps. */
export type RateCardForm = Readonly<Record<string, string | readonly string[]>>;

export const LISTS = ['providers', 'onCosts', 'employerCosts', 'settings'] as const;
export type ListName = (typeof LISTS)[number];

export const RATE_FIELDS = [
  'day.weekday',
  'day.weekend',
  'night.weekday',
  'night.weekend',
  'sleepIn',
] as const;
export type RateField = (typeof RATE_FIELDS)[number];
export const POLICY_FIELDS = [
  'noticeHours',
  'highHours',
  'veryHighHours',
  'nightsPerWeek',
  'olderCarerAge',
] as const;
export const rowsKey = (list: ListName) => `rows:${list}`;
/** The pay floor (the lowest lawful hourly pay): its own block, `payFloor`, with its source. */
export const PAY_FLOOR_BLOCK = 'payFloor';
export const PAY_FLOOR_KEY = `${PAY_FLOOR_BLOCK}/hourly`;
export const rowBlock = (list: ListName, row: string) => `${list}/${row}`;
export const fieldKey = (block: string, field: string) => `${block}/${field}`;
export const sourceKey = (block: string) => `source:${block}`;
export const isNewRow = (row: string) => row.startsWith('#');
export { DATE_PARTS };
export const dateKey = (date: 'validFrom' | 'validTo', part: (typeof DATE_PARTS)[number]) =>
  `${date}-${part}`;

export function textOf(form: RateCardForm, key: string): string {
  const value = form[key];
  return typeof value === 'string' ? value : '';
}

export function rowsOf(form: RateCardForm, list: ListName): readonly string[] {
  const value = form[rowsKey(list)];
  return Array.isArray(value) ? (value as readonly string[]) : [];
}

export function rateOf(rates: Rates, field: RateField): string {
  if (field === 'sleepIn') return rates.sleepIn;
  const [period, day] = field.split('.') as ['day' | 'night', 'weekday' | 'weekend'];
  return rates[period][day];
}

function rateFields(block: string, rates: Rates): Record<string, string> {
  return Object.fromEntries(
    RATE_FIELDS.map((field) => [fieldKey(block, field), rateOf(rates, field)]),
  );
}

/** English text of a name a person reads: the form edits English (Welsh is kept if unchanged). */
export function englishOf(text: RateCard['name']): string {
  return typeof text === 'string' ? text : text.en;
}

/**
 * The form to make a new card from `base`: every figure and list as on the base card; the
 * card's own id, name, dates and notes empty, as a new card needs its own.
 */
export function rateCardToForm(base: RateCard): RateCardForm {
  const pa = base.personalAssistant;
  const form: Record<string, string | readonly string[]> = {
    id: '',
    name: '',
    area: base.area,
    notes: '',
    illustrative: [],
    weeksPerYear: base.weeksPerYear,
    ...rateFields('standard', base.registeredProvider.standard),
    ...rateFields('pay', pa.pay),
    [PAY_FLOOR_KEY]: pa.payFloor ?? '',
    ...Object.fromEntries(
      POLICY_FIELDS.map((field) => [
        fieldKey('carerPolicy', field),
        String(base.carerPolicy[field]),
      ]),
    ),
    [rowsKey('providers')]: base.registeredProvider.providers.map((provider) => provider.id),
    [rowsKey('onCosts')]: pa.onCosts.map((cost) => cost.id),
    [rowsKey('employerCosts')]: pa.employerCosts.map((cost) => cost.id),
    [rowsKey('settings')]: base.settings.map((setting) => setting.id),
  };
  for (const date of ['validFrom', 'validTo'] as const)
    for (const part of DATE_PARTS) form[dateKey(date, part)] = '';
  for (const provider of base.registeredProvider.providers) {
    const block = rowBlock('providers', provider.id);
    Object.assign(form, rateFields(block, provider.rates));
    form[fieldKey(block, 'name')] = englishOf(provider.name);
    form[fieldKey(block, 'quality')] = provider.quality;
  }
  for (const cost of pa.onCosts) {
    const block = rowBlock('onCosts', cost.id);
    form[fieldKey(block, 'name')] = englishOf(cost.name);
    form[fieldKey(block, 'percent')] = cost.percent;
  }
  for (const cost of pa.employerCosts) {
    const block = rowBlock('employerCosts', cost.id);
    form[fieldKey(block, 'name')] = englishOf(cost.name);
    form[fieldKey(block, 'amount')] = cost.amount;
    form[fieldKey(block, 'per')] = cost.per;
  }
  for (const setting of base.settings) {
    const block = rowBlock('settings', setting.id);
    form[fieldKey(block, 'name')] = englishOf(setting.name);
    form[fieldKey(block, 'weeklyFee')] = setting.weeklyFee;
    form[fieldKey(block, 'fncWeekly')] = setting.fncWeekly ?? '';
  }
  return form;
}

/** Adds an empty row to a list; its key is `#n`, one more than any added before. */
export function addRow(form: RateCardForm, list: ListName): { form: RateCardForm; row: string } {
  const used = LISTS.flatMap((name) => rowsOf(form, name))
    .filter(isNewRow)
    .map((row) => Number(row.slice(1)));
  const row = `#${Math.max(0, ...used) + 1}`;
  return { form: { ...form, [rowsKey(list)]: [...rowsOf(form, list), row] }, row };
}

/** Removes a row and everything typed in it. */
export function removeRow(form: RateCardForm, list: ListName, row: string): RateCardForm {
  const block = rowBlock(list, row);
  const kept = Object.entries(form).filter(
    ([key]) => !key.startsWith(`${block}/`) && key !== sourceKey(block),
  );
  return {
    ...Object.fromEntries(kept),
    [rowsKey(list)]: rowsOf(form, list).filter((other) => other !== row),
  };
}

/** Where a block's figures were on the card the form started from (none for an added row). */
export function baseFigurePaths(block: string): string[] {
  const [list, row] = block.split('/');
  if (block === 'weeksPerYear') return ['weeksPerYear'];
  if (block === 'standard')
    return RATE_FIELDS.map((field) => `registeredProvider.standard.${field}`);
  if (block === 'pay') return RATE_FIELDS.map((field) => `personalAssistant.pay.${field}`);
  if (block === 'carerPolicy') return POLICY_FIELDS.map((field) => `carerPolicy.${field}`);
  if (block === PAY_FLOOR_BLOCK) return ['personalAssistant.payFloor'];
  if (row === undefined || isNewRow(row)) return [];
  if (list === 'providers')
    return RATE_FIELDS.map((field) => `registeredProvider.providers[${row}].rates.${field}`);
  if (list === 'onCosts') return [`personalAssistant.onCosts[${row}].percent`];
  if (list === 'employerCosts') return [`personalAssistant.employerCosts[${row}].amount`];
  if (list === 'settings') return [`settings[${row}].weeklyFee`, `settings[${row}].fncWeekly`];
  return [];
}
