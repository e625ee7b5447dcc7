/** `--as-of` and `--period` on the headless command (docs/plan-in-time.md). */
import { describe, expect, it } from 'vitest';
import { price } from '../helpers/run-price';

const V3 = 'tests/fixtures/versions/budget-file-v3.json';

describe('the plan in time, headless', () => {
  it('prices as at the date given, with the periods, payback, projection and traditional package', async () => {
    const run = await price([V3, '--as-of', '2026-05-31', '--period', '2026-05-01..2026-06-30']);
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout);
    expect(output.asOf).toBe('2026-05-31');
    // `morning` ends on 31 May and `morning-hoist` starts on 1 June.
    const active = (id: string) =>
      output.lines.find((line: { id: string }) => line.id === id).active;
    expect([active('morning'), active('morning-hoist')]).toEqual([true, false]);
    expect(output.periods.quarters.map((q: { quarter: number }) => q.quarter)).toEqual([
      1, 2, 3, 4,
    ]);
    expect(output.periods.custom).toMatchObject({ from: '2026-05-01', to: '2026-06-30', days: 61 });
    expect(Object.keys(output.traditional.costAvoidance)).toEqual(['annual', 'percent']);
    expect(output.projection).toHaveLength(5);
  });

  it('moves to another as-at date: the other line is active then', async () => {
    const output = JSON.parse((await price([V3, '--as-of', '2026-06-01'])).stdout);
    const morning = output.lines.find((line: { id: string }) => line.id === 'morning-hoist');
    expect(morning.active).toBe(true);
    expect(output.periods.custom).toBeUndefined();
  });

  it.each([
    [['--as-of', '2026-02-30'], '--as-of must be a date written as YYYY-MM-DD'],
    [['--period', '2026-06-30..2026-05-01'], '--period must be two dates'],
    [['--period', '2026-05-01'], '--period must be two dates'],
  ])('refuses %j with a message naming the option', async (options, message) => {
    const run = await price([V3, ...options]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(message)).toBe(true);
  });

  it('shows the as-at date and the working of a period in the text report', async () => {
    const run = await price([V3, '--as-of', '2026-05-31', '--format', 'text']);
    expect(run.stdout).toContain('Figures as at 2026-05-31');
    // £9,364.36 × 61 = £571,225.96; ÷ 365 = £1,564.9999… → £1,565.00
    expect(run.stdout).toMatch(/morning: £9,364\.36 × 61 days ÷ 365 = £1,565\.00/);
  });
});
