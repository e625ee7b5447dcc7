import { describe, expect, it } from 'vitest';
import {
  budgetSections,
  markSection,
  progressFromSectionIds,
  sectionProgress,
} from '../../src/domain/sections';
import type { Budget } from '../../src/domain/schema/budget';
import { budget, carer, expense, readJson, splitCard, visits } from '../helpers/builders';

const statuses = (b: Budget) =>
  Object.fromEntries(budgetSections(b, splitCard()).map((s) => [s.id, s.status]));

describe('task list sections', () => {
  it('lists about, every domain of the card, carers, expenses, risks, who pays, then check and summary', () => {
    const ids = budgetSections(budget(), splitCard()).map((s) => s.id);
    expect(ids[0]).toBe('about');
    expect(ids).toContain('domain:personal-care');
    expect(ids.slice(-5)).toEqual(['carers', 'expenses', 'risks', 'who-pays', 'summary']);
  });

  it('risks and contingency start with either written; who pays with who pays', () => {
    expect(statuses(budget())).toMatchObject({ risks: 'not-started', 'who-pays': 'not-started' });
    expect(
      statuses(budget({ version: 4, contingency: { providerCover: { days: 7 } } })),
    ).toMatchObject({ risks: 'in-progress' });
    expect(
      statuses(budget({ version: 4, risks: [{ id: 'r1', what: 'Ill', likelihood: 'low' }] })),
    ).toMatchObject({ risks: 'in-progress' });
    const paid = budget({ version: 4, whoPays: { funder: 'icb' } });
    expect(statuses(paid)).toMatchObject({ 'who-pays': 'in-progress' });
    expect(statuses(markSection(paid, 'who-pays', 'completed'))).toMatchObject({
      'who-pays': 'completed',
    });
  });

  it('a section with something in it is in progress until it is marked completed', () => {
    const b = budget({ carers: [carer()], lines: [visits()] });
    expect(statuses(b)).toMatchObject({
      'domain:personal-care': 'in-progress',
      carers: 'in-progress',
      'domain:social': 'not-started',
    });
    expect(statuses(markSection(b, 'carers', 'completed'))).toMatchObject({ carers: 'completed' });
  });

  it('an expense put against an area is work in that area', () => {
    const b = budget({ expenses: [expense({ domain: 'social' })] });
    expect(statuses(b)).toMatchObject({
      'domain:social': 'in-progress',
      'domain:personal-care': 'not-started',
    });
  });

  it('an area marked not needed says so and is left out of the count', () => {
    const b = markSection(budget({ lines: [visits()] }), 'domain:social', 'not-needed');
    const sections = budgetSections(b, splitCard());
    expect(statuses(b)['domain:social']).toBe('not-needed');
    expect(sectionProgress(sections)).toEqual({ completed: 0, count: sections.length - 1 });
  });

  it('only an area can be not needed: a section keeps what it had', () => {
    const b = budget();
    expect(markSection(b, 'carers', 'not-needed')).toBe(b);
  });

  it('check and summary cannot start yet while there is nothing to check', () => {
    expect(statuses(budget())['summary']).toBe('cannot-start');
    expect(statuses(budget({ expenses: [expense()] }))['summary']).toBe('not-started');
  });

  it('check and summary is completed when the person says the budget is checked, not after every other section', () => {
    const b = budget({ lines: [visits()] });
    expect(statuses(b)['summary']).toBe('not-started');
    const checked = markSection(b, 'summary', 'completed');
    expect(statuses(checked)['summary']).toBe('completed');
    expect(statuses(checked)['domain:social']).toBe('not-started');
  });

  it('marks live in the file, each once, and an emptied progress is taken off', () => {
    let b = markSection(budget(), 'domain:social', 'completed');
    b = markSection(b, 'domain:social', 'not-needed');
    expect(b.progress).toEqual({ areasNotNeeded: ['social'] });
    b = markSection(markSection(b, 'about', 'completed'), 'about', 'completed');
    expect(b.progress).toEqual({ completed: ['about'], areasNotNeeded: ['social'] });
    b = markSection(markSection(b, 'about', 'open'), 'domain:social', 'open');
    expect(b).not.toHaveProperty('progress');
  });

  it('an area mark for an area the card does not have changes nothing on the list', () => {
    const b = budget({ progress: { areasNotNeeded: ['gardening'] } });
    expect(budgetSections(b, splitCard()).map((s) => s.status)).toEqual(
      budgetSections(budget(), splitCard()).map((s) => s.status),
    );
  });

  it('section ids kept on the device before are read into the file fields', () => {
    expect(
      progressFromSectionIds(['about', 'domain:social', 'carers', 'about', 'domain:x']),
    ).toEqual({
      completed: ['about', 'carers'],
      areasCompleted: ['social', 'x'],
    });
    expect(progressFromSectionIds([])).toEqual({});
  });

  it('the example, "a finished budget", opens with every section done', () => {
    const example = readJson('examples/example-ann.json') as Budget;
    const card = readJson('rate-cards/england-2025-26.json') as Parameters<
      typeof budgetSections
    >[1];
    const sections = budgetSections(example, card);
    expect(sections.filter((s) => s.status !== 'completed' && s.status !== 'not-needed')).toEqual(
      [],
    );
    expect(sectionProgress(sections).completed).toBe(sectionProgress(sections).count);
  });
});
