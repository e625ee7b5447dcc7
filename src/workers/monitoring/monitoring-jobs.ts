/**
 * The work of the team's monitoring page (docs/ledger.md, "For the team"): reading budget
 * and ledger files, then monitoring each budget with its ledger as at one day, in chunks.
 * Like the caseload's engine, a MonitoringEngine keeps the budgets and ledgers it has
 * read, so only small monitored entries cross to the page. Each engine says what it read
 * (each budget's id and the budget id each ledger names), and before monitoring the page
 * has each budget and ledger held apart handed over to the engine holding the other (the
 * budget to its ledger's where it can, being the smaller; place-ledgers.ts), so a ledger
 * meets its budget whatever the files are called. The saved budgets go as pairs already
 * made.
 */
import {
  monitorEntryOf,
  noBudgetProblem,
  noLedgerProblem,
  sameIdProblem,
  pairLedgers,
  type MonitorEntry,
} from '../../domain/ledger/caseload-monitor';
import type { Ledger } from '../../domain/ledger/ledger-schema';
import { ledgerAgainstBudget } from '../../domain/ledger/read-ledger';
import { costsOnCard } from '../../domain/pricing/price-budget';
import { failed, ok, problem, type Result } from '../../domain/problems';
import type { Budget } from '../../domain/schema/budget';
import type { RateCard } from '../../domain/schema/rate-card';
import { fileSizeProblem } from '../../domain/file-limits';
import { LEDGER_FILE_LIMITS } from '../../domain/ledger/read-ledger';
import { readMonitoringBytes, type MonitoringDocument } from '../../io/monitoring-files';
import { readZipShare, type ZipShare } from '../../io/zip/zip-share';
import {
  CHUNK_SIZE,
  readBatch,
  type BytesReadRequest,
  type FileRead,
  type InvalidFile,
  type NamedFile,
  type ZipReadRequest,
} from '../caseload/caseload-jobs';

export interface SavedPair {
  readonly file: string;
  readonly budget: Budget;
  readonly ledger: Ledger;
}

/** A ledger as an engine holds it, with the file it came from. */
export interface HeldLedger {
  readonly file: string;
  readonly ledger: Ledger;
}

/** A budget as an engine holds it, with the file it came from. */
export interface HeldBudget {
  readonly file: string;
  readonly budget: Budget;
}

/** A document to hand over: a budget by its file and id, a ledger by its file and the budget id it names. */
export interface HandedDocument {
  readonly kind: 'budget' | 'ledger';
  readonly file: string;
  readonly id: string;
}

export type MonitoringRequest =
  /** Chosen files' bytes, read on the page (monitoringFileBytes) and transferred. */
  | BytesReadRequest
  /**
   * A zip of budgets and ledgers, its share of the entries read by each engine (as the
   * caseload's are): where a budget and its ledger land apart, they are placed together
   * before monitoring, as chosen files are.
   */
  | ZipReadRequest
  /** Budgets saved on the device, each with its ledger. */
  | { readonly kind: 'add'; readonly job: number; readonly pairs: readonly SavedPair[] }
  /** Give up these budgets and ledgers: another engine holds their other halves. */
  | {
      readonly kind: 'hand-over';
      readonly job: number;
      readonly documents: readonly HandedDocument[];
    }
  /** Budgets and ledgers another engine handed over, to meet the ledgers and budgets this one holds. */
  | {
      readonly kind: 'take';
      readonly job: number;
      readonly ledgers: readonly HeldLedger[];
      readonly budgets: readonly HeldBudget[];
    }
  /** Every budget, on the card it names (from `cards`), monitored as at `asOf`. */
  | {
      readonly kind: 'monitor';
      readonly job: number;
      readonly asOf: string;
      readonly cards: readonly RateCard[];
    };

