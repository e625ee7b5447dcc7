import { describe, expect, it } from 'vitest';
import { href, parseRoute, type Route } from '../../src/ui/routes';

const routes: Route[] = [
  { page: 'start' },
  { page: 'caseload' },
  { page: 'monitoring' },
  { page: 'task-list', budgetId: 'b-1' },
  { page: 'about', budgetId: 'b-1' },
  { page: 'domain', budgetId: 'b-1', domainId: 'personal-care' },
  { page: 'line', budgetId: 'b-1', domainId: 'personal-care', lineId: 'new' },
  { page: 'carers', budgetId: 'b-1' },
  { page: 'carer', budgetId: 'b-1', carerId: 'c1' },
  { page: 'assistant', budgetId: 'b-1', assistantId: 'pa1' },
  { page: 'assistant', budgetId: 'b-1', assistantId: 'new' },
  { page: 'expenses', budgetId: 'b-1' },
  { page: 'expense', budgetId: 'b-1', expenseId: 'e1' },
  { page: 'summary', budgetId: 'b-1' },
  { page: 'delete', budgetId: 'b-1' },
  { page: 'accessibility' },
  { page: 'revisions', budgetId: 'b-1' },
  { page: 'revision', budgetId: 'b-1', revision: '2' },
  { page: 'revision', budgetId: 'b-1', revision: 'new' },
  { page: 'compare', budgetId: 'b-1', from: '1', to: 'current' },
  { page: 'reprice', budgetId: 'b-1', cardId: 'england-2026-27' },
  { page: 'commissioner', budgetId: 'b-1' },
];

describe('routes', () => {
  it.each(routes)('$page survives a round trip through the URL', (route) => {
    expect(parseRoute(href(route))).toEqual(route);
  });

  it('an unknown address is not found, never an error', () => {
    for (const hash of [
      '#/nowhere',
      '#/budgets',
      '#/budgets/b-1/colours',
      '#/budgets/b-1/domains/x/lines',
      '#/budgets/b-1/about/extra',
      '#/accessibility/extra',
      '#/caseload/extra',
    ]) {
      expect(parseRoute(hash)).toEqual({ page: 'not-found' });
    }
  });

  it('an address that is not properly encoded is not found, never an error [H10.7]', () => {
    for (const hash of ['#/budgets/%', '#/budgets/%E0%A4%A/about', '#/rate-cards/%zz', '#/%']) {
      expect(parseRoute(hash)).toEqual({ page: 'not-found' });
    }
  });

  it('re-pricing lives at the address the rate-card notice links to', () => {
    expect(href({ page: 'reprice', budgetId: 'b-1', cardId: 'england-2026-27' })).toBe(
      '#/budgets/b-1/reprice/england-2026-27',
    );
  });

  it('a compare address without both versions, or with more, is not found', () => {
    for (const hash of [
      '#/budgets/b-1/compare',
      '#/budgets/b-1/compare/1',
      '#/budgets/b-1/compare/1/2/3',
      '#/budgets/b-1/revisions/1/x',
    ]) {
      expect(parseRoute(hash)).toEqual({ page: 'not-found' });
    }
  });

  it('an empty hash is the start page', () => {
    expect(parseRoute('')).toEqual({ page: 'start' });
    expect(parseRoute('#/')).toEqual({ page: 'start' });
  });
});
