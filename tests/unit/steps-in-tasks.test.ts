/**
 * Long work on the page is taken a few steps a task (src/ui/steps-in-tasks.ts): as many
 * as fit in the task's budget, the first task being the caller's own, and none after
 * Cancel.
 */
import { describe, expect, it } from 'vitest';
import { stepsInTasks } from '../../src/ui/steps-in-tasks';

/** A clock that moves on by `each` milliseconds every time it is read. */
function clock(each: number) {
  let time = 0;
  return () => (time += each);
}

function* numbers(count: number) {
  for (let index = 0; index < count; index++) yield index;
}

describe('steps in tasks', () => {
  it('takes every step in the caller’s task when they fit in the budget', async () => {
    const taken: number[] = [];
    let pauses = 0;
    const running = stepsInTasks(numbers(5), (step) => taken.push(step), {
      signal: new AbortController().signal,
      onPause: () => pauses++,
      now: clock(1),
      budget: 100,
    });
    // Before anything is awaited: all in the task that asked.
    expect(taken).toEqual([0, 1, 2, 3, 4]);
    await expect(running).resolves.toBe(true);
    expect(pauses).toBe(0);
  });

  it('gives the page a task between budgets, and says how far it has got at each', async () => {
    const taken: number[] = [];
    const seenAtPauses: number[] = [];
    // Each step reads the clock once, past the budget of 10: one step a task.
    const running = stepsInTasks(numbers(4), (step) => taken.push(step), {
      signal: new AbortController().signal,
      onPause: () => seenAtPauses.push(taken.length),
      now: clock(11),
      budget: 10,
    });
    expect(taken).toEqual([0]);
    await expect(running).resolves.toBe(true);
    expect(taken).toEqual([0, 1, 2, 3]);
    // The next step is asked for before a task ends: the last one's task finds them done
    // and ends the work there, with no pause and no task more.
    expect(seenAtPauses).toEqual([1, 2, 3]);
  });

  it('takes as many steps a task as fit in the budget', async () => {
    const perTask: number[] = [];
    let taken = 0;
    // Read at each task's start and after each step: 3 ms a step, 10 ms a task, so 4 a task.
    await stepsInTasks(numbers(10), () => taken++, {
      signal: new AbortController().signal,
      onPause: () => perTask.push(taken - perTask.reduce((sum, each) => sum + each, 0)),
      now: clock(3),
      budget: 10,
    });
    expect(taken).toBe(10);
    expect(perTask).toEqual([4, 4]);
  });

  it('takes no step once stopped, and says it did not finish', async () => {
    const controller = new AbortController();
    const taken: number[] = [];
    const running = stepsInTasks(
      numbers(100),
      (step) => {
        taken.push(step);
        if (step === 2) controller.abort();
      },
      { signal: controller.signal, now: clock(11), budget: 10 },
    );
    await expect(running).resolves.toBe(false);
    expect(taken).toEqual([0, 1, 2]);
  });

  it('finishes at once with nothing to take', async () => {
    await expect(
      stepsInTasks(numbers(0), () => undefined, { signal: new AbortController().signal }),
    ).resolves.toBe(true);
  });
});
