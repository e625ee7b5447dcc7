/**
 * The work of the caseload page: reading and checking budget files, then pricing them on
 * a card, in chunks. A CaseloadEngine keeps the budgets it has read, packed (about an
 * eighth of their size as objects: packed-values.ts), so they cross from the worker to the
 * page only as the rows the page shows (caseload-row.ts), never as whole budgets: copying
 * ten thousand budgets between threads would itself freeze the page. Each engine sums the
 * budgets it prices into its part of the summary a chunk at a time, and likewise into its
 * parts of the benchmark file and of the comparison with next year's card; it keeps no
 * entries, so neither the page nor a worker holds a nation's entries between pricings,
 * and nothing is priced again to make a benchmark file. The same
 * engine runs in the pricing worker and, where there is no Worker (tests in jsdom), on
 * the page.
 */
import { benchmarkOfPart, type BenchmarkOptions } from '../../domain/benchmark/benchmark';
import {
  BenchmarkPartBuilder,
  mergeBenchmarkParts,
  type BenchmarkPart,
} from '../../domain/benchmark/benchmark-part';
import type { Benchmark } from '../../domain/benchmark/benchmark-schema';
import { readBenchmark } from '../../domain/benchmark/read-benchmark';
import { caseloadRowOf, type CaseloadRow } from '../../domain/caseload/caseload-row';
import type { CaseloadEntry } from '../../domain/caseload/entry';
import { returnFieldsOf, type ReturnBudget } from '../../domain/caseload/phb-return';
import {
  comparisonOf,
  comparisonPartOf,
  mergeComparisonParts,
  nextEntryOf,
  type CardComparison,
  type ComparisonPart,
  type NextEntry,
} from '../../domain/caseload/next-card';
import { priceCaseloadBudget } from '../../domain/caseload/price';
import {
  caseloadPartOf,
  mergeCaseloadParts,
  type CaseloadPart,
} from '../../domain/caseload/summary-parts';
import {
  summariseParts,
  type CaseloadSummary,
  type RankedBudget,
} from '../../domain/caseload/summary';
import { problem, type Problem, type Result } from '../../domain/problems';
import type { Budget } from '../../domain/schema/budget';
import type { RateCard } from '../../domain/schema/rate-card';
import { readPastLimitProblem } from '../../domain/file-limits';
import { BUDGET_FILE_LIMITS } from '../../domain/json-text';
import { budgetFileSizeProblem } from '../../io/budget-file';
import {
  entrySortKeys,
  NUMERIC_SORTS,
  sortColumnsOfChunks,
  sortNamesOf,
  tableOrders,
  type TableOrders,
} from '../../present/caseload-table';
import { readBudgetFileBytes } from '../../io/budget-file-read';
import { readZipShare, type ZipShare } from '../../io/zip/zip-share';
import { nextTask } from '../next-task';
import { PackedValues } from './packed-values';

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

/**
 * Plans read a slice at a time: a list of them, or the caseload page's packed store, which
 * puts each plan back together as it is sliced (src/state/caseload/packed-plans.ts).
 */
export interface ReturnRecords {
  readonly length: number;
  slice(start?: number, end?: number): ReturnRecord[];
}

export interface InvalidFile {
  readonly file: string;
  readonly problems: readonly Problem[];
}

/** A file's bytes as the page read them, or why they could not be read. */
export interface FileRead {
  readonly name: string;
  readonly read: Result<Uint8Array>;
}

/**
 * Reads of chosen files started in one task of the page. Starting a read costs the page's
 * thread about 0.2 ms a file in the browser's own code (Chromium 156, a shared 2-core
 * machine), so a batch of 250 started at once was a task of 50 ms and more, 150 to 200 ms
 * with the workers busy beside it.
 */
export const READS_A_TASK = 25;

/**
 * A batch of chosen files read on the page, each by `bytesOf`, with the buffers to
 * transfer (not copy) to the worker that reads them. The reads run together, but are
 * started READS_A_TASK at a time, each group in a task of its own.
 */
