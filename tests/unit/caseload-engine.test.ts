/**
 * The caseload's engines (src/workers/caseload/caseload-jobs.ts) as the page uses them:
 * budget files shared between two engines, which keep them packed, price them, and send
 * their parts of the summary as text; one engine merges the parts. The entries and the
 * summary are those of pricing the budgets read from the files directly.
 */
import { describe, expect, it } from 'vitest';
import type { CaseloadEntry } from '../../src/domain/caseload/entry';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { summariseCaseload } from '../../src/domain/caseload/summary';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { budgetFileText } from '../../src/io/budget-file';
import { readBudgetFileBytes } from '../../src/io/budget-file-read';
import {
  CaseloadEngine,
  type JobChunk,
  type JobRequest,
} from '../../src/workers/caseload/caseload-jobs';
import { loadCard } from '../helpers/builders';

const card = loadCard('rate-cards/england-2025-26.json');
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
    const entries: CaseloadEntry[] = [];
    const parts: string[] = [];
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
        if (chunk.kind === 'price') entries.push(...chunk.entries);
        if (chunk.kind === 'part') parts.push(chunk.part);
      }
    }
    expect(entries).toStrictEqual(expected);
    expect(parts).toHaveLength(2);

    const [merged] = await chunksOf(engines[0] as CaseloadEngine, {
      kind: 'summary',
      job: 2,
      parts,
      card,
      asOf: AS_OF,
    });
    expect(merged).toStrictEqual({
      kind: 'summary',
      job: 2,
      summary: summariseCaseload(expected, card, AS_OF),
    });
  }, 60_000);
});
