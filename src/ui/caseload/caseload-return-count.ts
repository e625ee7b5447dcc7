/**
 * What the caseload page's PHB return works out over every plan read: the quarters to
 * offer, the return for the quarter chosen, and the first budgets without a start date
 * with their files. Counting a nation's 200,000 plans in one go was one long task on the
 * page, so a large caseload is counted PLANS_A_TASK plans at a time, each slice in a task
 * of its own, and the slices' returns merged: the same figures as counting every plan at once.
 */
import {
  mergePhbReturns,
  phbReturn,
  type PhbReturn,
  type ReturnBudget,
} from '../../domain/caseload/phb-return';
import {
  FinancialYearSpan,
  lastEndedQuarter,
  quartersOfSpan,
  type Quarter,
} from '../../domain/caseload/quarter';
import type { ReturnRecords } from '../../workers/caseload/caseload-jobs';
import { nextTask } from '../../workers/next-task';

/** Plans counted in one task of the page. */
export const PLANS_A_TASK = 5000;

/**
 * Budgets without a start date listed by name, at most: a nation's caseload may have tens
 * of thousands, and a list of them all froze the page for seconds. The download has all.
 */
export const UNDATED_SHOWN = 50;

export interface ReturnCounted {
  readonly quarters: readonly Quarter[];
  readonly quarter: Quarter;
  readonly counted: PhbReturn;
  /** The first UNDATED_SHOWN undated ids, each with every file that has it (ids need not be unique). */
  readonly undated: readonly { readonly id: string; readonly files: string }[];
}

/** Every plan counted at once. */
export function countReturn(plans: ReturnRecords, today: string, chosen: string): ReturnCounted {
  const steps = counting(plans, today, chosen, Math.max(1, plans.length), () => undefined);
  for (let step = steps.next(); ; step = steps.next()) if (step.done === true) return step.value;
}

/** The same, `size` plans a task; null if `stopped` says so between two slices. */
export async function countReturnInSlices(
  plans: ReturnRecords,
  today: string,
  chosen: string,
  stopped: () => boolean,
  size = PLANS_A_TASK,
): Promise<ReturnCounted | null> {
  const steps = counting(plans, today, chosen, size, nextTask);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) return step.value;
    await step.value;
    if (stopped()) return null;
  }
}

/**
 * The counting, a slice of `size` plans a step: yields `pause()` between slices (a
 * promise to wait for, or nothing), and returns what was counted.
 */
function* counting<Pause>(
  plans: ReturnRecords,
  today: string,
  chosen: string,
  size: number,
  pause: () => Pause,
): Generator<Pause, ReturnCounted, unknown> {
  const slices = Math.max(1, Math.ceil(plans.length / Math.max(1, size)));
  const slice = (index: number) => plans.slice(index * size, (index + 1) * size);
  const span = new FinancialYearSpan();
  for (let index = 0; index < slices; index++) {
    if (index > 0) yield pause();
    for (const { budget } of slice(index)) {
      span.see(budget.plan?.start);
      span.see(budget.plan?.end);
    }
  }
  const quarters = quartersOfSpan(span, today);
  const quarter = quarters.find((q) => q.id === chosen) ?? quarters[0] ?? lastEndedQuarter(today);
  const parts: PhbReturn[] = [];
  const undatedFiles = new Map<string, string[]>();
  for (let index = 0; index < slices; index++) {
    yield pause();
    const records = slice(index);
    parts.push(
      phbReturn(
        records.map((record): ReturnBudget => record.budget),
        quarter,
      ),
    );
    for (const { file, budget } of records) {
      if (budget.plan?.start !== undefined) continue;
      const files = undatedFiles.get(budget.id);
      if (files === undefined) undatedFiles.set(budget.id, [file]);
      else files.push(file);
    }
  }
  const counted = parts.length === 1 ? (parts[0] as PhbReturn) : mergePhbReturns(parts, quarter);
  const undated: { id: string; files: string }[] = [];
  for (const id of counted.undated) {
    if (undated.length === UNDATED_SHOWN) break;
    if (undated.at(-1)?.id === id) continue;
    undated.push({ id, files: (undatedFiles.get(id) ?? []).join('; ') });
  }
  return { quarters, quarter, counted, undated };
}
