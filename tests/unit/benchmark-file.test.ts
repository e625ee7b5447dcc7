/**
 * The benchmark file (docs/benchmark-file.md): counts and money only; no text of any
 * budget, no count under 5, no withheld count that a sum gives back; read back with the
 * rules of every file here, and refused when it holds a small count.
 */
import { describe, expect, it } from 'vitest';
import { benchmarkOf } from '../../src/domain/benchmark/benchmark';
import { readBenchmark, readBenchmarkBytes } from '../../src/domain/benchmark/read-benchmark';
import { suppressedCounts } from '../../src/domain/benchmark/suppression';
import type { CaseloadEntry } from '../../src/domain/caseload/entry';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { COHORTS, FUNDING_ROUTES } from '../../src/domain/schema/budget-values';
import type { Budget } from '../../src/domain/schema/budget';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { loadCard } from '../helpers/builders';

const england = loadCard('rate-cards/england-2025-26.json');
const AS_OF = '2025-10-15';
const budgets = generateBudgets({ count: 120, seed: 5, rateCard: england });
const entries: CaseloadEntry[] = budgets.map((budget, index) => {
  const priced = priceCaseloadBudget(budget, england, `team-${index % 3}/${budget.id}.json`, {
    asOf: AS_OF,
  });
  if (!priced.ok) throw new Error('unpriceable');
  return priced.value;
});
const file = () =>
  benchmarkOf(entries, {
    area: 'North Shire',
    asOf: AS_OF,
    rateCard: england.id,
    population: 250_000,
  });

/** Every word a budget holds that is not a number: names, references, titles, activities, notes, ids, dates. */
function budgetTexts(budget: Budget): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      // Ids from fixed lists and the card (cohort, route, domain, resource) are the file's own words.
      if (
        ![
          'format',
          'fundingRoute',
          'rateCard',
          'cohort',
          'domain',
          'resource',
          'kind',
          'period',
          'frequency',
          'status',
          'provider',
        ].includes(key) &&
        value.length >= 5 &&
        !/^-?\d+(\.\d+)?$/.test(value)
      )
        texts.push(value);
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(budget, '');
  return texts;
}

/** Every count the file holds, by where it is. */
function countsIn(benchmark: ReturnType<typeof file>): [string, number | null][] {
  const found: [string, number | null][] = [
    ['budgets', benchmark.budgets],
    ['phbs', benchmark.phbs],
  ];
  for (const [row, routes] of [
    ...Object.entries(benchmark.counts.cohorts),
    ['total', benchmark.counts.total] as const,
  ]) {
    for (const [route, count] of Object.entries(routes)) found.push([`${row}|${route}`, count]);
  }
  for (const [id, bucket] of [
    ...Object.entries(benchmark.annual.byDomain),
    ...Object.entries(benchmark.annual.byResource),
  ])
    found.push([id, bucket.budgets]);
  return found;
}

