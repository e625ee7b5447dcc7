/**
 * The caseload's engines (src/workers/caseload/caseload-jobs.ts) as the page uses them:
 * budget files shared between two engines, which keep them packed, price them, and send
 * their parts of the summary as text; one engine merges the parts. The entries and the
 * summary are those of pricing the budgets read from the files directly.
 */
import { describe, expect, it } from 'vitest';
import { caseloadRowOf, type CaseloadRow } from '../../src/domain/caseload/caseload-row';
import type { CaseloadEntry } from '../../src/domain/caseload/entry';
import { benchmarkOf } from '../../src/domain/benchmark/benchmark';
import { readBenchmark } from '../../src/domain/benchmark/read-benchmark';
import { compareCards, nextEntryOf } from '../../src/domain/caseload/next-card';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { summariseCaseload, summariseParts } from '../../src/domain/caseload/summary';
import {
  caseloadPartOf,
  rankByAnnual,
  type CaseloadPart,
  type RankedBudget,
} from '../../src/domain/caseload/summary-parts';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { budgetFileText } from '../../src/io/budget-file';
import { readBudgetFileBytes } from '../../src/io/budget-file-read';
import {
  CaseloadEngine,
  OUTLIERS_A_MESSAGE,
  transfersOf,
  type JobChunk,
  type JobRequest,
} from '../../src/workers/caseload/caseload-jobs';
import { parseMoney, toMoneyText } from '../../src/domain/money';
import { loadCard } from '../helpers/builders';

const card = loadCard('rate-cards/england-2025-26.json');
const nextCard = loadCard('rate-cards/england-2026-27.json');
const AS_OF = '2025-11-03';

async function chunksOf(engine: CaseloadEngine, request: JobRequest): Promise<JobChunk[]> {
  const chunks: JobChunk[] = [];
  for await (const chunk of engine.run(request)) chunks.push(chunk);
  return chunks;
}