export async function readBatch(
  named: readonly NamedFile[],
  bytesOf: (file: Blob) => Promise<Result<Uint8Array>>,
): Promise<{ readonly files: FileRead[]; readonly transfer: Transferable[] }> {
  const reads: Promise<FileRead>[] = [];
  for (let from = 0; from < named.length; from += READS_A_TASK) {
    if (from > 0) await nextTask();
    for (const { name, file } of named.slice(from, from + READS_A_TASK))
      reads.push(bytesOf(file).then((read) => ({ name, read })));
  }
  const files = await Promise.all(reads);
  const transfer = new Set<Transferable>();
  for (const { read } of files) if (read.ok) transfer.add(read.value.buffer as ArrayBuffer);
  return { files, transfer: [...transfer] };
}

/** Files go in batches, each its own message, so no one copy to the worker blocks the page. */
export interface ReadRequest {
  readonly kind: 'read';
  readonly job: number;
  readonly files: readonly NamedFile[];
  readonly last: boolean;
}

/**
 * The caseload's files go as their bytes, read on the page and handed over (transferred,
 * not copied): handing a worker the File itself costs the page a wait on the browser for
 * each file (about a millisecond), which at a nation's 200,000 files kept the page busy
 * for minutes. Reading the bytes waits on nothing: the browser reads them off the page's
 * thread.
 */
export interface BytesReadRequest {
  readonly kind: 'read';
  readonly job: number;
  readonly files: readonly FileRead[];
  readonly last: boolean;
}

/**
 * A zip of budget files, handed to every engine (a Blob crosses to a worker without a copy),
 * each reading the directory and unpacking its own share of the entries (zip-share.ts): the
 * page's thread reads nothing of it. Each `.json` entry is read as a chosen file, named by
 * its path in the zip.
 */
export interface ZipReadRequest {
  readonly kind: 'read';
  readonly job: number;
  readonly zip: ZipShare;
  readonly last: boolean;
}

export type JobRequest =
  | BytesReadRequest
  | ZipReadRequest
  /** Every budget priced as at the one day `asOf` (rule 11), whatever its plan's dates. */
  | {
      readonly kind: 'price';
      readonly job: number;
      readonly card: RateCard;
      readonly asOf: string;
      readonly nextCard: RateCard | null;
    }
  /**
   * This engine's part of the benchmark file (benchmark-part.ts) of its latest pricing to
   * finish, for the page to hand on to the one engine that builds the file. Its `job` is
   * its own (below 0), as a benchmark's is.
   */
  | { readonly kind: 'benchmark-part'; readonly job: number }
  /**
   * The budget read from a file, as this engine keeps it (unpacked equal to the budget
   * read), for opening it: the page keeps no chosen file once it is read, as 200,000 of
   * them held half a gigabyte of the browser's own memory. Its `job` is its own.
   */
  | { readonly kind: 'budget'; readonly job: number; readonly file: string }
  /**
   * This year's card against next year's over the whole caseload: every engine's part of
   * the comparison (each as the JSON its engine sent, in UTF-8) merged in one worker.
   */
  | {
      readonly kind: 'compare';
      readonly job: number;
      readonly card: RateCard;
      readonly next: RateCard;
      readonly parts: readonly Uint8Array[];
    }
  /**
   * Every order of the caseload's table, from every engine's sort keys (sent with their
   * priced chunks) and the budgets' files and names, so no first sort is worked out on the
   * page. Part of the pricing's job: the caseload is ready once its orders are back.
   */
  | {
      readonly kind: 'orders';
      readonly job: number;
      /** Every priced chunk's sort keys, one chunk after another. */
      readonly keys: Float64Array;
      /** Every priced chunk's files and names (sortNamesOf) as UTF-8, in the same order. */
      readonly names: readonly Uint8Array[];
    }
  /**
   * The caseload's summary, merged from every engine's part (each as the JSON its engine
   * sent, in UTF-8) in one worker: merging a nation's parts (every budget's annual total,
   * in order) held the page for seconds.
   */
  | {
      readonly kind: 'summary';
      readonly job: number;
      readonly parts: readonly Uint8Array[];
      readonly card: RateCard;
      readonly asOf: string;
    }
  /**
   * The benchmark file of every engine's entries, built and checked as a region will read
   * it, off the page's thread. Its `job` is its own (below 0), never the caseload's current
   * job, so it neither ends nor stops a read, a pricing or a summary.
   */
  | {
      readonly kind: 'benchmark';
      readonly job: number;
      /** Every engine's part, each as the JSON its engine sent, in UTF-8. */
      readonly parts: readonly Uint8Array[];
      readonly options: BenchmarkOptions;
    };