describe('the benchmark file', () => {
  it('holds no text of any budget: no name, reference, title, activity, file, id or date finer than the quarter', () => {
    const text = JSON.stringify(file());
    const words = [...new Set(budgets.flatMap(budgetTexts))];
    expect(words.length).toBeGreaterThan(500);
    for (const word of words) expect(text, word).not.toContain(word);
    for (const entry of entries) expect(text).not.toContain(entry.file);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(file().quarter).toBe('2025-26-q3');
  });

  it('holds no count under 5, and withholds the money of every group it withholds the count of', () => {
    const benchmark = file();
    const counts = countsIn(benchmark);
    expect(counts.filter(([, count]) => count !== null).length).toBeGreaterThan(5);
    expect(counts.filter(([, count]) => count === null).length).toBeGreaterThan(5);
    for (const [where, count] of counts)
      if (count !== null) expect(count, where).toBeGreaterThanOrEqual(5);
    for (const cohort of COHORTS)
      expect(benchmark.annual.byCohort[cohort] === null).toBe(
        benchmark.counts.cohorts[cohort].total === null,
      );
    for (const bucket of Object.values(benchmark.annual.byDomain))
      expect(bucket.annual === null).toBe(bucket.budgets === null);
    for (const rate of [
      ...Object.values(benchmark.carerFlagRates),
      ...Object.values(benchmark.warningRates),
    ]) {
      if (rate === null) continue;
      // A rate × the budgets gives back a count: it is given only when that count, and the rest, are 5 or more.
      const found = Math.round((Number(rate) * (benchmark.budgets ?? 0)) / 100);
      expect(found).toBeGreaterThanOrEqual(5);
      expect((benchmark.budgets ?? 0) - found).toBeGreaterThanOrEqual(5);
    }
  });

  it('leaves no withheld count that a sum of the published ones gives back', () => {
    const benchmark = file();
    const withheld = (figure: number | string | null) => figure === null;
    const rows = [
      ...COHORTS.map((cohort) => benchmark.counts.cohorts[cohort]),
      benchmark.counts.total,
    ];
    for (const row of rows)
      expect(
        [row.total, ...FUNDING_ROUTES.map((route) => row[route])].filter(withheld).length,
      ).not.toBe(1);
    for (const route of [...FUNDING_ROUTES, 'total'] as const) {
      expect(
        [
          benchmark.counts.total[route],
          ...COHORTS.map((cohort) => benchmark.counts.cohorts[cohort][route]),
        ].filter(withheld).length,
      ).not.toBe(1);
    }
    expect(
      [benchmark.budgets, benchmark.phbs, benchmark.counts.cohorts['social-care'].total].filter(
        withheld,
      ).length,
    ).not.toBe(1);
    const domains = Object.values(benchmark.annual.byDomain).map((bucket) => bucket.annual);
    expect([benchmark.annual.total, ...domains].filter(withheld).length).not.toBe(1);
  });

  it('withholds a second count wherever one alone could be worked back', () => {
    // A row 7 = 5 + 2: the 2 is withheld, so the 5 must be too.
    const withheld = suppressedCounts(
      new Map([
        ['total', 7],
        ['a', 5],
        ['b', 2],
      ]),
      [{ total: 'total', parts: ['a', 'b'] }],
    );
    expect([...withheld].sort()).toEqual(['a', 'b']);
    // Nothing small: nothing withheld.
    expect(
      suppressedCounts(
        new Map([
          ['total', 12],
          ['a', 5],
          ['b', 7],
        ]),
        [{ total: 'total', parts: ['a', 'b'] }],
      ).size,
    ).toBe(0);
  });

  it('gives the figures from the caseload: PHBs per 100,000, the direct-payment share and the cost avoided', () => {
    const benchmark = file();
    expect(benchmark.budgets).toBe(120);
    const phbs = entries.filter((entry) => entry.cohort !== 'social-care').length;
    expect(benchmark.phbs).toBe(phbs);
    expect(benchmark.phbsPer100k).toBe(((phbs * 100_000) / 250_000).toFixed(1));
    const direct = entries.filter((entry) => entry.fundingRoute === 'direct-payment').length;
    expect(benchmark.directPaymentShare).toBe(((direct * 100) / 120).toFixed(1));
    expect(benchmark.costAvoidance?.planAnnual).toBe(benchmark.annual.total);
  });

  it('reads back as written, and is refused with a small count, an unknown field, a newer version or too deep', () => {
    const benchmark = file();
    const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    expect(readBenchmarkBytes(bytes(benchmark))).toEqual({ ok: true, value: benchmark });
    const small = readBenchmark({ ...benchmark, budgets: 3 });
    expect(small.ok).toBe(false);
    expect(!small.ok && small.problems[0]?.path).toBe('budgets');
    expect(readBenchmark({ ...benchmark, person: 'Ann Jones' }).ok).toBe(false);
    expect(readBenchmark({ ...benchmark, area: 'Ann\nJones' }).ok).toBe(false);
    expect(readBenchmark({ ...benchmark, version: 2 })).toMatchObject({
      ok: false,
      problems: [{ key: 'validation.newerVersion' }],
    });
    let deep: unknown = 1;
    for (let level = 0; level < 20; level++) deep = [deep];
    expect(readBenchmarkBytes(bytes({ ...benchmark, annual: deep })).ok).toBe(false);
    expect(readBenchmarkBytes(new Uint8Array([0xff, 0xfe, 0x00])).ok).toBe(false);
  });
});
