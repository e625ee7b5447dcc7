import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRateCard } from '../../src/domain/read';
import { figurePaths, isCoveredBy } from '../../src/domain/schema/rate-card-figures';
import type { RateCard } from '../../src/domain/schema/rate-card';
import { readJson, ROOT } from '../helpers/builders';

const shipped = readdirSync(join(ROOT, 'rate-cards'))
  .filter((name) => name.endsWith('.json'))
  .sort();

function card(file: string): RateCard {
  const result = readRateCard(readJson(`rate-cards/${file}`));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return result.value;
}

describe('shipped rate cards', () => {
  it('include England 2025-26, England 2026-27 and Wales 2025-26', () => {
    expect(shipped).toEqual(
      expect.arrayContaining([
        'england-2025-26.json',
        'england-2026-27.json',
        'wales-2025-26.json',
      ]),
    );
  });

  describe.each(shipped)('%s', (file) => {
    it('is a valid rate card whose id is its file name', () => {
      expect(card(file).id).toBe(file.replace(/\.json$/, ''));
    });

    it('is labelled illustrative, in its flag and its name [H3.2]', () => {
      const { illustrative, name } = card(file);
      expect(illustrative).toBe(true);
      expect(typeof name === 'string' ? name : name.en).toMatch(/illustrative/i);
    });

    it('has a source for every figure [H4.1]', () => {
      const { sources } = card(file);
      const figures = figurePaths(card(file));
      expect(figures.length).toBeGreaterThan(30);
      const unsourced = figures.filter(
        (figure) => !sources.some((s) => isCoveredBy(figure, s.figure)),
      );
      expect(unsourced).toEqual([]);
    });

    it('has at least two example providers with different prices and quality ratings', () => {
      const providers = card(file).registeredProvider.providers;
      expect(providers.length).toBeGreaterThanOrEqual(2);
      expect(new Set(providers.map((p) => p.rates.day.weekday)).size).toBeGreaterThanOrEqual(2);
      expect(new Set(providers.map((p) => p.quality)).size).toBeGreaterThanOrEqual(2);
    });

    it('has PA on-costs and employer costs', () => {
      const { onCosts, employerCosts } = card(file).personalAssistant;
      expect(onCosts.map((c) => c.id)).toEqual(expect.arrayContaining(['holiday', 'pension']));
      expect(employerCosts.length).toBeGreaterThanOrEqual(2);
    });

    it('has residential and nursing settings, nursing with NHS-funded Nursing Care', () => {
      const { settings } = card(file);
      expect(settings.some((s) => s.id.startsWith('residential'))).toBe(true);
      const nursing = settings.filter((s) => s.id.startsWith('nursing'));
      expect(nursing.length).toBeGreaterThan(0);
      expect(nursing.every((s) => s.fncWeekly !== undefined)).toBe(true);
    });
  });

  it.each(['wales-2025-26.json', 'wales-2026-27.json'])(
    'the Welsh card %s has Welsh for every name a person reads',
    (file) => {
      const wales = card(file);
      const names = [
        wales.name,
        ...wales.domains.map((d) => d.name),
        ...wales.personalAssistant.onCosts.map((c) => c.name),
        ...wales.personalAssistant.employerCosts.map((c) => c.name),
        ...wales.settings.map((s) => s.name),
      ];
      const missing = names.filter((name) => typeof name === 'string' || name.cy === undefined);
      expect(missing).toEqual([]);
    },
  );

  it('each card runs for one financial year, April to March [H3.1]', () => {
    for (const file of shipped) {
      const { validFrom, validTo } = card(file);
      expect(validFrom, file).toMatch(/^\d{4}-04-01$/);
      expect(validTo, file).toBe(`${Number(validFrom.slice(0, 4)) + 1}-03-31`);
    }
  });

  it('uses the 2025-26 and 2026-27 NHS-funded Nursing Care rates for England', () => {
    const fnc = (file: string) => card(file).settings.find((s) => s.id === 'nursing')?.fncWeekly;
    expect(fnc('england-2025-26.json')).toBe('254.06');
    expect(fnc('england-2026-27.json')).toBe('267.68');
  });

  it('prices the standard provider hour at the Homecare Association 2025-26 minimum, £32.14 [H4.2]', () => {
    expect(card('england-2025-26.json').registeredProvider.standard.day.weekday).toBe('32.14');
  });

  describe('Wales 2026-27, on Welsh figures where Welsh ones were found', () => {
    const wales = () => card('wales-2026-27.json');
    const source = (figure: string) => wales().sources.find((s) => s.figure === figure)?.text ?? '';
    const borrowed = (text: string) =>
      /^PLACEHOLDER, (AN ENGLAND FIGURE|ENGLAND COUNCIL FIGURES), used for want of a Welsh one/.test(
        text,
      );

    it('pays a PA the Real Living Wage the Welsh Government funds from April 2026, and floors at the National Living Wage £12.71', () => {
      const { pay, payFloor } = wales().personalAssistant;
      expect([pay.day.weekday, pay.day.weekend, pay.night.weekday, pay.night.weekend]).toEqual([
        '13.45',
        '13.45',
        '13.45',
        '13.45',
      ]);
      expect(payFloor).toBe('12.71');
      expect(source('personalAssistant.pay.day')).toMatch(/^A Welsh figure, £13\.45/);
      expect(source('personalAssistant.pay.day')).toContain('Welsh Government');
    });

    it('caps the weekly charge for care at home at the Welsh £100, with the Welsh Government as its source', () => {
      expect(wales().policy?.charging?.maxWeeklyCharge).toBe('100.00');
      expect(source('policy.charging.maxWeeklyCharge')).toMatch(/^Welsh Government/);
    });

    it('prices care homes on Pembrokeshire usual costs uplifted to 2026-27', () => {
      const fee = (id: string) => wales().settings.find((s) => s.id === id)?.weeklyFee;
      expect([
        fee('residential'),
        fee('residential-emi'),
        fee('nursing'),
        fee('nursing-emi'),
      ]).toEqual(['969.37', '1060.17', '1009.02', '1095.63']);
      expect(source('settings[nursing].weeklyFee')).toContain('Pembrokeshire County Council');
    });

    it('says of every England figure it borrows that it is one, used for want of a Welsh one, and of no other', () => {
      const marked = wales()
        .sources.filter((s) => borrowed(s.text))
        .map((s) => s.figure);
      expect(marked).toEqual([
        'registeredProvider.standard.day',
        'registeredProvider.standard.night',
        'registeredProvider.standard.sleepIn',
        'personalAssistant.pay.sleepIn',
        'personalAssistant.employerCosts[insurance].amount',
        'personalAssistant.employerCosts[payroll].amount',
        'settings[nursing].fncWeekly',
        'settings[nursing-emi].fncWeekly',
      ]);
      expect(wales().settings.find((s) => s.id === 'nursing')?.fncWeekly).toBe('267.68');
    });

    it('is the card in force for Wales after the 2025-26 card ends', () => {
      expect(wales().area).toBe(card('wales-2025-26.json').area);
      expect(wales().validFrom).toBe('2026-04-01');
    });
  });
});
