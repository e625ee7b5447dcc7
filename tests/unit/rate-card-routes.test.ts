import { describe, expect, it } from 'vitest';
import { href, parseRoute, type Route } from '../../src/ui/routes';

describe('rate-card routes', () => {
  const routes: [string, Route][] = [
    ['#/rate-cards', { page: 'rate-cards' }],
    ['#/rate-cards/import', { page: 'rate-card-import' }],
    ['#/rate-cards/import/sheet', { page: 'rate-card-sheet' }],
    ['#/rate-cards/leeds-2026-27', { page: 'rate-card', cardId: 'leeds-2026-27' }],
    ['#/rate-cards/leeds-2026-27/make', { page: 'rate-card-make', cardId: 'leeds-2026-27' }],
  ];

  it.each(routes)('%s is read and written the same way', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(href(route)).toBe(hash);
  });

  it('an unknown action on a card is not found', () => {
    expect(parseRoute('#/rate-cards/leeds-2026-27/edit')).toEqual({ page: 'not-found' });
    expect(parseRoute('#/rate-cards/leeds-2026-27/make/more')).toEqual({ page: 'not-found' });
  });

  it('links to re-pricing a budget on another card', () => {
    expect(href({ page: 'reprice', budgetId: 'b-1', cardId: 'england-2026-27' })).toBe(
      '#/budgets/b-1/reprice/england-2026-27',
    );
  });
});
