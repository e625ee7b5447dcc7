/**
 * The benchmark file is built by the caseload's engine (a Web Worker in the browser), not
 * on the page: the store sends it as a job of its own, which leaves the caseload's figures
 * as they were, and the file is the one benchmarkOf makes and the region reads.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { benchmarkOf } from '../../src/domain/benchmark/benchmark';
import { readBenchmark } from '../../src/domain/benchmark/read-benchmark';
import { priceCaseloadBudget } from '../../src/domain/caseload/price';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { budgetFileText } from '../../src/io/budget-file';
import { useCaseloadStore } from '../../src/state/caseload/caseload-store';
import { caseloadClock } from '../../src/state/caseload/caseload-clock';
import {
  CaseloadEngine,
  type JobChunk,
  type JobRequest,
} from '../../src/workers/caseload/caseload-jobs';
import { loadCard } from '../helpers/builders';

const sent = vi.hoisted(() => [] as string[]);
vi.mock('../../src/workers/caseload/run-job', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/workers/caseload/run-job')>();
  return {
    ...real,
    startEngine: (handlers: Parameters<typeof real.startEngine>[0]) => {
      const engine = real.startEngine(handlers);
      return {
        send: (request: JobRequest) => {
          sent.push(request.kind);
          engine.send(request);
        },
        stop: () => engine.stop(),
      };
    },
  };
});

const AS_OF = '2025-11-20';
const card = loadCard('rate-cards/england-2025-26.json');
const budgets = generateBudgets({ count: 40, seed: 17, rateCard: card });
const deviceClock = caseloadClock.today;

afterEach(() => {
  useCaseloadStore.getState().clear();
  caseloadClock.today = deviceClock;
  sent.length = 0;
});

describe('the benchmark file of a caseload', () => {
  it('is a job of the engine, whose file is the one benchmarkOf makes, checked', async () => {
    caseloadClock.today = () => AS_OF;
    const store = useCaseloadStore.getState();
    store.addFiles(
      budgets.map((budget) => ({
        name: `${budget.id}.json`,
        file: new Blob([budgetFileText(budget)]),
      })),
    );
    await vi.waitFor(() => expect(useCaseloadStore.getState().phase).toBe('ready'), {
      timeout: 20_000,
      interval: 500,
    });
    const { entries, summary } = useCaseloadStore.getState();
    expect(summary?.asOf).toBe(AS_OF);
    sent.length = 0;

    const built = await useCaseloadStore
      .getState()
      .buildBenchmark({ area: 'North Shire', population: 250000 });
    // Each engine's part gathered, nothing priced again, then the file built by one of them.
    expect(sent).toEqual(['benchmark-part', 'benchmark']);
    const priced = budgets.map((budget) => {
      const entry = priceCaseloadBudget(budget, card, `${budget.id}.json`, { asOf: AS_OF });
      if (!entry.ok) throw new Error('a generated budget did not price');
      return entry.value;
    });
    const expected = readBenchmark(
      benchmarkOf(priced, {
        area: 'North Shire',
        asOf: AS_OF,
        rateCard: card.id,
        population: 250000,
      }),
    );
    expect(expected.ok).toBe(true);
    expect(built).toEqual(expected);
    // The caseload's own job is untouched: its figures stay, and it is still ready.
    expect(useCaseloadStore.getState()).toMatchObject({ phase: 'ready', summary, entries });
  });

  it('says why an area name is refused, from the engine', async () => {
    const engine = new CaseloadEngine();
    const chunks: JobChunk[] = [];
    const options = { area: 'North <Shire>', asOf: AS_OF, rateCard: card.id, population: null };
    for await (const chunk of engine.run({
      kind: 'benchmark',
      job: -1,
      parts: [],
      options,
    }))
      chunks.push(chunk);
    expect(chunks).toEqual([
      { kind: 'benchmark', job: -1, built: readBenchmark(benchmarkOf([], options)) },
    ]);
    expect(chunks[0]?.kind === 'benchmark' && chunks[0].built.ok).toBe(false);
  });

  it('is nothing to build before the caseload is priced', async () => {
    expect(
      await useCaseloadStore.getState().buildBenchmark({ area: 'North Shire', population: null }),
    ).toBeNull();
    expect(sent).toEqual([]);
  });
});
