import { describe, expect, it } from 'vitest';
import { budgetSections } from '../../src/domain/sections';
import { budget, carer, splitCard, visits } from '../helpers/builders';

describe('task list sections', () => {
  it('lists about, every domain of the card, carers, expenses, then check and summary', () => {
    const ids = budgetSections(budget(), splitCard(), []).map((s) => s.id);
    expect(ids[0]).toBe('about');
    expect(ids).toContain('domain:personal-care');
    expect(ids.slice(-3)).toEqual(['carers', 'expenses', 'summary']);
  });

  it('a section with something in it is in progress until it is marked completed', () => {
    const b = budget({ carers: [carer()], lines: [visits()] });
    const status = (completed: string[]) =>
      Object.fromEntries(budgetSections(b, splitCard(), completed).map((s) => [s.id, s.status]));
    expect(status([])).toMatchObject({ 'domain:personal-care': 'in-progress', carers: 'in-progress', 'domain:social': 'not-started' });
    expect(status(['carers'])).toMatchObject({ carers: 'completed' });
  });

  it('check and summary is completed once every other section is', () => {
    const sections = budgetSections(budget(), splitCard(), []);
    const all = sections.filter((s) => s.id !== 'summary').map((s) => s.id);
    expect(budgetSections(budget(), splitCard(), all).at(-1)?.status).toBe('completed');
  });
});