export type JobChunk =
  /**
   * How many of a zip's entries this engine will read, once it has read the zip's
   * directory (a zip that cannot be read counts as one file, named with its problem), and
   * how many were left out as already loaded.
   */
  | {
      readonly kind: 'listed';
      readonly job: number;
      readonly count: number;
      readonly repeated: number;
    }
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
      /** What the page keeps of each budget priced (the rest stays in the engine). */
      readonly rows: CaseloadRow[];
      /** Each entry's numeric sort keys (entrySortKeys), one entry after another. */
      readonly keys: Float64Array;
      /** The entries' files and people's names as one text (sortNamesOf) in UTF-8, for the table's orders. */
      readonly names: Uint8Array;
      readonly invalid: InvalidFile[];
    }
  /**
   * An engine's part of the benchmark file, as JSON in UTF-8; `pricing` is the job of the
   * pricing it is of (0 before any has finished), so the page uses only the current one's.
   */
  | {
      readonly kind: 'benchmark-part';
      readonly job: number;
      readonly pricing: number;
      readonly part: Uint8Array;
    }
  /** null where this engine did not read the file. */
  | { readonly kind: 'budget'; readonly job: number; readonly budget: Budget | null }
  /**
   * An engine's share of the summary, once it has priced all its budgets, as JSON in
   * UTF-8: the page only hands the parts to one engine, which merges them into the
   * caseload's summary (summary-parts.ts). Bytes are handed over, never copied: a
   * nation's parts copied as text held the page for a fifth of a second.
   */
  | { readonly kind: 'part'; readonly job: number; readonly part: Uint8Array }
  /**
   * With next year's card, an engine's part of the comparison of the two cards
   * (ComparisonPart, next-card.ts) as JSON in UTF-8, after its summary's part: the page
   * hands the parts to one engine to merge, as it does the summary's.
   */
  | { readonly kind: 'comparison-part'; readonly job: number; readonly part: Uint8Array }
  /**
   * Some of the summary's outlying budgets, in order: they come before the rest of the
   * summary, OUTLIERS_A_MESSAGE at a time, and the page puts them back in its `outliers`.
   */
  | { readonly kind: 'outliers'; readonly job: number; readonly outliers: RankedBudget[] }
  | {
      readonly kind: 'summary';
      readonly job: number;
      /** All but its outlying budgets, sent before it. */
      readonly summary: Omit<CaseloadSummary, 'outliers'>;
    }
  | { readonly kind: 'comparison'; readonly job: number; readonly comparison: CardComparison }
  | { readonly kind: 'orders'; readonly job: number; readonly orders: TableOrders }
  | { readonly kind: 'benchmark'; readonly job: number; readonly built: Result<Benchmark> };

/** Small enough that progress moves often, large enough that messages cost little. */
export const CHUNK_SIZE = 250;

/**
 * Outlying budgets a message carries. A generated nation has about 23,000 (a little over
 * one budget in ten), and the page took 50 to 95 ms to read them as one message; a
 * message of 2,000 is read in a task of its own of 30 ms or less (12 ms of its CPU).
 */
export const OUTLIERS_A_MESSAGE = 2_000;

export class CaseloadEngine {
  /** Each budget read, packed, and the file it came from, in the order read. */
  private readonly budgets = new PackedValues();
  private readonly files: string[] = [];
  private latestPrice = 0;
  /**
   * The latest pricing to finish (0 before the first), and its part of the benchmark file:
   * counts, sums and annual totals, kept rather than the entries (a nation's were a third
   * of a gigabyte as text), so a benchmark file needs no pricing again.
   */
  private priced = { job: 0, benchmark: new BenchmarkPartBuilder().part() };

