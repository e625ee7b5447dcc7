/**
 * One figure of `npm run bench`: what was measured, its value, and the goal it is held
 * to (issue 9). A figure whose code is not in this tree yet is "not yet available".
 */
export type Unit = 'ms' | 's' | 'KB' | 'MB' | 'per s' | '×' | 'modules' | 'keys' | 'clicks';

/** Every goal of the issue is a ceiling: "at most" (inclusive) or "under" (not). */
export interface Goal {
  readonly max: number;
  readonly inclusive: boolean;
}

export const atMost = (max: number): Goal => ({ max, inclusive: true });
export const under = (max: number): Goal => ({ max, inclusive: false });

export function goalText(goal: Goal | undefined, unit: Unit): string {
  return goal === undefined ? '' : `${goal.inclusive ? '≤' : '<'} ${goal.max} ${unit}`;
}

export interface Figure {
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  /** null when the figure could not be measured; see `note`. */
  readonly value: number | null;
  /** 'under': the true value is below `value` (Event Timing reports nothing faster). */
  readonly bound?: 'under';
  readonly goal?: Goal;
  readonly note?: string;
}

export type Verdict = 'met' | 'missed' | 'no goal' | 'not yet available';

export function verdict(figure: Figure): Verdict {
  if (figure.value === null) return 'not yet available';
  const { goal } = figure;
  if (goal === undefined) return 'no goal';
  if (figure.value > goal.max) return 'missed';
  // A value known only to be under a bound meets a "less than" goal at that bound.
  if (figure.value === goal.max && !goal.inclusive && figure.bound !== 'under') return 'missed';
  return 'met';
}

export function unavailable(
  id: string,
  label: string,
  unit: Unit,
  goal: Goal | undefined,
  note: string,
): Figure {
  return goal === undefined
    ? { id, label, unit, value: null, note }
    : { id, label, unit, value: null, goal, note };
}

/** Median and 95th percentile, nearest rank, of samples (ms). */
export function percentiles(samples: readonly number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
  return { median: rank(0.5), p95: rank(0.95) };
}

/** Rounds a measured value for the table and the JSON: 3 significant figures is plenty. */
export function tidy(value: number): number {
  if (value === 0) return 0;
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return Number(value.toFixed(Math.min(digits, 4)));
}
