/**
 * Reading the rate-card form back into a card. Every field is checked and every problem
 * named by its field; a block with a changed or added figure needs its source; and the
 * card made is then read with `readRateCard`, the command line's own check, so the app
 * can never save or download a card the command would refuse.
 */
import Decimal from 'decimal.js';
import { failed, problem, type Problem, type Result } from '../problems';
import { readRateCard } from '../read';
import { FREQUENCIES, type Frequency } from '../schema/budget';
import {
  RATE_CARD_FORMAT,
  RATE_CARD_VERSION,
  type RateCard,
  type Rates,
} from '../schema/rate-card';
import type { Parsed } from './form-fields';
import {
  dateKey,
  englishOf,
  fieldKey,
  isNewRow,
  POLICY_FIELDS,
  RATE_FIELDS,
  rateOf,
  rowBlock,
  rowsOf,
  sourceKey,
  textOf,
  type ListName,
  type RateCardForm,
} from './rate-card-form';
import {
  decimalField,
  idField,
  idFromName,
  requiredMoney,
  moneyField,
  sameFigure,
  textField,
  wholeField,
  dateField,
} from './rate-card-form-fields';
import { buildSources, type FigureBlock } from './rate-card-form-sources';

type Figure = { path: string; changed: boolean };

/** `takenIds`: every card id already in the tool, shipped or on this device. */
export function formToRateCard(
  form: RateCardForm,
  base: RateCard,
  takenIds: readonly string[],
): Result<RateCard> {
  const problems: Problem[] = [];
  const blocks: FigureBlock[] = [];
  const take = <T>(parsed: Parsed<T>, fallback: T): T => {
    if (parsed.ok) return parsed.value;
    problems.push(parsed.problem);
    return fallback;
  };
  const text = (key: string) => textOf(form, key);
  const block = (key: string, group: string, figures: Figure[]) =>
    blocks.push({ key, group, figures });
  const changed = (
    now: string | number | undefined,
    was: string | number | undefined,
    isNew = false,
  ) => isNew || !sameFigure(now, was);

  const id = take(idField(text('id'), 'id', takenIds), '');
  const name = take(textField(text('name'), 'name', 200, true), '');
  const area = take(textField(text('area'), 'area', 200, true), '');
  const date = (which: 'validFrom' | 'validTo') =>
    take(
      dateField(
        text(dateKey(which, 'day')),
        text(dateKey(which, 'month')),
        text(dateKey(which, 'year')),
        which,
      ),
      '',
    );
  const validFrom = date('validFrom');
  const validTo = date('validTo');
  if (validFrom !== '' && validTo !== '' && validTo < validFrom)
    problems.push(problem(['validTo'], 'rateCards.errors.dateOrder'));
  const notes = take(textField(text('notes'), 'notes', 2000, false), '');

  const weeksPerYear = take(
    decimalField(text('weeksPerYear'), 'weeksPerYear', 52, 53),
    base.weeksPerYear,
  );
  block('weeksPerYear', 'weeksPerYear', [
    { path: 'weeksPerYear', changed: changed(weeksPerYear, base.weeksPerYear) },
  ]);

  const rates = (key: string, group: string, was: Rates | undefined): Rates => {
    // A figure that cannot be read falls back to the old one: its own message is enough,
    // without another asking for the source of a change nobody made.
    const value = (field: (typeof RATE_FIELDS)[number]) =>
      take(
        requiredMoney(text(fieldKey(key, field)), fieldKey(key, field)),
        was === undefined ? '0.00' : rateOf(was, field),
      );
    const made: Rates = {
      day: { weekday: value('day.weekday'), weekend: value('day.weekend') },
      night: { weekday: value('night.weekday'), weekend: value('night.weekend') },
      sleepIn: value('sleepIn'),
    };
    const figures = RATE_FIELDS.map((field) => ({
      path: `${group}.${field}`,
      changed: changed(
        rateOf(made, field),
        was === undefined ? undefined : rateOf(was, field),
        was === undefined,
      ),
    }));
    block(key, group, figures);
    return made;
  };
  const standard = rates(
    'standard',
    'registeredProvider.standard',
    base.registeredProvider.standard,
  );
  const pay = rates('pay', 'personalAssistant.pay', base.personalAssistant.pay);

  const policyKey = (field: string) => fieldKey('carerPolicy', field);
  const hours = (field: 'noticeHours' | 'highHours' | 'veryHighHours') =>
    take(decimalField(text(policyKey(field)), policyKey(field), 0, 168), base.carerPolicy[field]);
  const carerPolicy = {
    noticeHours: hours('noticeHours'),
    highHours: hours('highHours'),
    veryHighHours: hours('veryHighHours'),
    nightsPerWeek: take(
      wholeField(text(policyKey('nightsPerWeek')), policyKey('nightsPerWeek'), 1, 7),
      base.carerPolicy.nightsPerWeek,
    ),
    olderCarerAge: take(
      wholeField(text(policyKey('olderCarerAge')), policyKey('olderCarerAge'), 16, 120),
      base.carerPolicy.olderCarerAge,
    ),
  };
  // Each hours threshold is at least the one before it, as the rate-card rules require.
  for (const [field, lower] of [
    ['highHours', 'noticeHours'],
    ['veryHighHours', 'highHours'],
  ] as const) {
    if (new Decimal(carerPolicy[field]).lt(carerPolicy[lower])) {
      problems.push(problem([policyKey(field)], 'rateCards.errors.thresholdOrder'));
    }
  }
  block(
    'carerPolicy',
    'carerPolicy',
    POLICY_FIELDS.map((field) => ({
      path: `carerPolicy.${field}`,
      changed: changed(carerPolicy[field], base.carerPolicy[field]),
    })),
  );

  /** The rows of a list with their ids: kept for rows of the base card, made from the name for added ones. */
  const rowsWithIds = <T extends { id: string; name: RateCard['name'] }>(
    list: ListName,
    baseItems: readonly T[],
  ) => {
    const taken = new Set(rowsOf(form, list).filter((row) => !isNewRow(row)));
    return rowsOf(form, list).map((row) => {
      const key = rowBlock(list, row);
      const was = isNewRow(row) ? undefined : baseItems.find((item) => item.id === row);
      const typedName = take(
        textField(text(fieldKey(key, 'name')), fieldKey(key, 'name'), 200, true),
        '',
      );
      const rowId =
        was?.id ?? idFromName(typedName, taken, list === 'providers' ? 'provider' : 'item');
      taken.add(rowId);
      // A name left as it was keeps its Welsh; a changed one is English only until translated.
      const itemName =
        was !== undefined && englishOf(was.name) === typedName ? was.name : typedName;
      return { row, key, was, id: rowId, name: itemName };
    });
  };

  const providers = rowsWithIds('providers', base.registeredProvider.providers).map(
    ({ key, was, id: rowId, name: rowName }) => ({
      id: rowId,
      name: rowName,
      quality: take(
        textField(text(fieldKey(key, 'quality')), fieldKey(key, 'quality'), 60, false),
        '',
      ),
      rates: rates(key, `registeredProvider.providers[${rowId}].rates`, was?.rates),
    }),
  );
  const onCosts = rowsWithIds('onCosts', base.personalAssistant.onCosts).map(
    ({ key, was, id: rowId, name: rowName }) => {
      const percent = take(
        decimalField(text(fieldKey(key, 'percent')), fieldKey(key, 'percent'), 0, 100),
        was?.percent ?? '0',
      );
      const path = `personalAssistant.onCosts[${rowId}].percent`;
      block(key, path, [{ path, changed: changed(percent, was?.percent, was === undefined) }]);
      return { id: rowId, name: rowName, percent };
    },
  );
  const employerCosts = rowsWithIds('employerCosts', base.personalAssistant.employerCosts).map(
    ({ key, was, id: rowId, name: rowName }) => {
      const amount = take(
        requiredMoney(text(fieldKey(key, 'amount')), fieldKey(key, 'amount')),
        was?.amount ?? '0.00',
      );
      const perText = text(fieldKey(key, 'per'));
      const per = (FREQUENCIES as readonly string[]).includes(perText)
        ? (perText as Frequency)
        : undefined;
      if (per === undefined) problems.push(problem([fieldKey(key, 'per')], 'rateCards.errors.per'));
      const path = `personalAssistant.employerCosts[${rowId}].amount`;
      block(key, path, [{ path, changed: changed(amount, was?.amount, was === undefined) }]);
      return { id: rowId, name: rowName, amount, per: per ?? 'weekly' };
    },
  );
  const settings = rowsWithIds('settings', base.settings).map(
    ({ key, was, id: rowId, name: rowName }) => {
      const weeklyFee = take(
        requiredMoney(text(fieldKey(key, 'weeklyFee')), fieldKey(key, 'weeklyFee')),
        was?.weeklyFee ?? '0.00',
      );
      const fncWeekly = take(
        moneyField(text(fieldKey(key, 'fncWeekly')), fieldKey(key, 'fncWeekly'), true),
        was?.fncWeekly,
      );
      const group = `settings[${rowId}]`;
      block(key, group, [
        {
          path: `${group}.weeklyFee`,
          changed: changed(weeklyFee, was?.weeklyFee, was === undefined),
        },
        ...(fncWeekly === undefined
          ? []
          : [
              {
                path: `${group}.fncWeekly`,
                changed: changed(fncWeekly, was?.fncWeekly, was === undefined),
              },
            ]),
      ]);
      return {
        id: rowId,
        name: rowName,
        weeklyFee,
        ...(fncWeekly === undefined ? {} : { fncWeekly }),
      };
    },
  );

  const typed = new Map<string, string>();
  for (const { key, figures } of blocks) {
    const source = take(textField(text(sourceKey(key)), sourceKey(key), 1000, false), '');
    typed.set(key, source);
    if (source === '' && figures.some((figure) => figure.changed)) {
      problems.push(problem([sourceKey(key)], 'rateCards.errors.sourceRequired'));
    }
  }
  if (problems.length > 0) return failed(problems);

  const card: RateCard = {
    format: RATE_CARD_FORMAT,
    version: RATE_CARD_VERSION,
    id,
    name,
    area,
    validFrom,
    validTo,
    ...(form['illustrative']?.includes('yes') === true ? { illustrative: true } : {}),
    ...(notes === '' ? {} : { notes }),
    weeksPerYear,
    domains: base.domains,
    registeredProvider: { standard, providers },
    personalAssistant: { pay, onCosts, employerCosts },
    settings,
    carerPolicy,
    sources: [],
  };
  // The command line's check, last: whatever the form missed, the card is never half-valid.
  return readRateCard({ ...card, sources: buildSources(base, card, blocks, typed) });
}
