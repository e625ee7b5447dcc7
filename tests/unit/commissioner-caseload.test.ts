/**
 * The commissioner's figures over a caseload (docs/commissioner.md), worked by hand on
 * the split-rates test card (standard provider £20 an hour on a weekday, 52.143 weeks).
 */
import { describe, expect, it } from 'vitest';
import type { CaseloadEntry } from '../../src/domain/caseload/entry';
import { compareCards, nextEntryOf } from '../../src/domain/caseload/next-card';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { summariseCaseload } from '../../src/domain/caseload/summary';
import { readBudget } from '../../src/domain/read';
import type { Budget } from '../../src/domain/schema/budget';
import { createI18n } from '../../src/i18n';
import { caseloadSummaryCsv, caseloadTableCsv } from '../../src/io/caseload-csv';
import { budget, carer, expense, splitCard, visits } from '../helpers/builders';

const card = splitCard();
const AS_OF = '2025-06-01';
const { t } = createI18n('en');

function entryOf(fields: Partial<Budget>, asOf = AS_OF): CaseloadEntry {
  const read = readBudget(JSON.parse(JSON.stringify(budget(fields))));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const priced = priceCaseloadBudget(read.value, card, `${read.value.id}.json`, { asOf });
  if (!priced.ok) throw new Error(JSON.stringify(priced.problems));
  return priced.value;
}

/** An hour on Mondays from the dearer provider (£24), the cheaper (£18), and the cheaper with a recorded package. */
const dearer = () => entryOf({ id: 'dearer', lines: [visits({ provider: 'p2' })] });
const cheaper = () => entryOf({ id: 'cheaper', lines: [visits({ provider: 'p1' })] });
const recorded = () =>
  entryOf({
    id: 'recorded',
    version: 4,
    plan: {
      start: '2025-04-01',
      status: 'active',
      cohort: 'adult-chc',
      comparatorAnnual: '5000.00',
    },
    lines: [visits({ provider: 'p1' })],
  });

describe('cost avoided over a caseload (rule 15)', () => {
  it('gives each budget its traditional package and the cost avoided against it', () => {
    // £24 × 52.143 = £1,251.432 → £1,251.43; at the standard £20: £1,042.86; −£208.57 is −20.0%.
    expect(dearer().traditional).toEqual({
      weekly: '20.00',
      annual: '1042.86',
      basis: 'standard-rate',
      avoided: '-208.57',
      percent: '-20.0',
    });
    // £18 × 52.143 = £938.574 → £938.57; £104.29 of £1,042.86 is 10.0%.
    expect(cheaper().traditional).toEqual({
      weekly: '20.00',
      annual: '1042.86',
      basis: 'standard-rate',
      avoided: '104.29',
      percent: '10.0',
    });
    // The recorded £5,000.00 replaces the annual figure: £4,061.43 is 81.2%.
    expect(recorded().traditional).toEqual({
      weekly: '20.00',
      annual: '5000.00',
      basis: 'recorded',
      avoided: '4061.43',
      percent: '81.2',
    });
    expect(recorded().cohort).toBe('adult-chc');
    expect(dearer().cohort).toBe('other');
  });

  it('sums the packages, the budgets and the cost avoided, and works the percent out of the sums', () => {
    const summary = summariseCaseload([dearer(), cheaper(), recorded()], card, AS_OF);
    // £1,042.86 + £1,042.86 + £5,000.00 = £7,085.72; £1,251.43 + £938.57 + £938.57 = £3,128.57;
    // £3,957.15 ÷ £7,085.72 = 55.847…% → 55.8% (the mean of −20.0, 10.0 and 81.2 would be 23.7).
    expect(summary.traditional).toEqual({
      traditionalWeekly: '60.00',
      traditionalAnnual: '7085.72',
      planAnnual: '3128.57',
      avoided: '3957.15',
      percent: '55.8',
      recorded: 1,
      costMore: [
        {
          file: 'dearer.json',
          id: 'dearer',
          person: 'Test Person',
          annual: '1251.43',
          traditionalAnnual: '1042.86',
          over: '208.57',
        },
      ],
    });
  });

  it('gives no percent when the traditional packages cost nothing', () => {
    const summary = summariseCaseload(
      [
        entryOf({
          id: 'none',
          carers: [carer()],
          lines: [visits({ resource: 'unpaid-carer', carer: 'c1' } as never)],
        }),
      ],
      card,
      AS_OF,
    );
    expect(summary.traditional).toMatchObject({
      traditionalAnnual: '0.00',
      avoided: '0.00',
      percent: null,
      costMore: [],
    });
  });

  it('puts the sums and every budget that costs more in the figures CSV, and each budget’s package in the table CSV', () => {
    const entries = [dearer(), cheaper(), recorded()];
    const csv = caseloadSummaryCsv(summariseCaseload(entries, card, AS_OF), card, t);
    expect(csv).toContain(
      'Cost avoided against traditional packages,All budgets,Traditional packages a year,7085.72\r\n',
    );
    expect(csv).toContain(
      'Cost avoided against traditional packages,All budgets,Cost avoided (% of traditional),55.8\r\n',
    );
    expect(csv).toContain(
      'Budgets that cost more than their traditional package,dearer.json (dearer),More a year than the traditional package,208.57\r\n',
    );
    const table = caseloadTableCsv(entries, card, t).split('\r\n');
    expect(table[0]).toMatch(
      /,Cohort,Traditional package a year,Traditional package basis,Cost avoided a year,Cost avoided \(%\),This quarter so far,/,
    );
    expect(table[3]).toMatch(/,Adult NHS continuing healthcare,5000\.00,Recorded,4061\.43,81\.2,/);
  });
});

