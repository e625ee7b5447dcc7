/**
 * The work of the caseload page, in chunks: reading and checking budget files, then
 * pricing the budgets on a card. The same functions run in the pricing worker and, where
 * there is no Worker (tests in jsdom), on the page between frames.
 */
import type { CaseloadEntry } from '../../domain/caseload/entry';
import { priceCaseloadBudget } from '../../domain/caseload/price';
import { problem, type Problem } from '../../domain/problems';
import type { Budget } from '../../domain/schema/budget';
import type { RateCard } from '../../domain/schema/rate-card';
import { budgetFileSizeProblem, readBudgetFileText } from '../../io/budget-file';

/** A file as the person chose it: its path within a chosen folder, or its name. */
export interface NamedFile {
  readonly name: string;
  readonly file: Blob;
}

export interface LoadedBudget {
  readonly file: string;
  readonly budget: Budget;
}

export interface InvalidFile {
  readonly file: string;
  readonly problems: readonly Problem[];
}

export type JobRequest =
  | { readonly kind: 'read'; readonly files: readonly NamedFile[] }
  | { readonly kind: 'price'; readonly budgets: readonly LoadedBudget[]; readonly card: RateCard };

export type JobChunk =
  | { readonly kind: 'read'; readonly done: number; readonly budgets: LoadedBudget[]; readonly invalid: InvalidFile[] }
  | { readonly kind: 'price'; readonly done: number; readonly entries: CaseloadEntry[]; readonly invalid: InvalidFile[] };

/** Small enough that progress moves often, large enough that messages cost little. */
export const CHUNK_SIZE = 200;

export async function* runJob(request: JobRequest): AsyncGenerator<JobChunk> {
  if (request.kind === 'read') yield* readFiles(request.files);
  else yield* priceBudgets(request.budgets, request.card);
}

async function* readFiles(files: readonly NamedFile[]): AsyncGenerator<JobChunk> {
  for (let start = 0; start < files.length; start += CHUNK_SIZE) {
    const slice = files.slice(start, start + CHUNK_SIZE);
    const budgets: LoadedBudget[] = [];
    const invalid: InvalidFile[] = [];
    for (const { name, file } of slice) {
      const result = await readOne(file);
      if (result.ok) budgets.push({ file: name, budget: result.budget });
      else invalid.push({ file: name, problems: result.problems });
    }
    yield { kind: 'read', done: start + slice.length, budgets, invalid };
  }
}

type ReadResult = { ok: true; budget: Budget } | { ok: false; problems: readonly Problem[] };

/** The checks of "Open a budget file": the size before reading, then the file's rules. */
async function readOne(file: Blob): Promise<ReadResult> {
  const tooLarge = budgetFileSizeProblem(file.size);
  if (tooLarge !== null) return { ok: false, problems: [tooLarge] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problems: [problem([], 'validation.readFile')] };
  }
  const result = readBudgetFileText(text);
  return result.ok ? { ok: true, budget: result.value } : { ok: false, problems: result.problems };
}

async function* priceBudgets(budgets: readonly LoadedBudget[], card: RateCard): AsyncGenerator<JobChunk> {
  for (let start = 0; start < budgets.length; start += CHUNK_SIZE) {
    const slice = budgets.slice(start, start + CHUNK_SIZE);
    const entries: CaseloadEntry[] = [];
    const invalid: InvalidFile[] = [];
    for (const { file, budget } of slice) {
      const priced = priceCaseloadBudget(budget, card, file);
      if (priced.ok) entries.push(priced.value);
      else invalid.push({ file, problems: priced.problems });
    }
    yield { kind: 'price', done: start + slice.length, entries, invalid };
  }
}