  /** Runs a job, chunk by chunk; a price job stops early once a newer one starts. */
  async *run(request: JobRequest): AsyncGenerator<JobChunk> {
    if (request.kind === 'read')
      yield* 'zip' in request
        ? this.readZip(request.job, request.zip)
        : this.read(request.job, request.files);
    else if (request.kind === 'budget') {
      const at = this.files.indexOf(request.file);
      const budget = at < 0 ? null : (this.budgets.at(at) as Budget);
      yield { kind: 'budget', job: request.job, budget };
    } else if (request.kind === 'benchmark-part') {
      const { job, benchmark } = this.priced;
      const part = bytesOf(JSON.stringify(benchmark));
      yield { kind: 'benchmark-part', job: request.job, pricing: job, part };
    } else if (request.kind === 'benchmark') {
      const parts = request.parts.map((bytes) => JSON.parse(textOf(bytes)) as BenchmarkPart);
      const whole = mergeBenchmarkParts(parts);
      yield {
        kind: 'benchmark',
        job: request.job,
        built: readBenchmark(benchmarkOfPart(whole, request.options)),
      };
    } else if (request.kind === 'summary') {
      const parts = request.parts.map((bytes) => JSON.parse(textOf(bytes)) as CaseloadPart);
      const { outliers, ...summary } = summariseParts(parts, request.card, request.asOf);
      for (let start = 0; start < outliers.length; start += OUTLIERS_A_MESSAGE) {
        const piece = outliers.slice(start, start + OUTLIERS_A_MESSAGE);
        yield { kind: 'outliers', job: request.job, outliers: piece };
      }
      yield { kind: 'summary', job: request.job, summary };
    } else if (request.kind === 'orders') {
      const columns = sortColumnsOfChunks(request.keys, request.names.map(textOf));
      yield { kind: 'orders', job: request.job, orders: tableOrders(columns) };
    } else if (request.kind === 'compare') {
      const parts = request.parts.map((bytes) => JSON.parse(textOf(bytes)) as ComparisonPart);
      const whole = mergeComparisonParts(parts);
      yield {
        kind: 'comparison',
        job: request.job,
        comparison: comparisonOf(whole, request.card, request.next),
      };
    } else {
      this.latestPrice = request.job;
      yield* this.price(request.job, request.card, request.asOf, request.nextCard);
    }
  }

  private async *read(job: number, files: readonly FileRead[]): AsyncGenerator<JobChunk> {
    for (let start = 0; start < files.length; start += CHUNK_SIZE) {
      const slice = files.slice(start, start + CHUNK_SIZE);
      const cards: string[] = [];
      const plans: ReturnRecord[] = [];
      const invalid: InvalidFile[] = [];
      for (const { name, read } of slice) {
        const result = read.ok ? readBudgetFileBytes(read.value) : read;
        if (result.ok) {
          this.budgets.add(result.value);
          this.files.push(name);
          cards.push(result.value.rateCard);
          plans.push({ file: name, budget: returnFieldsOf(result.value) });
        } else invalid.push({ file: name, problems: result.problems });
      }
      yield { kind: 'read', job, count: slice.length, cards, plans, invalid };
    }
  }

  private async *readZip(job: number, zip: ZipShare): AsyncGenerator<JobChunk> {
    const limits = {
      batch: CHUNK_SIZE,
      maxBytes: BUDGET_FILE_LIMITS.maxLength,
      sizeProblem: budgetFileSizeProblem,
    };
    for await (const step of readZipShare(zip, limits)) {
      if (step.kind === 'listed')
        yield { kind: 'listed', job, count: step.count, repeated: step.repeated };
      else yield* this.read(job, step.files);
    }
  }

  private async *price(
    job: number,
    card: RateCard,
    asOf: string,
    nextCard: RateCard | null,
  ): AsyncGenerator<JobChunk> {
    const pricing = { job, card, asOf, nextCard, count: this.budgets.size };
    const parts: CaseloadPart[] = [];
    const comparisons: ComparisonPart[] = [];
    const benchmark = new BenchmarkPartBuilder();
    for (let start = 0; start < pricing.count; start += CHUNK_SIZE) {
      // Let a newer request in between chunks, and stop if there is one.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.latestPrice !== job) return;
      const { entries, invalid, next } = this.priceChunk(pricing, start);
      // Summed a chunk at a time, so no list of every entry is kept to sum at the end.
      parts.push(caseloadPartOf(entries, card, asOf));
      benchmark.add(entries);
      if (nextCard !== null) comparisons.push(comparisonPartOf(entries, next));
      const keys = new Float64Array(entries.length * NUMERIC_SORTS.length);
      entries.forEach((entry, index) =>
        keys.set(entrySortKeys(entry), index * NUMERIC_SORTS.length),
      );
      yield {
        kind: 'price',
        job,
        done: Math.min(pricing.count, start + CHUNK_SIZE),
        rows: entries.map(caseloadRowOf),
        keys,
        names: bytesOf(sortNamesOf(entries)),
        invalid,
      };
    }
    this.priced = { job, benchmark: benchmark.part() };
    yield { kind: 'part', job, part: bytesOf(JSON.stringify(mergeCaseloadParts(parts, card))) };
    if (nextCard === null) return;
    const compared = mergeComparisonParts(comparisons);
    yield { kind: 'comparison-part', job, part: bytesOf(JSON.stringify(compared)) };
  }

