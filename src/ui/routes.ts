/**
 * Every page of the app as a typed route, written in the URL's hash (`#/budgets/b-1/about`)
 * so the app works offline and from any static host, and the back button works.
 */
export type Route =
  | { readonly page: 'start' }
  | { readonly page: 'task-list'; readonly budgetId: string }
  | { readonly page: 'about'; readonly budgetId: string }
  | { readonly page: 'domain'; readonly budgetId: string; readonly domainId: string }
  | { readonly page: 'line'; readonly budgetId: string; readonly domainId: string; readonly lineId: string }
  | { readonly page: 'carers'; readonly budgetId: string }
  | { readonly page: 'carer'; readonly budgetId: string; readonly carerId: string }
  | { readonly page: 'expenses'; readonly budgetId: string }
  | { readonly page: 'expense'; readonly budgetId: string; readonly expenseId: string }
  | { readonly page: 'summary'; readonly budgetId: string }
  | { readonly page: 'delete'; readonly budgetId: string }
  // Rate cards (issue 10): the list, one card, importing a file, making a card from one.
  | { readonly page: 'rate-cards' }
  | { readonly page: 'rate-card'; readonly cardId: string }
  | { readonly page: 'rate-card-import' }
  | { readonly page: 'rate-card-make'; readonly cardId: string }
  // --- re-pricing (owned by the revisions issue; here only as far as links need it) ---
  | { readonly page: 'reprice'; readonly budgetId: string; readonly cardId: string }
  // --- end re-pricing ---
  | { readonly page: 'not-found' };

/** The id used in a route for an item that does not exist yet. */
export const NEW = 'new';

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((part) => part !== '').map(decodeURIComponent);
  if (parts.length === 0) return { page: 'start' };
  const [root, budgetId, section, itemId, sub, subId] = parts;
  if (root === RATE_CARDS) return parseRateCardRoute(parts.slice(1));
  if (root !== 'budgets' || budgetId === undefined) return { page: 'not-found' };
  if (section === undefined) return { page: 'task-list', budgetId };
  if (parts.length === 3) {
    if (section === 'about' || section === 'carers' || section === 'expenses' || section === 'summary' || section === 'delete') {
      return { page: section, budgetId };
    }
  }
  if (itemId !== undefined && parts.length === 4) {
    if (section === 'domains') return { page: 'domain', budgetId, domainId: itemId };
    if (section === 'carers') return { page: 'carer', budgetId, carerId: itemId };
    if (section === 'expenses') return { page: 'expense', budgetId, expenseId: itemId };
  }
  if (section === 'domains' && itemId !== undefined && sub === 'lines' && subId !== undefined && parts.length === 6) {
    return { page: 'line', budgetId, domainId: itemId, lineId: subId };
  }
  return { page: 'not-found' };
}

const RATE_CARDS = 'rate-cards';
/** The address of the import page: a card may not take this as its id. */
export const IMPORT = 'import';

function parseRateCardRoute([cardId, action, ...rest]: readonly string[]): Route {
  if (cardId === undefined) return { page: 'rate-cards' };
  if (cardId === IMPORT && action === undefined) return { page: 'rate-card-import' };
  if (action === undefined) return { page: 'rate-card', cardId };
  if (action === 'make' && rest.length === 0) return { page: 'rate-card-make', cardId };
  return { page: 'not-found' };
}

export function href(route: Route): string {
  const budget = (id: string, ...rest: string[]) => `#/${['budgets', id, ...rest].map(encodeURIComponent).join('/')}`;
  switch (route.page) {
    case 'start':
    case 'not-found':
      return '#/';
    case 'task-list':
      return budget(route.budgetId);
    case 'about':
    case 'carers':
    case 'expenses':
    case 'summary':
    case 'delete':
      return budget(route.budgetId, route.page);
    case 'domain':
      return budget(route.budgetId, 'domains', route.domainId);
    case 'line':
      return budget(route.budgetId, 'domains', route.domainId, 'lines', route.lineId);
    case 'carer':
      return budget(route.budgetId, 'carers', route.carerId);
    case 'expense':
      return budget(route.budgetId, 'expenses', route.expenseId);
    case 'rate-cards':
      return `#/${RATE_CARDS}`;
    case 'rate-card-import':
      return `#/${RATE_CARDS}/${IMPORT}`;
    case 'rate-card':
      return `#/${RATE_CARDS}/${encodeURIComponent(route.cardId)}`;
    case 'rate-card-make':
      return `#/${RATE_CARDS}/${encodeURIComponent(route.cardId)}/make`;
    // --- re-pricing (revisions issue) ---
    case 'reprice':
      return budget(route.budgetId, 'reprice', route.cardId);
    // --- end re-pricing ---
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}
