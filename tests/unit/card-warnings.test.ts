/**
 * A rate card that prices paid care at £0.00, or whose carer thresholds are 0 hours, is
 * valid but never passes unsaid (docs/rate-cards.md, "Warnings about a card"): in the
 * JSON report's warnings, the text report, and on standard error whatever the format.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardWarnings } from '../../src/domain/card-warnings';
import { priceBudget } from '../../src/domain/pricing/price-budget';
import { readRateCard } from '../../src/domain/read';
import { toReport } from '../../src/domain/report';
import type { RateCard, Rates } from '../../src/domain/schema/rate-card';
import { createI18n } from '../../src/i18n';
import { textReport } from '../../src/io/text-report';
import { budget, carer, loadCard, ROOT, splitCard, visits } from '../helpers/builders';
import { price } from '../helpers/run-price';

const ZERO: Rates = {
  day: { weekday: '0.00', weekend: '0.00' },
  night: { weekday: '0.00', weekend: '0.00' },
  sleepIn: '0.00',
};

/** The split-rates test card with every paid rate £0.00: valid, and pricing all paid care at nothing. */
function allZero(): RateCard {
  const card = splitCard();
  const zeroed = {
    ...card,
    id: 'all-zero',
    registeredProvider: { ...card.registeredProvider, standard: ZERO },
    personalAssistant: { ...card.personalAssistant, pay: ZERO },
  };
  const read = readRateCard(zeroed);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
}

function zeroThresholds(): RateCard {
  const card = splitCard();
  return { ...card, carerPolicy: { ...card.carerPolicy, noticeHours: '0', highHours: '0' } };
}

const PAID_ZERO = [
  'registeredProvider.standard.day.weekday',
  'registeredProvider.standard.day.weekend',
  'registeredProvider.standard.night.weekday',
  'registeredProvider.standard.night.weekend',
  'registeredProvider.standard.sleepIn',
  'personalAssistant.pay.day.weekday',
  'personalAssistant.pay.day.weekend',
  'personalAssistant.pay.night.weekday',
  'personalAssistant.pay.night.weekend',
  'personalAssistant.pay.sleepIn',
];

describe('the warnings of a rate card', () => {
  it('card-paid-rates-zero names every paid rate that is £0.00, and an all-zero card prices care at £0 [H19.1]', () => {
    const card = allZero();
    expect(cardWarnings(card)).toEqual([{ id: 'card-paid-rates-zero', figures: PAID_ZERO }]);
    const report = toReport(priceBudget(budget({ lines: [visits({ minutes: 60 })] }), card));
    expect(report.totals.weekly).toBe('0.00');
    expect(report.warnings).toEqual([{ id: 'card-paid-rates-zero', figures: PAID_ZERO }]);
  });

  it('card-paid-rates-zero names one zero rate of a named provider, and nothing else', () => {
    const card = loadCard('rate-cards/england-2025-26.json');
    const [first, ...others] = card.registeredProvider.providers;
    if (first === undefined) throw new Error('the card has no named provider');
    const withZero: RateCard = {
      ...card,
      registeredProvider: {
        ...card.registeredProvider,
        providers: [{ ...first, rates: { ...first.rates, sleepIn: '0.00' } }, ...others],
      },
    };
    expect(cardWarnings(withZero)).toEqual([
      {
        id: 'card-paid-rates-zero',
        figures: [`registeredProvider.providers[${first.id}].rates.sleepIn`],
      },
    ]);
  });

  it('card-carer-threshold-zero names each hours threshold of 0, which flags every carer [H19.2]', () => {
    const card = zeroThresholds();
    expect(cardWarnings(card)).toEqual([
      {
        id: 'card-carer-threshold-zero',
        figures: ['carerPolicy.noticeHours', 'carerPolicy.highHours'],
      },
    ]);
    const report = toReport(priceBudget(budget({ carers: [carer()] }), card));
    // A carer giving no care at all is flagged: the thresholds say nothing.
    expect(report.carers[0]?.flags).toEqual(['carer-hours-high']);
    expect(report.warnings.map((warning) => warning.id)).toEqual(['card-carer-threshold-zero']);
  });

  it('none for the shipped cards and the test cards', () => {
    for (const file of ['england-2025-26', 'england-2026-27', 'wales-2025-26']) {
      expect(cardWarnings(loadCard(`rate-cards/${file}.json`)), file).toEqual([]);
    }
    expect(cardWarnings(splitCard())).toEqual([]);
  });

  it('the text report lists them in its warnings, in English and in Welsh', () => {
    const pricing = priceBudget(budget(), allZero());
    const english = textReport(pricing, createI18n('en').t);
    expect(english).toContain(
      'The rate card prices paid care at £0.00 (registeredProvider.standard.day.weekday, registeredProvider.standard.day.weekend,',
    );
    const welsh = textReport(pricing, createI18n('cy').t, 'cy');
    expect(welsh).toContain(
      "Mae'r cerdyn cyfraddau yn prisio gofal â thâl ar £0.00 (registeredProvider.standard.day.weekday",
    );
    const thresholds = textReport(priceBudget(budget(), zeroThresholds()), createI18n('en').t);
    expect(thresholds).toContain(
      "The rate card's carer thresholds are 0 hours (carerPolicy.noticeHours, carerPolicy.highHours): every carer is flagged",
    );
  });
});

describe('the pricing command on a card with £0.00 rates', () => {
  let dir = '';
  let budgetFile = '';
  let cardFile = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zero-card-'));
    budgetFile = join(dir, 'budget.json');
    cardFile = join(dir, 'all-zero.json');
    writeFileSync(budgetFile, JSON.stringify(budget({ rateCard: 'all-zero', lines: [visits()] })));
    writeFileSync(cardFile, JSON.stringify(allZero()));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prices it, exit 0, with the warning in the JSON and a notice on standard error [H19.3]', async () => {
    const run = await price([budgetFile, '--rate-card', cardFile]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { warnings: { id: string; figures?: string[] }[] };
    expect(report.warnings).toEqual([{ id: 'card-paid-rates-zero', figures: PAID_ZERO }]);
    expect(run.stderr).toMatch(
      /^Warning: rate card all-zero: The rate card prices paid care at £0\.00 \(registeredProvider/,
    );
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('gives the notice with the CSV too, which has no warnings of its own', async () => {
    const run = await price([budgetFile, '--rate-card', cardFile, '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Warning: rate card all-zero:');
  });

  it('says nothing on standard error for a shipped card', async () => {
    const run = await price([join(ROOT, 'examples', 'example-ann.json')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});
