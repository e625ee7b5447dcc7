/**
 * A line's working as people read it (src/present/line-working.ts): the row the summary
 * and the PDF show, and the working the need page and the text report show, in English
 * and in Welsh, for a weekly line, a line one week in N, a line N weeks a year, a line at
 * no cost, an agreed figure and a shared line. The words the three documents render are
 * checked against each other in summary-agreement.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { priceOnCard, type BudgetPricing } from '../../src/domain/pricing/price-budget';
import { readBudget } from '../../src/domain/read';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { createI18n } from '../../src/i18n';
import { documentFormat } from '../../src/present/format';
import {
  lineWorking,
  linesByDomain,
  workingSentences,
  type LineWorkingModel,
} from '../../src/present/line-working';
import { loadCard, price, readJson, sleepIn, visits } from '../helpers/builders';

const england = loadCard('rate-cards/england-2025-26.json');

function priced(file: unknown, card: RateCard): BudgetPricing {
  const read = readBudget(file);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const result = priceOnCard(read.value, card, { asOf: '2026-05-01' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function working(pricing: BudgetPricing, id: string, language: 'en' | 'cy' = 'en') {
  const { t } = createI18n(language);
  const line = pricing.lines.find((found) => found.line.id === id);
  if (line === undefined) throw new Error(`no line ${id}`);
  return lineWorking(line, pricing, documentFormat(pricing, t, language));
}

const ann = priced(readJson('examples/example-ann.json'), england);

describe("a line's working", () => {
  it("says a weekday and weekend line's row and working step by step", () => {
    // Example Homecare Ltd: £33.75 on weekdays, £35.35 at weekends. 5 × 45 min = 3.75 h ×
    // £33.75 = £126.5625; 2 × 45 min = 1.5 h × £35.35 = £53.025; the week £179.5875 is
    // rounded once to £179.59, and the year is £179.59 × 52.143 = £9,364.36.
    expect(working(ann, 'morning')).toEqual<LineWorkingModel>({
      id: 'morning',
      activity: 'Help to get up, wash and dress',
      domain: 'Personal care',
      who: 'Registered provider: Example Homecare Ltd',
      when: '45 minutes, 1 visit a day, Mon to Sun',
      time: null,
      amount: '5.25',
      rates: ['£33.75 an hour, Mon to Fri', '£35.35 an hour, Sat, Sun'],
      weekly: '£179.59',
      annual: '£9,364.36',
      agreed: [],
      paRates: [],
      steps: [
        {
          text: 'Mon to Fri: 3.75 hours × £33.75 = £126.5625',
          detail: '5 days × 1 visit a day × 45 minutes × 1 worker',
        },
        {
          text: 'Sat, Sun: 1.5 hours × £35.35 = £53.025',
          detail: '2 days × 1 visit a day × 45 minutes × 1 worker',
        },
      ],
      noCost: null,
      shared: [],
      rounding: [
        'Weekly: £179.5875 rounds half-up to £179.59',
        'Annual: £179.59 × 52.143 = £9,364.36',
      ],
    });
  });

  it('says the same line in Welsh, with the same figures', () => {
    const cy = priced(readJson('examples/example-ann.cy.json'), england);
    const model = working(cy, 'morning', 'cy');
    expect(model.who).toBe('Darparwr cofrestredig: Example Homecare Ltd');
    expect(working(cy, 'lunch', 'cy').who).toBe('Cynorthwyydd personol: Jo Example');
    expect(model.when).toBe('45 munud, 1 ymweliad y dydd, Llun i Sul');
    expect(model.rates).toEqual(['£33.75 yr awr, Llun i Gwe', '£35.35 yr awr, Sad, Sul']);
    expect(model.steps).toEqual([
      {
        text: 'Llun i Gwe: 3.75 awr × £33.75 = £126.5625',
        detail: '5 diwrnod × 1 ymweliad y dydd × 45 munud × 1 gweithiwr',
      },
      {
        text: 'Sad, Sul: 1.5 awr × £35.35 = £53.025',
        detail: '2 ddiwrnod × 1 ymweliad y dydd × 45 munud × 1 gweithiwr',
      },
    ]);
    expect(model.rounding).toEqual([
      'Wythnosol: mae £179.5875 yn talgrynnu hanner i fyny i £179.59',
      'Blynyddol: £179.59 × 52.143 = £9,364.36',
    ]);
  });

  it('works a line one week in two from the week it comes, and a line two weeks a year from the year (rule 9)', () => {
    // Every other Saturday: 4 h × £35.35 = £141.40 in a week it comes, ÷ 2 = £70.70 a week.
    const sitting = working(ann, 'sitting');
    expect(sitting.time).toBe('every other week');
    expect(sitting.rounding).toEqual([
      'Weekly: £141.40 in a week it comes ÷ 2 = £70.70 rounds half-up to £70.70',
      'Annual: £70.70 × 52.143 = £3,686.51',
    ]);
    // A fortnight a year: 40 h × £33.75 + 16 h × £35.35 = £1,915.60 a week it comes; × 2 =
    // £3,831.20 a year; ÷ 52.143 = £73.474867… → £73.47 a week.
    const respite = working(ann, 'respite');
    expect(respite.time).toBe('2 weeks a year, averaged');
    expect(respite.rounding).toEqual([
      'Annual: £1915.60 in a week it comes × 2 = £3831.20 rounds half-up to £3,831.20',
      'Weekly: £3831.20 ÷ 52.143 = £73.474867… rounds half-up to £73.47',
    ]);
    expect([respite.weekly, respite.annual]).toEqual(['£73.47', '£3,831.20']);
  });

  it("says a PA's rate once with its on-costs, and an unpaid carer's hours as at no cost", () => {
    // £13.45 pay + 15.07% on-costs = £15.476915 an hour, weekdays and weekends alike.
    expect(working(ann, 'lunch').who).toBe('Personal assistant: Jo Example');
    expect(working(ann, 'overnight').who).toBe('Personal assistant');
    expect(working(ann, 'lunch').paRates).toEqual([
      'Personal assistant rate: £13.45 pay + 15.07% for holiday pay and pension = £15.476915 an hour',
    ]);
    const paperwork = working(ann, 'paperwork');
    expect(paperwork).toMatchObject({
      who: 'Unpaid carer: Sam Example',
      amount: '1.00',
      rates: ['no cost'],
      steps: [],
      noCost: '1.00 hour a week, at no cost to the budget',
      rounding: [],
    });
    expect(workingSentences(paperwork)).toEqual(['1.00 hour a week, at no cost to the budget']);
  });

  it('says an hour in the singular, and a sleep-in by its nights and workers', () => {
    const pricing = price({
      lines: [
        visits({ days: ['mon'], minutes: 60 }),
        sleepIn({ id: 's1', resource: 'registered-provider', days: ['fri', 'sat'], workers: 2 }),
      ],
    });
    expect(working(pricing, 'l1').steps).toEqual([
      {
        text: 'Mon: 1 hour × £20.00 = £20.00',
        detail: '1 day × 1 visit a day × 60 minutes × 1 worker',
      },
    ]);
    // Two workers on two nights: 4 nights × £100.00 = £400.00.
    const night = working(pricing, 's1');
    expect(night.amount).toBe('4 nights');
    expect(night.when).toBe('Sleep-in: Fri, Sat, 2 workers (double-handed)');
    expect(night.steps).toEqual([
      { text: 'Fri, Sat: 4 nights × £100.00 = £400.00', detail: '2 nights × 2 workers' },
    ]);
  });

  it('works an agreed figure against the card, and a shared line divided between the people who share it', () => {
    const agreed = readJson('tests/worked-examples/51-agreed-sleep-ins-with-on-costs.json') as {
      budget: unknown;
    };
    const split = loadCard('tests/fixtures/rate-cards/split-rates.json');
    const pa = working(priced(agreed.budget, split), 'l1');
    expect(pa.agreed).toEqual([
      "Agreed pay: £95.00 a night, in place of the rate card's pay of £80.00 a night (agreed: Agreed with the PA by the person and their broker, 12 January 2026); the card's on-costs are added to it",
      "At the rate card's rates this line would cost £184.11 a week: the agreed figure costs £34.52 a week more",
    ]);
    // £95.00 × 1.1507 = £109.3165 a night; 2 nights = £218.633 → £218.63.
    expect(pa.steps).toEqual([
      { text: 'Fri, Sat: 2 nights × £109.3165 = £218.633', detail: '2 nights × 1 worker' },
    ]);

    const shared = readJson(
      'tests/worked-examples/52-shared-night-support-every-other-week.json',
    ) as { budget: unknown };
    const nights = working(priced(shared.budget, split), 'l1');
    // 40 h × £25.00 + 8 h × £35.00 = £1,280.00 ÷ 3 = £426.666…, then ÷ 2 for every other week.
    expect(nights.shared).toEqual([
      'Shared by 3 people at the same time: £1280.00 ÷ 3 = £426.666666… for this person',
    ]);
    expect(nights.rounding[0]).toBe(
      'Weekly: £426.666666… in a week it comes ÷ 2 = £213.333333… rounds half-up to £213.33',
    );
  });

  it("groups the lines by area of life in the card's order, as the summary and the PDF show them", () => {
    const { t } = createI18n('en');
    const areas = linesByDomain(ann, documentFormat(ann, t, 'en'));
    expect(areas.map((area) => area.domain)).toEqual(
      england.domains
        .map((domain) => domain.id)
        .filter((id) => ann.lines.some((line) => line.line.domain === id)),
    );
    expect(areas.flatMap((area) => area.lines.map((line) => line.id)).sort()).toEqual(
      ann.lines.map((line) => line.line.id).sort(),
    );
    expect(areas[0]?.name).toBe('Personal care');
  });

  it('has no line when the budget has none', () => {
    const { t } = createI18n('en');
    const empty = price({});
    expect(linesByDomain(empty, documentFormat(empty, t, 'en'))).toEqual([]);
  });
});
