/**
 * The work of the team's monitoring page (docs/ledger.md, "For the team"): reading budget
 * and ledger files, then monitoring each budget with its ledger as at one day, in chunks.
 * Like the caseload's engine, a MonitoringEngine keeps the budgets and ledgers it has
 * read, so only small monitored entries cross to the page. The page sends a budget and
 * the ledger beside it (`x.json`, `x.ledger.json`) to the same engine, and the saved
 * budgets go as pairs already made.
 */
import {
  monitorEntryOf,
  noBudgetProblem,
  noLedgerProblem,
  pairLedgers,
  type MonitorEntry,
} from '../../domain/ledger/caseload-monitor';
import type { Ledger } from '../../domain/ledger/ledger-schema';
import { ledgerAgainstBudget } from '../../domain/ledger/read-ledger';
import { priceOnCard } from '../../domain/pricing/price-budget';
import { problem, type Result } from '../../domain/problems';
import type { Budget } from '../../domain/schema/budget';
import type { RateCard } from '../../domain/schema/rate-card';
import { readMonitoringBytes, type MonitoringDocument } from '../../io/monitoring-files';
import {
  CHUNK_SIZE,
  type InvalidFile,
  type NamedFile,
  type ReadRequest,
} from '../caseload/caseload-jobs';

export interface SavedPair {
  readonly file: string;
  readonly budget: Budget;
  readonly ledger: Ledger;
}

export type MonitoringRequest =
  | ReadRequest
  /** Budgets saved on the device, each with its ledger. */
  | { readonly kind: 'add'; readonly job: number; readonly pairs: readonly SavedPair[] }
  /** Every budget, on the card it names (from `cards`), monitored as at `asOf`. */
  | {
      readonly kind: 'monitor';
      readonly job: number;
      readonly asOf: string;
      readonly cards: readonly RateCard[];
    };

export type MonitoringChunk =
  | {
      readonly kind: 'read';
      readonly job: number;
      readonly count: number;
      readonly invalid: InvalidFile[];
    }
  | {
      readonly kind: 'monitor';
      readonly job: number;
      readonly entries: MonitorEntry[];
      /** Budgets that could not be monitored, ledgers with no budget, budgets with no ledger. */
      readonly invalid: InvalidFile[];
    };

interface Held<T> {
  readonly file: string;
  readonly value: T;
}

export class MonitoringEngine {
  private budgets: { file: string; budget: Budget }[] = [];
  private ledgers: { file: string; ledger: Ledger }[] = [];
  private latest = 0;

  async *run(request: MonitoringRequest): AsyncGenerator<MonitoringChunk> {
    if (request.kind === 'read') yield* this.read(request.job, request.files);
    else if (request.kind === 'add') {
      for (const { file, budget, ledger } of request.pairs) {
        this.budgets.push({ file, budget });
        this.ledgers.push({ file: `${file} (ledger)`, ledger });
      }
    } else {
      this.latest = request.job;
      yield* this.monitor(request.job, request.asOf, request.cards);
    }
  }

  private async *read(job: number, files: readonly NamedFile[]): AsyncGenerator<MonitoringChunk> {
    for (let start = 0; start < files.length; start += CHUNK_SIZE) {
      const slice = files.slice(start, start + CHUNK_SIZE);
      const invalid: InvalidFile[] = [];
      for (const { name, file } of slice) {
        const read = await readFile(file);
        if (!read.ok) invalid.push({ file: name, problems: read.problems });
        else this.keep({ file: name, value: read.value });
      }
      yield { kind: 'read', job, count: slice.length, invalid };
    }
  }

  private keep({ file, value }: Held<MonitoringDocument>): void {
    if (value.kind === 'budget') this.budgets.push({ file, budget: value.budget });
    else this.ledgers.push({ file, ledger: value.ledger });
  }

  private async *monitor(
    job: number,
    asOf: string,
    cards: readonly RateCard[],
  ): AsyncGenerator<MonitoringChunk> {
    const byId = new Map(cards.map((card) => [card.id, card]));
    const { pairs, withoutLedger, withoutBudget } = pairLedgers(this.budgets, this.ledgers);
    const unpaired: InvalidFile[] = [
      ...withoutBudget.map(({ file, ledger }) => ({
        file,
        problems: [noBudgetProblem(ledger.budget)],
      })),
      ...withoutLedger.map(({ file }) => ({ file, problems: [noLedgerProblem()] })),
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
            : priceOnCard(budget.budget, card, { asOf });
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

async function readFile(file: Blob): Promise<Result<MonitoringDocument>> {
  try {
    return readMonitoringBytes(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return { ok: false, problems: [problem([], 'validation.readFile')] };
  }
}
