/**
 * The work of the caseload page: reading and checking budget files, then pricing them on
 * a card, in chunks. A CaseloadEngine keeps the budgets it has read, so they cross from
 * the worker to the page only as small priced entries, never as whole budgets: copying
 * ten thousand budgets between threads would itself freeze the page. The same engine
 * runs in the pricing worker and, where there is no Worker (tests in jsdom), on the page.
 */
import { benchmarkOf, type BenchmarkOptions } from '../../domain/benchmark/benchmark';
import type { Benchmark } from '../../domain/benchmark/benchmark-schema';
import { readBenchmark } from '../../domain/benchmark/read-benchmark';
import type { CaseloadEntry } from '../../domain/caseload/entry';
import { returnFieldsOf, type ReturnBudget } from '../../domain/caseload/phb-return';
import {
  compareCards,
  nextEntryOf,
  type CardComparison,
  type NextEntry,
} from '../../domain/caseload/next-card';
import { priceCaseloadBudget } from '../../domain/caseload/price';
import { summariseCaseload, type CaseloadSummary } from '../../domain/caseload/summary';
import { problem, type Problem, type Result } from '../../domain/problems';
import type { Budget } from '../../domain/schema/budget';
import type { RateCard } from '../../domain/schema/rate-card';
import { budgetFileSizeProblem } from '../../io/budget-file';
import { readBudgetFileBytes } from '../../io/budget-file-read';

/** A file as the person chose it: its path within a chosen folder, or its name. */
export interface NamedFile {
  readonly name: string;
  readonly file: Blob;
}

/** A valid file's budget as the PHB return counts it, with the file it came from. */
export interface ReturnRecord {
  readonly file: string;
  readonly budget: ReturnBudget;
}

export interface InvalidFile {
  readonly file: string;
  readonly problems: readonly Problem[];
}

export type JobRequest =
  /** Files go in batches, each its own message, so no one copy to the worker blocks the page. */
  | {
      readonly kind: 'read';
      readonly job: number;
      readonly files: readonly NamedFile[];
      readonly last: boolean;
    }
  /** Every budget priced as at the one day `asOf` (rule 11), whatever its plan's dates. */
  | {
      readonly kind: 'price';
      readonly job: number;
      readonly card: RateCard;
      readonly asOf: string;
      readonly nextCard: RateCard | null;
    }
  /** The summary of every engine's entries, worked out in one worker so the page need not. */
  | {
      readonly kind: 'summarise';
      readonly job: number;
      readonly entries: readonly CaseloadEntry[];
      readonly card: RateCard;
      readonly asOf: string;
      /** The same budgets priced on next year's card, to compare; null when none is chosen. */
      readonly next: { readonly card: string; readonly entries: readonly NextEntry[] } | null;
    }
  /**
   * The benchmark file of every engine's entries, built and checked as a region will read
   * it, off the page's thread. Its `job` is its own (below 0), never the caseload's current
   * job, so it neither ends nor stops a read, a pricing or a summary.
   */
  | {
      readonly kind: 'benchmark';
      readonly job: number;
      readonly entries: readonly CaseloadEntry[];
      readonly options: BenchmarkOptions;
    };

export type JobChunk =
  | {
      readonly kind: 'read';
      readonly job: number;
      /** Files read in this chunk. */
      readonly count: number;
      /** The rate card each valid file names: enough to choose the caseload's card. */
      readonly cards: string[];
      /** What the PHB return counts of each valid file: the return needs no pricing. */
      readonly plans: ReturnRecord[];
      readonly invalid: InvalidFile[];
    }
  | {
      readonly kind: 'price';
      readonly job: number;
      readonly done: number;
      readonly entries: CaseloadEntry[];
      readonly invalid: InvalidFile[];
      /** The budgets of this chunk that next year's card prices. */
      readonly next: NextEntry[];
    }
  | {
      readonly kind: 'summary';
      readonly job: number;
      readonly summary: CaseloadSummary;
      readonly comparison: CardComparison | null;
    }
  | { readonly kind: 'benchmark'; readonly job: number; readonly built: Result<Benchmark> };

/** Small enough that progress moves often, large enough that messages cost little. */
export const CHUNK_SIZE = 250;

export class CaseloadEngine {
  private readonly budgets: { file: string; budget: Budget }[] = [];
  private latestPrice = 0;

  /** Runs a job, chunk by chunk; a price job stops early once a newer one starts. */
  async *run(request: JobRequest): AsyncGenerator<JobChunk> {
    if (request.kind === 'read') yield* this.read(request.job, request.files);
    else if (request.kind === 'benchmark') {
      yield {
        kind: 'benchmark',
        job: request.job,
        built: readBenchmark(benchmarkOf(request.entries, request.options)),
      };
    } else if (request.kind === 'summarise') {
      const { entries, card, asOf, next } = request;
      const comparison =
        next === null ? null : compareCards(entries, next.entries, card.id, next.card);
      yield {
        kind: 'summary',
        job: request.job,
        summary: summariseCaseload(entries, card, asOf),
        comparison,
      };
    } else {
      this.latestPrice = request.job;
      yield* this.price(request.job, request.card, request.asOf, request.nextCard);
    }
  }

  private async *read(job: number, files: readonly NamedFile[]): AsyncGenerator<JobChunk> {
    for (let start = 0; start < files.length; start += CHUNK_SIZE) {
      const slice = files.slice(start, start + CHUNK_SIZE);
      const cards: string[] = [];
      const plans: ReturnRecord[] = [];
      const invalid: InvalidFile[] = [];
      for (const { name, file } of slice) {
        const result = await readBudgetFile(file);
        if (result.ok) {
          this.budgets.push({ file: name, budget: result.value });
          cards.push(result.value.rateCard);
          plans.push({ file: name, budget: returnFieldsOf(result.value) });
        } else invalid.push({ file: name, problems: result.problems });
      }
      yield { kind: 'read', job, count: slice.length, cards, plans, invalid };
    }
  }

  private async *price(
    job: number,
    card: RateCard,
    asOf: string,
    nextCard: RateCard | null,
  ): AsyncGenerator<JobChunk> {
    const budgets = this.budgets;
    for (let start = 0; start < budgets.length; start += CHUNK_SIZE) {
      // Let a newer request in between chunks, and stop if there is one.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.latestPrice !== job) return;
      const entries: CaseloadEntry[] = [];
      const invalid: InvalidFile[] = [];
      const next: NextEntry[] = [];
      for (const { file, budget } of budgets.slice(start, start + CHUNK_SIZE)) {
        const priced = priceCaseloadBudget(budget, card, file, { asOf });
        if (priced.ok) entries.push(priced.value);
        else invalid.push({ file, problems: priced.problems });
        if (nextCard === null) continue;
        const onNext = priceCaseloadBudget(budget, nextCard, file, { asOf });
        if (onNext.ok) next.push(nextEntryOf(onNext.value));
      }
      yield {
        kind: 'price',
        job,
        done: Math.min(budgets.length, start + CHUNK_SIZE),
        entries,
        invalid,
        next,
      };
    }
  }
}

/** The checks of "Open a budget file": the size before reading, then the file's rules. */
export async function readBudgetFile(file: Blob): Promise<Result<Budget>> {
  const tooLarge = budgetFileSizeProblem(file.size);
  if (tooLarge !== null) return { ok: false, problems: [tooLarge] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problems: [problem([], 'validation.readFile')] };
  }
  return readBudgetFileBytes(bytes);
}
