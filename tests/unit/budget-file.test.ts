import { describe, expect, it } from 'vitest';
import { budgetFileName, budgetFileText } from '../../src/io/budget-file';
import { readBudgetFileText } from '../../src/io/budget-file-read';
import type { Budget } from '../../src/domain/schema/budget';
import { budget, readJson } from '../helpers/builders';

describe('budget files', () => {
  it('a budget written to a file reads back the same', () => {
    const example = readJson('examples/example-ann.json') as Budget;
    expect(readBudgetFileText(budgetFileText(example))).toEqual({ ok: true, value: example });
  });

  it('is named after its title, safely, or its id', () => {
    expect(budgetFileName(budget({ title: 'Support plan for Ann Example' }))).toBe(
      'support-plan-for-ann-example.json',
    );
    expect(budgetFileName(budget({ title: '../../etc/passwd' }))).toBe('etc-passwd.json');
    expect(budgetFileName(budget({ title: '', person: { name: '' } }))).toBe('b1.json');
    expect(budgetFileName(budget({ title: 'Cynllun Siôn' }))).toBe('cynllun-sion.json');
    // While the passphrase lock is on: the id only, never a name in the browser's downloads.
    expect(budgetFileName(budget({ title: 'Support plan for Ann Example' }), true)).toBe('b1.json');
  });

  it('a broken file is refused with problems, not an exception', () => {
    const result = readBudgetFileText('{"format": "support-budget"');
    expect(result.ok).toBe(false);
  });
});

describe('a file too large to open', () => {
  it('is refused by its size before it is read', async () => {
    const { budgetFileSizeProblem } = await import('../../src/io/budget-file');
    expect(budgetFileSizeProblem(4_000_000)).toBeNull();
    expect(budgetFileSizeProblem(6_000_000)?.key).toBe('validation.tooLarge');
  });
});
