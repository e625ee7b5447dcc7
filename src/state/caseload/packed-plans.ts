/**
 * What the PHB return counts of each plan read, packed: a nation's 200,000 plans kept as
 * objects were about 800,000 of them on the page's heap, which the collector had to go
 * over again and again while the workers priced (packed-rows.ts says why that hurt). A
 * plan here is its budget's id and shared copies of its few repeated words (file name,
 * funding route, dates, status, cohort), put back together as the return slices them.
 */
import type { ReturnBudget } from '../../domain/caseload/phb-return';
import type { ReturnRecord, ReturnRecords } from '../../workers/caseload/caseload-jobs';
import type { SharedStrings } from './shared-strings';

type Plan = NonNullable<ReturnBudget['plan']>;

export class PackedPlans {
  private readonly file: string[] = [];
  private readonly id: string[] = [];
  private readonly fundingRoute: ReturnBudget['fundingRoute'][] = [];
  /** Whether the budget has a plan at all (a plan's fields may each be missing too). */
  private readonly planned: boolean[] = [];
  private readonly start: Plan['start'][] = [];
  private readonly end: Plan['end'][] = [];
  private readonly status: Plan['status'][] = [];
  private readonly cohort: Plan['cohort'][] = [];

  /** As PackedRows': one copy of each repeated word, and the page's copy of each file's name. */
  constructor(
    private readonly strings: SharedStrings,
    private readonly fileName: (name: string) => string,
  ) {}

  get length(): number {
    return this.id.length;
  }

  push({ file, budget }: ReturnRecord): void {
    const { strings } = this;
    this.file.push(this.fileName(file));
    this.id.push(budget.id);
    this.fundingRoute.push(strings.one(budget.fundingRoute));
    const { plan } = budget;
    this.planned.push(plan !== undefined);
    this.start.push(strings.maybe(plan?.start));
    this.end.push(strings.maybe(plan?.end));
    this.status.push(strings.maybe(plan?.status));
    this.cohort.push(strings.maybe(plan?.cohort));
  }

  /** The plans from `start` up to `end`, as an array's `slice` gives them. */
  slice(start?: number, end?: number): ReturnRecord[] {
    return this.range(this.length, start, end);
  }

  /**
   * The plans pushed so far, as a list of their own: a new object each time, so the page
   * counts again, and unchanged by plans pushed after.
   */
  snapshot(): ReturnRecords {
    const length = this.length;
    return { length, slice: (start, end) => this.range(length, start, end) };
  }

  /** The plans from `start` up to `end` of the first `length`. */
  private range(length: number, start = 0, end = length): ReturnRecord[] {
    const clamp = (at: number) => Math.min(length, Math.max(0, at < 0 ? length + at : at));
    const records: ReturnRecord[] = [];
    for (let at = clamp(start); at < clamp(end); at++) records.push(this.record(at));
    return records;
  }

  private record(at: number): ReturnRecord {
    const budget = {
      id: this.id[at] as string,
      fundingRoute: this.fundingRoute[at] as ReturnBudget['fundingRoute'],
    };
    const file = this.file[at] as string;
    if (this.planned[at] !== true) return { file, budget };
    const plan: Plan = {
      start: this.start[at],
      end: this.end[at],
      status: this.status[at],
      cohort: this.cohort[at],
    };
    return { file, budget: { ...budget, plan } };
  }
}