export type MonitoringChunk =
  /** How many of a zip's entries this engine will read, once it has read the directory. */
  | { readonly kind: 'listed'; readonly job: number; readonly count: number }
  | {
      readonly kind: 'read';
      readonly job: number;
      readonly count: number;
      readonly invalid: InvalidFile[];
      /** What was read: each budget by its id, each ledger by the budget id it names. */
      readonly kept: KeptDocument[];
    }
  | {
      readonly kind: 'handed';
      readonly job: number;
      readonly ledgers: HeldLedger[];
      readonly budgets: HeldBudget[];
    }
  | {
      readonly kind: 'monitor';
      readonly job: number;
      readonly entries: MonitorEntry[];
      /** Budgets that could not be monitored, ledgers with no budget, budgets with no ledger. */
      readonly invalid: InvalidFile[];
    };

export interface KeptDocument {
  readonly file: string;
  readonly kind: 'budget' | 'ledger';
  readonly id: string;
}

export class MonitoringEngine {
  private budgets: HeldBudget[] = [];
  private ledgers: HeldLedger[] = [];
  private latest = 0;

  async *run(request: MonitoringRequest): AsyncGenerator<MonitoringChunk> {
    if (request.kind === 'read')
      yield* 'zip' in request
        ? this.readZip(request.job, request.zip)
        : this.read(request.job, request.files);
    else if (request.kind === 'add') {
      for (const { file, budget, ledger } of request.pairs) {
        this.budgets.push({ file, budget });
        this.ledgers.push({ file: savedLedgerFile(file), ledger });
      }
    } else if (request.kind === 'hand-over') {
      const key = (kind: HandedDocument['kind'], file: string, id: string) =>
        `${kind}\u0000${id}\u0000${file}`;
      const given = new Set(request.documents.map(({ kind, file, id }) => key(kind, file, id)));
      const givesLedger = ({ file, ledger }: HeldLedger) =>
        given.has(key('ledger', file, ledger.budget));
      const givesBudget = ({ file, budget }: HeldBudget) =>
        given.has(key('budget', file, budget.id));
      const ledgers = this.ledgers.filter(givesLedger);
      const budgets = this.budgets.filter(givesBudget);
      this.ledgers = this.ledgers.filter((held) => !givesLedger(held));
      this.budgets = this.budgets.filter((held) => !givesBudget(held));
      // A few at a time: the page passes each message on, and a large one would hold it up.
      for (let start = 0; start < Math.max(ledgers.length, budgets.length); start += HAND_OVER_SIZE)
        yield {
          kind: 'handed',
          job: request.job,
          ledgers: ledgers.slice(start, start + HAND_OVER_SIZE),
          budgets: budgets.slice(start, start + HAND_OVER_SIZE),
        };
    } else if (request.kind === 'take') {
      this.ledgers.push(...request.ledgers);
      this.budgets.push(...request.budgets);
    } else {
      this.latest = request.job;
      yield* this.monitor(request.job, request.asOf, request.cards);
    }
  }

  private *read(job: number, files: readonly FileRead[]): Generator<MonitoringChunk> {
    for (let start = 0; start < files.length; start += CHUNK_SIZE) {
      const slice = files.slice(start, start + CHUNK_SIZE);
      const invalid: InvalidFile[] = [];
      const kept: KeptDocument[] = [];
      for (const { name, read: bytes } of slice) {
        const read = bytes.ok ? documentOf(bytes.value) : bytes;
        if (!read.ok) invalid.push({ file: name, problems: read.problems });
        else kept.push(this.keep(name, read.value));
      }
      yield { kind: 'read', job, count: slice.length, invalid, kept };
    }
  }

  private async *readZip(job: number, zip: ZipShare): AsyncGenerator<MonitoringChunk> {
    // A ledger file may be larger than a budget file: each entry as the larger limit.
    const limits = {
      batch: CHUNK_SIZE,
      maxBytes: LEDGER_FILE_LIMITS.maxLength,
      sizeProblem: (bytes: number) => fileSizeProblem(bytes, LEDGER_FILE_LIMITS),
    };
    for await (const step of readZipShare(zip, limits)) {
      if (step.kind === 'listed') yield { kind: 'listed', job, count: step.count };
      else yield* this.read(job, step.files);
    }
  }

  private keep(file: string, value: MonitoringDocument): KeptDocument {
    if (value.kind === 'budget') {
      this.budgets.push({ file, budget: value.budget });
      return { file, kind: 'budget', id: value.budget.id };
    }
    this.ledgers.push({ file, ledger: value.ledger });
    return { file, kind: 'ledger', id: value.ledger.budget };
  }

