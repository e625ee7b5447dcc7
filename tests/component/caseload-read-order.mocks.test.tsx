/**
 * The caseload page reads two batches of files at once, and a batch read second can be
 * ready first. Each engine must still be handed its batches in order, its last batch
 * last, or the files of a batch that came after "last" would never be counted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateBudgets } from '../../src/generate/generate-budgets';
import { budgetFileText } from '../../src/io/budget-file';
import { useCaseloadStore } from '../../src/state/caseload/caseload-store';
import { CHUNK_SIZE } from '../../src/workers/caseload/caseload-jobs';
import { loadCard } from '../helpers/builders';

vi.mock('../../src/workers/jobs', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/workers/jobs')>()),
  engineCount: () => 2,
}));

// The first batch is read slowest, so the batches after it are ready before it.
vi.mock('../../src/workers/caseload/caseload-jobs', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/workers/caseload/caseload-jobs')>();
  return {
    ...real,
    readBatch: async (...given: Parameters<typeof real.readBatch>) => {
      const read = await real.readBatch(...given);
      const first = given[0][0]?.name === 'budget-0000.json';
      await new Promise((resolve) => setTimeout(resolve, first ? 400 : 0));
      return read;
    },
  };
});

const card = loadCard('rate-cards/england-2025-26.json');
const COUNT = CHUNK_SIZE * 2 + 10;
const budgets = generateBudgets({ count: COUNT, seed: 3, rateCard: card, linesPerBudget: 2 });

afterEach(() => useCaseloadStore.getState().clear());

describe('reading a caseload two batches at once', () => {
  it('counts every file when a later batch is read before an earlier one', async () => {
    useCaseloadStore.getState().addFiles(
      budgets.map((budget, index) => ({
        name: `budget-${String(index).padStart(4, '0')}.json`,
        file: new Blob([budgetFileText(budget)]),
      })),
    );
    await vi.waitFor(() => expect(useCaseloadStore.getState().phase).toBe('ready'), {
      timeout: 60_000,
      interval: 200,
    });
    const { entries, unreadable, unpriceable, valid } = useCaseloadStore.getState();
    expect([...unreadable, ...unpriceable]).toEqual([]);
    expect(valid).toBe(COUNT);
    expect(entries).toHaveLength(COUNT);
  }, 90_000);
});