describe('the caseload’s cost in the year (rule 12 summed)', () => {
  /** £938.57 a year (£18 an hour on Mondays), planned for April to December, with £100.00 spent once on 10 May. */
  const dated = () =>
    entryOf({
      id: 'dated',
      version: 4,
      plan: { start: '2025-04-01', end: '2025-12-31', status: 'active' },
      lines: [visits({ provider: 'p1' })],
      expenses: [expense({ frequency: 'one-off', amount: '100.00', date: '2025-05-10' } as never)],
    });

  it('costs each budget’s quarter and year, so far and in full, cut to its plan', () => {
    // 1 April to 1 June is 62 days: £938.57 × 62 ÷ 365 = £159.43, and the £100.00 in May.
    // The quarter is 91 days: £234.00. The plan's 275 days of the year: £707.14.
    expect(dated().inYear).toEqual({
      quarterToDate: '259.43',
      quarter: '334.00',
      yearToDate: '259.43',
      outturn: '807.14',
    });
    // A budget without dates is active every day: the whole year is its annual cost.
    expect(cheaper().inYear).toEqual({
      quarterToDate: '159.43',
      quarter: '234.00',
      yearToDate: '159.43',
      outturn: '938.57',
    });
  });

  it('sums the budgets’ own figures for the quarter and the year holding the as-at day', () => {
    const summary = summariseCaseload([dated(), cheaper()], card, AS_OF);
    expect(summary.inYear).toEqual({
      quarter: '2025-26-q1',
      periods: {
        quarterToDate: { from: '2025-04-01', to: '2025-06-01', total: '418.86' },
        quarter: { from: '2025-04-01', to: '2025-06-30', total: '568.00' },
        yearToDate: { from: '2025-04-01', to: '2025-06-01', total: '418.86' },
        outturn: { from: '2025-04-01', to: '2026-03-31', total: '1745.71' },
      },
    });
    const csv = caseloadSummaryCsv(summary, card, t);
    expect(csv).toContain(
      'Cost in the year,"Financial year outturn, if every plan runs as planned, 2025-04-01 to 2026-03-31",Cost,1745.71\r\n',
    );
  });

  it('takes the quarter of a day in January to March from the year before', () => {
    const summary = summariseCaseload([cheaper()], card, '2026-02-01');
    expect(summary.inYear.quarter).toBe('2025-26-q4');
    expect(summary.inYear.periods.yearToDate).toMatchObject({
      from: '2025-04-01',
      to: '2026-02-01',
    });
  });
});

describe('next year’s rates on the whole caseload', () => {
  /** The same hour on Mondays from the dearer provider, on a card a year on with every rate 10% up. */
  const nextCard = {
    ...card,
    id: 'split-rates-next',
    registeredProvider: {
      ...card.registeredProvider,
      providers: card.registeredProvider.providers.map((provider) =>
        provider.id === 'p2'
          ? {
              ...provider,
              rates: { ...provider.rates, day: { weekday: '26.40', weekend: '39.60' } },
            }
          : provider,
      ),
    },
  } as typeof card;
  const onNext = (entry: CaseloadEntry, fields: Partial<Budget>) => {
    const read = readBudget(JSON.parse(JSON.stringify(budget(fields))));
    if (!read.ok) throw new Error('invalid');
    const priced = priceCaseloadBudget(read.value, nextCard, entry.file, { asOf: AS_OF });
    if (!priced.ok) throw new Error('unpriceable');
    return nextEntryOf(priced.value);
  };

  it('puts the two cards side by side, in total, by area, by who gives support and by cohort, with the budgets that rise most', () => {
    const a = dearer();
    const b = cheaper();
    const c = recorded();
    const next = [
      onNext(a, { id: 'dearer', lines: [visits({ provider: 'p2' })] }),
      onNext(b, { id: 'cheaper', lines: [visits({ provider: 'p1' })] }),
    ];
    const comparison = compareCards([a, b, c], next, card, nextCard);
    // £26.40 × 52.143 = £1,376.5752 → £1,376.58, up £125.15 (10.0%) on £1,251.43; the cheaper stays £938.57.
    expect(comparison.count).toBe(2);
    expect(comparison.notOnNextCard).toEqual(['recorded.json']);
    expect(comparison.annual).toEqual({
      thisYear: '2190.00',
      nextYear: '2315.15',
      difference: '125.15',
      percent: '5.7',
    });
    expect(comparison.weekly).toEqual({
      thisYear: '42.00',
      nextYear: '44.40',
      difference: '2.40',
      percent: '5.7',
    });
    expect(comparison.byDomain['personal-care']).toEqual(comparison.annual);
    expect(comparison.byResource['registered-provider']).toEqual(comparison.annual);
    expect(comparison.byCohort).toEqual({ other: comparison.annual });
    expect(comparison.rises).toEqual([
      {
        file: 'dearer.json',
        id: 'dearer',
        person: 'Test Person',
        annual: '1251.43',
        nextAnnual: '1376.58',
        rise: '125.15',
        percent: '10.0',
      },
    ]);
    const csv = caseloadSummaryCsv(
      summariseCaseload([a, b, c], card, AS_OF),
      card,
      t,
      'en',
      comparison,
    );
    expect(csv).toContain(`Next year's card: total a year,All budgets,Difference,125.15\r\n`);
    expect(csv).toContain(`Next year's card: budgets it cannot price,recorded.json,,\r\n`);
  });
});
