import { describe, expect, it } from 'vitest';
import { withLine } from '../../src/domain/budget-edits';
import { sharesOfLargest } from '../../src/domain/chart';
import { parseMoney } from '../../src/domain/money';
import { budget, visits } from '../helpers/builders';

describe('chart bars', () => {
  it('are each amount as a share of the largest', () => {
    expect(sharesOfLargest(['100.00', '50.00', '0.00', '25.00'].map(parseMoney))).toEqual([
      1, 0.5, 0, 0.25,
    ]);
  });

  it('are all empty when there is nothing to draw', () => {
    expect(sharesOfLargest(['0.00', '0.00'].map(parseMoney))).toEqual([0, 0]);
    expect(sharesOfLargest([])).toEqual([]);
  });
});

describe('previewing a line', () => {
  it('replaces the line with the same id, in place', () => {
    const b = budget({ lines: [visits({ id: 'a' }), visits({ id: 'b' })] });
    expect(
      withLine(b, visits({ id: 'a', minutes: 30 })).lines.map((l) => [
        l.id,
        l.kind === 'visits' && l.minutes,
      ]),
    ).toEqual([
      ['a', 30],
      ['b', 60],
    ]);
  });

  it('adds a new line at the end, leaving the budget itself untouched', () => {
    const b = budget({ lines: [visits({ id: 'a' })] });
    expect(withLine(b, visits({ id: 'new' })).lines.map((l) => l.id)).toEqual(['a', 'new']);
    expect(b.lines).toHaveLength(1);
  });
});