describe('caseload engines', () => {
  it('price what they keep and merge their parts as one summary of the whole', async () => {
    const files = generateBudgets({ count: 300, seed: 41, rateCard: card }).map((budget) => ({
      name: `${budget.id}.json`,
      bytes: new TextEncoder().encode(budgetFileText(budget)),
    }));
    const expected: CaseloadEntry[] = files.map(({ name, bytes }) => {
      const read = readBudgetFileBytes(bytes);
      if (!read.ok) throw new Error('a generated budget was refused');
      const priced = priceCaseloadBudget(read.value, card, name, { asOf: AS_OF });
      if (!priced.ok) throw new Error('a generated budget did not price');
      return priced.value;
    });

    const engines = [new CaseloadEngine(), new CaseloadEngine()];
    const halves = [files.slice(0, 170), files.slice(170)];
    const rows: CaseloadRow[] = [];
    const benchmarkParts: Uint8Array[] = [];
    const parts: Uint8Array[] = [];
    for (const [index, engine] of engines.entries()) {
      const half = halves[index] ?? [];
      const reads = half.map(({ name, bytes }) => ({
        name,
        read: { ok: true as const, value: bytes },
      }));
      await chunksOf(engine, { kind: 'read', job: 1, files: reads, last: true });
      for (const chunk of await chunksOf(engine, {
        kind: 'price',
        job: 2,
        card,
        asOf: AS_OF,
        nextCard: null,
      })) {
        if (chunk.kind === 'price') rows.push(...chunk.rows);
        if (chunk.kind === 'part') parts.push(chunk.part);
      }
      // The engine's part of a benchmark file, of the pricing it finished.
      const [kept] = await chunksOf(engine, { kind: 'benchmark-part', job: -1 });
      if (kept?.kind !== 'benchmark-part') throw new Error('no benchmark part');
      expect(kept.pricing).toBe(2);
      expect(transfersOf(kept)).toEqual([kept.part.buffer]);
      benchmarkParts.push(kept.part);
    }
    // One engine makes the benchmark file from both parts: that of every budget at once.
    const options = { area: 'North Shire', asOf: AS_OF, rateCard: card.id, population: 250000 };
    const [built] = await chunksOf(engines[0] as CaseloadEngine, {
      kind: 'benchmark',
      job: -2,
      parts: benchmarkParts,
      options,
    });
    expect(built).toStrictEqual({
      kind: 'benchmark',
      job: -2,
      built: readBenchmark(benchmarkOf(expected, options)),
    });
    // The page is sent each entry's row: the entry's own values, field by field.
    expect(rows).toStrictEqual(expected.map(caseloadRowOf));
    expect(parts).toHaveLength(2);

    const merged = await chunksOf(engines[0] as CaseloadEngine, {
      kind: 'summary',
      job: 2,
      parts,
      card,
      asOf: AS_OF,
    });
    const whole = summariseCaseload(expected, card, AS_OF);
    expect(whole.outliers.length).toBeGreaterThan(0);
    // The outlying budgets first (fewer than a message holds, so in one), then the rest.
    const { outliers, ...rest } = whole;
    expect(merged).toStrictEqual([
      { kind: 'outliers', job: 2, outliers },
      { kind: 'summary', job: 2, summary: rest },
    ]);
  }, 60_000);

  it('send a summary’s outlying budgets ahead of it, a message’s worth at a time, in order', async () => {
    // A part of 25,000 budgets, one in ten of them far dearer than the rest: 2,500 outliers.
    const budget = (index: number): RankedBudget => ({
      file: `budgets/${String(index).padStart(6, '0')}.json`,
      id: `id-${index}`,
      person: `Person ${index}`,
      annual: toMoneyText(parseMoney(index % 10 === 0 ? '500000.00' : '10000.00')),
    });
    const part = caseloadPartOf([], card, AS_OF);
    const many: CaseloadPart = {
      ...part,
      count: 25_000,
      ranked: rankByAnnual(Array.from({ length: 25_000 }, (_, index) => budget(index))),
    };
    const chunks = await chunksOf(new CaseloadEngine(), {
      kind: 'summary',
      job: 3,
      parts: [new TextEncoder().encode(JSON.stringify(many))],
      card,
      asOf: AS_OF,
    });
    const pieces = chunks.flatMap((chunk) => (chunk.kind === 'outliers' ? [chunk.outliers] : []));
    expect(pieces.map((piece) => piece.length)).toEqual([OUTLIERS_A_MESSAGE, 500]);
    const last = chunks.at(-1);
    expect(chunks).toHaveLength(3);
    expect(last?.kind).toBe('summary');
    expect(last?.kind === 'summary' && 'outliers' in last.summary).toBe(false);
    const { outliers } = summariseParts([many], card, AS_OF);
    expect(outliers).toHaveLength(2_500);
    expect(pieces.flat()).toStrictEqual(outliers);
  });

  it('sum a part a chunk at a time into the part of all their budgets', async () => {
    const files = generateBudgets({ count: 520, seed: 43, rateCard: card }).map((budget) => ({
      name: `${budget.id}.json`,
      read: { ok: true as const, value: new TextEncoder().encode(budgetFileText(budget)) },
    }));
    const engine = new CaseloadEngine();
    await chunksOf(engine, { kind: 'read', job: 1, files, last: true });
    const chunks = await chunksOf(engine, {
      kind: 'price',
      job: 2,
      card,
      asOf: AS_OF,
      nextCard: null,
    });
    // Three chunks priced, one part of all 520.
    expect(chunks.filter((chunk) => chunk.kind === 'price')).toHaveLength(3);
    const part = chunks.find((chunk) => chunk.kind === 'part');
    const entries = files.map(({ name, read }) => {
      const budget = readBudgetFileBytes(read.value);
      if (!budget.ok) throw new Error('a generated budget was refused');
      const priced = priceCaseloadBudget(budget.value, card, name, { asOf: AS_OF });
      if (!priced.ok) throw new Error('a generated budget did not price');
      return priced.value;
    });
    expect(part?.kind === 'part' && JSON.parse(new TextDecoder().decode(part.part))).toStrictEqual(
      JSON.parse(JSON.stringify(caseloadPartOf(entries, card, AS_OF))),
    );
  }, 60_000);

  it('give the benchmark part of their latest pricing to finish, whatever was read or asked since', async () => {
    const files = generateBudgets({ count: 400, seed: 44, rateCard: card }).map((budget) => ({
      name: `${budget.id}.json`,
      read: { ok: true as const, value: new TextEncoder().encode(budgetFileText(budget)) },
    }));
    const pricedOn = (on: typeof card, upTo: number) =>
      files.slice(0, upTo).map(({ name, read }) => {
        const budget = readBudgetFileBytes(read.value);
        if (!budget.ok) throw new Error('a generated budget was refused');
        const priced = priceCaseloadBudget(budget.value, on, name, { asOf: AS_OF });
        if (!priced.ok) throw new Error('a generated budget did not price');
        return priced.value;
      });
    const engine = new CaseloadEngine();
    await chunksOf(engine, { kind: 'read', job: 1, files: files.slice(0, 300), last: true });
    const price = { kind: 'price', job: 2, card, asOf: AS_OF, nextCard } as const;
    const chunks = await chunksOf(engine, price);
    const rows = chunks.flatMap((chunk) => (chunk.kind === 'price' ? chunk.rows : []));
    // With next year's card, the engine's part of the comparison comes after its summary's.
    expect(chunks.map((chunk) => chunk.kind).slice(-2)).toEqual(['part', 'comparison-part']);
    const comparisonPart = chunks.at(-1);
    if (comparisonPart?.kind !== 'comparison-part') throw new Error('no comparison part');
    expect(transfersOf(comparisonPart)).toEqual([comparisonPart.part.buffer]);
    // Budgets read since, and a pricing that a newer request stops before it ends.
    await chunksOf(engine, { kind: 'read', job: 3, files: files.slice(300), last: true });
    const stopped = engine.run({ ...price, job: 4, card: nextCard, nextCard: null });
    await stopped.next();
    const [kept] = await chunksOf(engine, { kind: 'benchmark-part', job: -1 });
    await stopped.return(undefined);
    if (kept?.kind !== 'benchmark-part') throw new Error('no benchmark part');

    // The part is of the 300 budgets of pricing 2, the last to finish.
    expect(kept.pricing).toBe(2);
    expect(rows).toHaveLength(300);

    // The benchmark file built from it, and the comparison from the engine's part, are
    // those of the whole entries.
    const options = { area: 'North Shire', asOf: AS_OF, rateCard: card.id, population: 250000 };
    const [built] = await chunksOf(engine, {
      kind: 'benchmark',
      job: -2,
      parts: [kept.part],
      options,
    });
    expect(built).toStrictEqual({
      kind: 'benchmark',
      job: -2,
      built: readBenchmark(benchmarkOf(pricedOn(card, 300), options)),
    });
    const [compared] = await chunksOf(engine, {
      kind: 'compare',
      job: 5,
      card,
      next: nextCard,
      parts: [comparisonPart.part],
    });
    expect(compared).toStrictEqual({
      kind: 'comparison',
      job: 5,
      comparison: compareCards(
        pricedOn(card, 300),
        pricedOn(nextCard, 300).map(nextEntryOf),
        card,
        nextCard,
      ),
    });
  }, 60_000);
});