  private async *monitor(
    job: number,
    asOf: string,
    cards: readonly RateCard[],
  ): AsyncGenerator<MonitoringChunk> {
    const byId = new Map(cards.map((card) => [card.id, card]));
    const { pairs, withoutLedger, sameId, withoutBudget } = pairLedgers(this.budgets, this.ledgers);
    const unpaired: InvalidFile[] = [
      ...withoutBudget.map(({ file, ledger }) => ({
        file,
        problems: [noBudgetProblem(ledger.budget)],
      })),
      ...withoutLedger.map(({ file }) => ({ file, problems: [noLedgerProblem()] })),
      ...sameId.map(({ budget, first }) => ({
        file: budget.file,
        problems: [sameIdProblem(first.file, budget.budget.id)],
      })),
    ];
    if (pairs.length === 0) yield { kind: 'monitor', job, entries: [], invalid: unpaired };
    for (let start = 0; start < pairs.length; start += CHUNK_SIZE) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.latest !== job) return;
      const entries: MonitorEntry[] = [];
      const invalid: InvalidFile[] = start === 0 ? unpaired : [];
      for (const { budget, ledger } of pairs.slice(start, start + CHUNK_SIZE)) {
        const card = byId.get(budget.budget.rateCard);
        const problems =
          card === undefined
            ? [problem(['rateCard'], 'validation.unknownRateCard', { id: budget.budget.rateCard })]
            : ledgerAgainstBudget(ledger.ledger, budget.budget, card);
        const pricing =
          card === undefined || problems.length > 0
            ? { ok: false as const, problems }
            : costsOnCard(budget.budget, card, { asOf });
        const entry = pricing.ok
          ? monitorEntryOf(budget.file, pricing.value, ledger.ledger)
          : pricing;
        if (entry.ok) entries.push(entry.value);
        else invalid.push({ file: budget.file, problems: entry.problems });
      }
      yield { kind: 'monitor', job, entries, invalid };
    }
  }
}

/** Ledgers (and budgets) in one message handed over: a few thousand transactions, well under a frame to copy. */
const HAND_OVER_SIZE = 20;

/** The name a saved budget's ledger goes by on the page. */
export const savedLedgerFile = (file: string): string => `${file} (ledger)`;

/**
 * A chosen file's bytes, read on the page and handed over (see BytesReadRequest): handing
 * a worker the File itself costs the page a wait on the browser for each file.
 */
export async function monitoringFileBytes(file: Blob): Promise<Result<Uint8Array>> {
  try {
    return ok(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return unreadable();
  }
}

const unreadable = <T>(): Result<T> => failed([problem([], 'validation.readFile')]);

/**
 * A batch of chosen files' bytes, read as one Blob of them all: one read from the browser
 * rather than one a file. Each read has its own cost on the page's thread and the
 * browser's (a request, a pipe, a promise), which was most of the page's reading: 10,000
 * budgets with ledgers took about 45 s of CPU read one by one and 25 s read a batch at a
 * time (docs/performance.md, "Seventh round (issue 19)"). Each file is a view of the one
 * buffer, transferred whole. Where the one read fails (a file gone or changed since it was
 * chosen, or a batch too large for one buffer), each file is read alone, so the one that
 * cannot be read is named as before.
 */
export async function monitoringBatchBytes(
  named: readonly NamedFile[],
): Promise<{ readonly files: FileRead[]; readonly transfer: Transferable[] }> {
  try {
    const whole = new Uint8Array(await new Blob(named.map(({ file }) => file)).arrayBuffer());
    let at = 0;
    const files = named.map(({ name, file }): FileRead => {
      const bytes = whole.subarray(at, at + file.size);
      at += file.size;
      return { name, read: ok(bytes) };
    });
    if (at === whole.length) return { files, transfer: [whole.buffer] };
  } catch {
    // Read one by one below.
  }
  return readBatch(named, monitoringFileBytes);
}

function documentOf(bytes: Uint8Array): Result<MonitoringDocument> {
  try {
    return readMonitoringBytes(bytes);
  } catch {
    return unreadable();
  }
}
