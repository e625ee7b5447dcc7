/**
 * The work of the caseload page: reading and checking budget files, then pricing them on
 * a card, in chunks. A CaseloadEngine keeps the budgets it has read, so they cross from
 * the worker to the page only as small priced entries, never as whole budgets: copying
 * ten thousand budgets between threads would itself freeze the page. Each engine also sums
 * the budgets it priced into its part of the summary, which the page merges. The same engine
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
import { caseloadPartOf, type CaseloadPart } from '../../domain/caseload/summary-parts';
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

/** Files go in batches, each its own message, so no one copy to the worker blocks the page. */
export interface ReadRequest {
  readonly kind: 'read';
  readonly job: number;
  readonly files: readonly NamedFile[];
  readonly last: boolean;
}

export type JobRequest =
  | ReadRequest
  /** Every budget priced as at the one day `asOf` (rule 11), whatever its plan's dates. */
  | {
      readonly kind: 'price';
      readonly job: number;
      readonly card: RateCard;
      readonly asOf: string;
      readonly nextCard: RateCard | null;
    }
  /** This year's card against next year's, over every engine's entries, in one worker. */
  | {
      readonly kind: 'compare';
      readonly job: number;
      readonly entries: readonly CaseloadEntry[];
      readonly card: string;
      /** The same budgets priced on next year's card. */
      readonly next: { readonly card: string; readonly entries: readonly NextEntry[] };
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
  /**
   * An engine's share of the summary, once it has priced all its budgets: the page merges
   * every engine's part into the caseload's summary (summary-parts.ts).
   */
  | { readonly kind: 'part'; readonly job: number; readonly part: CaseloadPart }
  | { readonly kind: 'comparison'; readonly job: number; readonly comparison: CardComparison }
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
    } else if (request.kind === 'compare') {
      const { entries, card, next } = request;
      yield {
        kind: 'comparison',
        job: request.job,
        comparison: compareCards(entries, next.entries, card, next.card),
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
    const priced: CaseloadEntry[] = [];
    for (let start = 0; start < budgets.length; start += CHUNK_SIZE) {
      // Let a newer request in between chunks, and stop if there is one.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.latestPrice !== job) return;
      const entries: CaseloadEntry[] = [];
      const invalid: InvalidFile[] = [];
      const next: NextEntry[] = [];
      for (const { file, budget } of budgets.slice(start, start + CHUNK_SIZE)) {
        const entry = priceCaseloadBudget(budget, card, file, { asOf });
        if (entry.ok) entries.push(entry.value);
        else invalid.push({ file, problems: entry.problems });
        if (nextCard === null) continue;
        const onNext = priceCaseloadBudget(budget, nextCard, file, { asOf });
        if (onNext.ok) next.push(nextEntryOf(onNext.value));
      }
      priced.push(...entries);
      yield {
        kind: 'price',
        job,
        done: Math.min(budgets.length, start + CHUNK_SIZE),
        entries,
        invalid,
        next,
      };
    }
    yield { kind: 'part', job, part: caseloadPartOf(priced, card, asOf) };
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
