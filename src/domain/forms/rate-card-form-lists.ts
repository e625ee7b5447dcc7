/** The lists of the rate-card form read back: providers, a PA's on-costs and employer costs, care homes. */
import { problem } from '../problems';
import { FREQUENCIES, type Frequency } from '../schema/budget-values';
import type { RateCard } from '../schema/rate-card';
import {
  englishOf,
  fieldKey,
  isNewRow,
  rowBlock,
  rowsOf,
  type ListName,
  type RateCardForm,
} from './rate-card-form';
import {
  decimalField,
  idFromName,
  moneyField,
  requiredMoney,
  textField,
} from './rate-card-form-fields';
import { changed, type FormReader } from './rate-card-form-reader';

/** The rows of a list with their ids: kept for rows of the base card, made from the name for added ones. */
function rowsWithIds<T extends { id: string; name: RateCard['name'] }>(
  reader: FormReader,
  form: RateCardForm,
  list: ListName,
  baseItems: readonly T[],
) {
  const taken = new Set(rowsOf(form, list).filter((row) => !isNewRow(row)));
  return rowsOf(form, list).map((row) => {
    const key = rowBlock(list, row);
    const was = isNewRow(row) ? undefined : baseItems.find((item) => item.id === row);
    const typed = reader.take(
      textField(reader.text(fieldKey(key, 'name')), fieldKey(key, 'name'), 200, true),
      '',
    );
    const id = was?.id ?? idFromName(typed, taken, list === 'providers' ? 'provider' : 'item');
    taken.add(id);
    // A name left as it was keeps its Welsh; a changed one is English only until translated.
    const name = was !== undefined && englishOf(was.name) === typed ? was.name : typed;
    return { key, was, id, name };
  });
}

export function readProviders(reader: FormReader, form: RateCardForm, base: RateCard) {
  const field = (key: string, name: string) => reader.text(fieldKey(key, name));
  return rowsWithIds(reader, form, 'providers', base.registeredProvider.providers).map(
    ({ key, was, id, name }) => ({
      id,
      name,
      quality: reader.take(
        textField(field(key, 'quality'), fieldKey(key, 'quality'), 60, false),
        '',
      ),
      rates: reader.rates(key, `registeredProvider.providers[${id}].rates`, was?.rates),
    }),
  );
}

export function readCosts(reader: FormReader, form: RateCardForm, base: RateCard) {
  const field = (key: string, name: string) => reader.text(fieldKey(key, name));
  const onCosts = rowsWithIds(reader, form, 'onCosts', base.personalAssistant.onCosts).map(
    ({ key, was, id, name }) => {
      const percent = reader.take(
        decimalField(field(key, 'percent'), fieldKey(key, 'percent'), 0, 100),
        was?.percent ?? '0',
      );
      const path = `personalAssistant.onCosts[${id}].percent`;
      reader.block(key, path, [
        { path, changed: changed(percent, was?.percent, was === undefined) },
      ]);
      return { id, name, percent };
    },
  );

  const employerCosts = rowsWithIds(
    reader,
    form,
    'employerCosts',
    base.personalAssistant.employerCosts,
  ).map(({ key, was, id, name }) => {
    const amount = reader.take(
      requiredMoney(field(key, 'amount'), fieldKey(key, 'amount')),
      was?.amount ?? '0.00',
    );
    const perText = field(key, 'per');
    const per = (FREQUENCIES as readonly string[]).includes(perText)
      ? (perText as Frequency)
      : undefined;
    if (per === undefined)
      reader.problems.push(problem([fieldKey(key, 'per')], 'rateCards.errors.per'));
    const path = `personalAssistant.employerCosts[${id}].amount`;
    reader.block(key, path, [{ path, changed: changed(amount, was?.amount, was === undefined) }]);
    return { id, name, amount, per: per ?? 'weekly' };
  });

  const settings = rowsWithIds(reader, form, 'settings', base.settings).map(
    ({ key, was, id, name }) => {
      const weeklyFee = reader.take(
        requiredMoney(field(key, 'weeklyFee'), fieldKey(key, 'weeklyFee')),
        was?.weeklyFee ?? '0.00',
      );
      const fncWeekly = reader.take(
        moneyField(field(key, 'fncWeekly'), fieldKey(key, 'fncWeekly'), true),
        was?.fncWeekly,
      );
      const group = `settings[${id}]`;
      const isNew = was === undefined;
      reader.block(key, group, [
        { path: `${group}.weeklyFee`, changed: changed(weeklyFee, was?.weeklyFee, isNew) },
        ...(fncWeekly === undefined
          ? []
          : [{ path: `${group}.fncWeekly`, changed: changed(fncWeekly, was?.fncWeekly, isNew) }]),
      ]);
      return { id, name, weeklyFee, ...(fncWeekly === undefined ? {} : { fncWeekly }) };
    },
  );

  return { onCosts, employerCosts, settings };
}
