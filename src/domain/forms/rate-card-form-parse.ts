/**
 * Reading the rate-card form back into a card. Every field is checked and every problem
 * named by its field; a block with a changed or added figure needs its source; and the
 * card made is then read with `readRateCard`, the command line's own check, so the app
 * can never save or download a card the command would refuse.
 */
import Decimal from 'decimal.js';
import type { TextLines } from '../plain-text';
import { failed, problem, type Result } from '../problems';
import { readRateCard } from '../read';
import { RATE_CARD_FORMAT, RATE_CARD_VERSION, type RateCard } from '../schema/rate-card';
import {
  dateKey,
  fieldKey,
  PAY_FLOOR_BLOCK,
  PAY_FLOOR_KEY,
  POLICY_FIELDS,
  sourceKey,
  type RateCardForm,
} from './rate-card-form';
import {
  dateField,
  decimalField,
  idField,
  moneyField,
  textField,
  wholeField,
} from './rate-card-form-fields';
import { readCosts, readProviders } from './rate-card-form-lists';
import { changed, FormReader } from './rate-card-form-reader';
import { buildSources } from './rate-card-form-sources';

function readDetails(reader: FormReader, takenIds: readonly string[]) {
  const text = (key: string, max: number, required: boolean, lines: TextLines = 'one') =>
    reader.take(textField(reader.text(key), key, max, required, lines), '');
  const date = (which: 'validFrom' | 'validTo') =>
    reader.take(
      dateField(
        reader.text(dateKey(which, 'day')),
        reader.text(dateKey(which, 'month')),
        reader.text(dateKey(which, 'year')),
        which,
      ),
      '',
    );
  const details = {
    id: reader.take(idField(reader.text('id'), 'id', takenIds), ''),
    name: text('name', 200, true),
    area: text('area', 200, true),
    validFrom: date('validFrom'),
    validTo: date('validTo'),
  };
  if (details.validFrom !== '' && details.validTo !== '' && details.validTo < details.validFrom) {
    reader.problems.push(problem(['validTo'], 'rateCards.errors.dateOrder'));
  }
  return { ...details, notes: text('notes', 2000, false, 'many') };
}

function readCarerPolicy(reader: FormReader, base: RateCard): RateCard['carerPolicy'] {
  const key = (field: string) => fieldKey('carerPolicy', field);
  const was = base.carerPolicy;
  const hours = (field: 'noticeHours' | 'highHours' | 'veryHighHours') =>
    reader.take(decimalField(reader.text(key(field)), key(field), 0, 168), was[field]);
  const whole = (field: 'nightsPerWeek' | 'olderCarerAge', min: number, max: number) =>
    reader.take(wholeField(reader.text(key(field)), key(field), min, max), was[field]);
  const policy = {
    noticeHours: hours('noticeHours'),
    highHours: hours('highHours'),
    veryHighHours: hours('veryHighHours'),
    nightsPerWeek: whole('nightsPerWeek', 1, 7),
    olderCarerAge: whole('olderCarerAge', 16, 120),
  };
  // Each hours threshold is at least the one before it, as the rate-card rules require.
  for (const [field, lower] of [
    ['highHours', 'noticeHours'],
    ['veryHighHours', 'highHours'],
  ] as const) {
    if (new Decimal(policy[field]).lt(policy[lower])) {
      reader.problems.push(problem([key(field)], 'rateCards.errors.thresholdOrder'));
    }
  }
  reader.block(
    'carerPolicy',
    'carerPolicy',
    POLICY_FIELDS.map((field) => ({
      path: `carerPolicy.${field}`,
      changed: changed(policy[field], was[field]),
    })),
  );
  return policy;
}

/**
 * The pay floor: an amount an hour, or empty for none. A floor set or changed needs its
 * source, as every figure does; one taken off needs none (there is no figure left to source).
 */
function readPayFloor(reader: FormReader, base: RateCard): string | undefined {
  const was = base.personalAssistant.payFloor;
  const floor = reader.take(moneyField(reader.text(PAY_FLOOR_KEY), PAY_FLOOR_KEY, true), was);
  // Always a block, so its problems sort in page order; with no floor it has no figure.
  reader.block(
    PAY_FLOOR_BLOCK,
    'personalAssistant.payFloor',
    floor === undefined
      ? []
      : [{ path: 'personalAssistant.payFloor', changed: changed(floor, was, was === undefined) }],
  );
  return floor;
}

/** Each block's source question comes last in its block: its problem follows the block's own. */
function inPageOrder(reader: FormReader) {
  const blocks = reader.blocks.map((block) => block.key);
  const rank = (path: string) => {
    const block = path.startsWith('source:')
      ? path.slice('source:'.length)
      : path.split('/').slice(0, -1).join('/');
    return path === 'weeksPerYear' ? blocks.indexOf('weeksPerYear') : blocks.indexOf(block);
  };
  return reader.problems
    .map((found, index) => ({ found, index, rank: rank(found.path) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ found }) => found);
}

/** `takenIds`: every card id already in the tool, shipped or on this device. */
export function formToRateCard(
  form: RateCardForm,
  base: RateCard,
  takenIds: readonly string[],
): Result<RateCard> {
  const reader = new FormReader(form);
  const { notes, ...details } = readDetails(reader, takenIds);
  const weeksPerYear = reader.take(
    decimalField(reader.text('weeksPerYear'), 'weeksPerYear', 52, 53),
    base.weeksPerYear,
  );
  reader.block('weeksPerYear', 'weeksPerYear', [
    { path: 'weeksPerYear', changed: changed(weeksPerYear, base.weeksPerYear) },
  ]);
  // Read in the order of the page, so that the error summary lists problems in that order.
  const standard = reader.rates(
    'standard',
    'registeredProvider.standard',
    base.registeredProvider.standard,
  );
  const providers = readProviders(reader, form, base);
  const pay = reader.rates('pay', 'personalAssistant.pay', base.personalAssistant.pay);
  const payFloor = readPayFloor(reader, base);
  const { onCosts, employerCosts, settings } = readCosts(reader, form, base);
  const carerPolicy = readCarerPolicy(reader, base);

  const typed = new Map<string, string>();
  for (const { key, figures } of reader.blocks) {
    const source = reader.take(
      textField(reader.text(sourceKey(key)), sourceKey(key), 1000, false, 'many'),
      '',
    );
    typed.set(key, source);
    if (source === '' && figures.some((figure) => figure.changed)) {
      reader.problems.push(problem([sourceKey(key)], 'rateCards.errors.sourceRequired'));
    }
  }
  if (reader.problems.length > 0) return failed(inPageOrder(reader));

  const card: RateCard = {
    format: RATE_CARD_FORMAT,
    version: RATE_CARD_VERSION,
    ...details,
    ...(form['illustrative']?.includes('yes') === true ? { illustrative: true } : {}),
    ...(notes === '' ? {} : { notes }),
    weeksPerYear,
    domains: base.domains,
    registeredProvider: { standard, providers },
    personalAssistant: {
      pay,
      onCosts,
      employerCosts,
      ...(payFloor === undefined ? {} : { payFloor }),
    },
    settings,
    carerPolicy,
    // Nor is the policy (delegated authority, maximum weekly charge, monitoring): a card
    // made from another keeps it, with its sources.
    ...(base.policy === undefined ? {} : { policy: base.policy }),
    sources: [],
  };
  // The command line's check, last: whatever the form missed, the card is never half-valid.
  return readRateCard({ ...card, sources: buildSources(base, card, reader.blocks, typed) });
}
