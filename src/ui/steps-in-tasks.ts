/**
 * Long work on the page's own thread, cut into steps and run a few steps a task, so the
 * page paints and answers input between tasks and a press of Cancel is heard. Work that
 * fits in one task is done in the task that asked for it, with no wait.
 */
import { nextTask } from '../workers/next-task';

/** Time a task spends on steps before giving the page its turn: well inside one frame. */
export const TASK_BUDGET_MS = 10;

export interface StepsInTasksOptions {
  /** Aborted: no step is taken after the one under way. */
  readonly signal: AbortSignal;
  /** Called at the end of each task that leaves steps to take, to show how far it has got. */
  readonly onPause?: () => void;
  /** Milliseconds of steps a task; TASK_BUDGET_MS unless a test says otherwise. */
  readonly budget?: number;
  /** The clock the budget is measured on. */
  readonly now?: () => number;
}

/**
 * Takes every step of `steps`; true when all are taken, false when `signal` stopped it. A
 * step's work is done as it is asked for (a generator's), so the next one is asked for
 * before a task ends: work that ends with a task's budget ends in that task.
 */
export async function stepsInTasks<Step>(
  steps: Iterator<Step, unknown>,
  take: (step: Step) => void,
  { signal, onPause, budget = TASK_BUDGET_MS, now = () => performance.now() }: StepsInTasksOptions,
): Promise<boolean> {
  if (signal.aborted) return false;
  let step = steps.next();
  for (;;) {
    const started = now();
    do {
      if (step.done === true) return true;
      take(step.value);
      if (signal.aborted) return false;
      step = steps.next();
    } while (now() - started < budget);
    if (step.done === true) return true;
    onPause?.();
    await nextTask();
    if (signal.aborted) return false;
  }
}