  /**
   * One chunk of a pricing: the entries of the budgets from `start`, the files that could
   * not be priced, and, with next year's card, the same budgets on it.
   */
  private priceChunk(pricing: Pricing, start: number) {
    const { card, asOf, nextCard } = pricing;
    const entries: CaseloadEntry[] = [];
    const invalid: InvalidFile[] = [];
    const next: NextEntry[] = [];
    for (let at = start; at < Math.min(pricing.count, start + CHUNK_SIZE); at++) {
      const budget = this.budgets.at(at) as Budget;
      const file = this.files[at] as string;
      const entry = priceCaseloadBudget(budget, card, file, { asOf });
      if (entry.ok) entries.push(entry.value);
      else invalid.push({ file, problems: entry.problems });
      if (nextCard === null) continue;
      const onNext = priceCaseloadBudget(budget, nextCard, file, { asOf });
      if (onNext.ok) next.push(nextEntryOf(onNext.value));
    }
    return { entries, invalid, next };
  }
}

/** A pricing as an engine runs it. */
interface Pricing {
  readonly job: number;
  readonly card: RateCard;
  readonly asOf: string;
  readonly nextCard: RateCard | null;
  /** The budgets it priced: the first `count` read (budgets are only ever added). */
  readonly count: number;
}

/**
 * The buffers a chunk hands to the page rather than copies (its sort keys, names, and its
 * parts of the summary, the comparison and the benchmark file): the page hands them on to one engine in turn, so they never need copying.
 */
export function transfersOf(chunk: JobChunk): Transferable[] {
  if (chunk.kind === 'price') return [chunk.keys.buffer, chunk.names.buffer];
  if (chunk.kind === 'part' || chunk.kind === 'comparison-part' || chunk.kind === 'benchmark-part')
    return [chunk.part.buffer];
  return [];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const bytesOf = (text: string): Uint8Array => encoder.encode(text);
const textOf = (bytes: Uint8Array): string => decoder.decode(bytes);

/** The checks of "Open a budget file": the size, then the file's rules. */
export async function readBudgetFile(file: Blob): Promise<Result<Budget>> {
  const bytes = await budgetFileBytes(file);
  return bytes.ok ? readBudgetFileBytes(bytes.value) : bytes;
}

/**
 * A budget file's bytes, read no further than one byte past the size allowed: a larger
 * file is refused by its size without being read into memory. The file's size is asked
 * only then, as asking a chosen file its size waits on the browser.
 */
export async function budgetFileBytes(file: Blob): Promise<Result<Uint8Array>> {
  const most = BUDGET_FILE_LIMITS.maxLength + 1;
  let bytes: Uint8Array;
  try {
    bytes = await firstBytes(file, most);
  } catch {
    return { ok: false, problems: [problem([], 'validation.readFile')] };
  }
  if (bytes.length < most) return { ok: true, value: bytes };
  const tooLarge = budgetFileSizeProblem(file.size) ?? readPastLimitProblem(BUDGET_FILE_LIMITS);
  return { ok: false, problems: [tooLarge] };
}

/** Up to `most` bytes from the start of `file`. */
async function firstBytes(file: Blob, most: number): Promise<Uint8Array> {
  // Where a Blob has no stream (jsdom), the whole of it.
  if (typeof file.stream !== 'function') return new Uint8Array(await file.arrayBuffer());
  const reader = file.stream().getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  while (length < most) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    length += value.length;
  }
  if (length >= most) await reader.cancel();
  if (parts.length === 1) return parts[0] as Uint8Array;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
