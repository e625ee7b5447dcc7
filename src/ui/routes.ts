/**
 * Every page of the app as a typed route, written in the URL's hash (`#/budgets/b-1/about`)
 * so the app works offline and from any static host, and the back button works.
 */
export type Route =
  | { readonly page: 'start' }
  | { readonly page: 'caseload' }
  | { readonly page: 'benchmarks' }
  | { readonly page: 'monitoring' }
  /** Packages of care imported from a spreadsheet (docs/importing.md). */
  | { readonly page: 'import' }
  | { readonly page: 'task-list'; readonly budgetId: string }
  | { readonly page: 'about'; readonly budgetId: string }
  | { readonly page: 'domain'; readonly budgetId: string; readonly domainId: string }
  | {
      readonly page: 'line';
      readonly budgetId: string;
      readonly domainId: string;
      readonly lineId: string;
    }
  | { readonly page: 'carers'; readonly budgetId: string }
  | { readonly page: 'carer'; readonly budgetId: string; readonly carerId: string }
  /** A named personal assistant, on the carers-and-assistants section. */
  | { readonly page: 'assistant'; readonly budgetId: string; readonly assistantId: string }
  | { readonly page: 'expenses'; readonly budgetId: string }
  | { readonly page: 'expense'; readonly budgetId: string; readonly expenseId: string }
  | { readonly page: 'summary'; readonly budgetId: string }
  // The plan around the money: the person's outcomes; `outcomeId` is an id or NEW.
  | { readonly page: 'outcomes'; readonly budgetId: string }
  | { readonly page: 'outcome'; readonly budgetId: string; readonly outcomeId: string }
  // Agreement and reviews: the status moves, the review schedule and reviews held, recording one.
  | { readonly page: 'agreement'; readonly budgetId: string }
  | { readonly page: 'reviews'; readonly budgetId: string }
  | { readonly page: 'review'; readonly budgetId: string }
  // Risks and contingency, and who pays: `riskId` is an id or NEW.
  | { readonly page: 'risks'; readonly budgetId: string }
  | { readonly page: 'risk'; readonly budgetId: string; readonly riskId: string }
  | { readonly page: 'contingency'; readonly budgetId: string }
  | { readonly page: 'who-pays'; readonly budgetId: string }
  | { readonly page: 'delete'; readonly budgetId: string }
  // What has been spent and what is left (docs/ledger.md): `rest` is the part after
  // `spending` (none, `payments`, `payments/<id or NEW>`, `import`), read by the page itself.
  | { readonly page: 'spending'; readonly budgetId: string; readonly rest: readonly string[] }
  | { readonly page: 'settings' }
  | { readonly page: 'passphrase'; readonly action: PassphraseAction }
  | { readonly page: 'accessibility' }
  // Revisions, re-pricing and the commissioner's view. `revision` is a number or NEW;
  // `from` and `to` are revision numbers or CURRENT (the draft).
  | { readonly page: 'revisions'; readonly budgetId: string }
  | { readonly page: 'revision'; readonly budgetId: string; readonly revision: string }
  | {
      readonly page: 'compare';
      readonly budgetId: string;
      readonly from: string;
      readonly to: string;
    }
  | { readonly page: 'reprice'; readonly budgetId: string; readonly cardId: string }
  | { readonly page: 'commissioner'; readonly budgetId: string }
  // Rate cards (issue 10): the list, one card, importing a file, making a card from one.
  | { readonly page: 'rate-cards' }
  | { readonly page: 'rate-card'; readonly cardId: string }
  | { readonly page: 'rate-card-import' }
  /** A council's rate spreadsheet read into a new card (docs/importing.md). */
  | { readonly page: 'rate-card-sheet' }
  | { readonly page: 'rate-card-make'; readonly cardId: string }
  | { readonly page: 'not-found' };

/** The passphrase lock's forms, each a page of its own: #/settings/passphrase/turn-on. */
export const PASSPHRASE_ACTIONS = ['turn-on', 'change', 'turn-off'] as const;
export type PassphraseAction = (typeof PASSPHRASE_ACTIONS)[number];

/** The id used in a route for an item that does not exist yet. */
export const NEW = 'new';
/** The version of a budget being worked on, in a comparison's route. */
export const CURRENT = 'current';

export function parseRoute(hash: string): Route {
  // The query after the page (`#/budgets/b-1/summary?asOf=2026-05-01`) says how to show it, not which page.
  const parts = pathOf(hash)
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map(decodePart);
  if (parts.length === 0) return { page: 'start' };
  // An address that is not properly encoded (a lone "%") names no page: never a blank app.
  if (parts.includes(null)) return { page: 'not-found' };
  return routeOf(parts as string[]);
}

function pathOf(hash: string): string {
  const query = hash.indexOf('?');
  return query === -1 ? hash : hash.slice(0, query);
}

/** The day a page prices the plan as at, from `?asOf=` in the address; undefined when absent or not a real day. */
export function asOfInHash(hash: string): string | undefined {
  const query = hash.indexOf('?');
  if (query === -1) return undefined;
  const value = new URLSearchParams(hash.slice(query + 1)).get('asOf');
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
    ? value
    : undefined;
}

/** The carer a new need is for, from `?carer=` in the address (the carers page links so). */
export function carerInHash(hash: string): string | undefined {
  const query = hash.indexOf('?');
  if (query === -1) return undefined;
  return new URLSearchParams(hash.slice(query + 1)).get('carer') ?? undefined;
}

/** The address of a new need in an area, given by an unpaid carer. */
export function newCarerLineHref(budgetId: string, domainId: string, carerId: string): string {
  return `${href({ page: 'line', budgetId, domainId, lineId: NEW })}?carer=${encodeURIComponent(carerId)}`;
}

/** The what-if (on the commissioner's page) opened with these lines chosen to move. */
export function whatIfHref(budgetId: string, lineIds: readonly string[]): string {
  return `${href({ page: 'commissioner', budgetId })}?lines=${lineIds.map(encodeURIComponent).join(',')}`;
}

/** The lines a what-if was opened with, from `?lines=` in the address; undefined when absent. */
export function linesInHash(hash: string): string[] | undefined {
  const query = hash.indexOf('?');
  if (query === -1) return undefined;
  const value = new URLSearchParams(hash.slice(query + 1)).get('lines');
  return value === null ? undefined : value.split(',').filter((id) => id !== '');
}

/** A page's address showing the plan as at a day (undefined: as at today, the plain address). */
export function hrefAsOf(route: Route, asOf: string | undefined): string {
  const plain = href(route);
  return asOf === undefined ? plain : `${plain}?asOf=${asOf}`;
}

/** Pages of a budget that a page reached from several places can send people back to. */
export const BACK_PAGES = ['task-list', 'summary', 'revisions'] as const;
export type BackPage = (typeof BACK_PAGES)[number];

/** Where Back and Cancel go (`?back=` in the address), or undefined for the page's own default. */
export function backInHash(hash: string): BackPage | undefined {
  const query = hash.indexOf('?');
  if (query === -1) return undefined;
  const value = new URLSearchParams(hash.slice(query + 1)).get('back');
  return BACK_PAGES.find((page) => page === value);
}

/** A page's address that remembers which page of the budget it was reached from. */
export function hrefBack(route: Route, back: BackPage): string {
  return `${href(route)}?back=${back}`;
}

function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

function routeOf(parts: readonly string[]): Route {
  if (parts.length === 1 && parts[0] === 'accessibility') return { page: 'accessibility' };
  const [root, budgetId, section, itemId, sub, subId] = parts;
  if (root === 'caseload') return parts.length === 1 ? { page: 'caseload' } : { page: 'not-found' };
  if (root === 'monitoring')
    return parts.length === 1 ? { page: 'monitoring' } : { page: 'not-found' };
  if (root === 'benchmarks')
    return parts.length === 1 ? { page: 'benchmarks' } : { page: 'not-found' };
  if (root === 'import') return parts.length === 1 ? { page: 'import' } : { page: 'not-found' };
  if (root === 'settings') return settingsRoute(parts);
  if (root === RATE_CARDS) return parseRateCardRoute(parts.slice(1));
  if (root !== 'budgets' || budgetId === undefined) return { page: 'not-found' };
  if (section === undefined) return { page: 'task-list', budgetId };
  if (section === 'spending') return { page: 'spending', budgetId, rest: parts.slice(3) };
  const revisions = revisionRoute(budgetId, parts.slice(2));
  if (revisions !== null) return revisions;
  if (parts.length === 3) {
    if (
      section === 'about' ||
      section === 'carers' ||
      section === 'expenses' ||
      section === 'summary' ||
      section === 'delete' ||
      section === 'outcomes' ||
      section === 'agreement' ||
      section === 'reviews' ||
      section === 'risks' ||
      section === 'contingency' ||
      section === 'who-pays'
    ) {
      return { page: section, budgetId };
    }
  }
  if (section === 'reviews' && itemId === NEW && parts.length === 4)
    return { page: 'review', budgetId };
  if (itemId !== undefined && parts.length === 4) {
    if (section === 'domains') return { page: 'domain', budgetId, domainId: itemId };
    if (section === 'carers') return { page: 'carer', budgetId, carerId: itemId };
    if (section === 'assistants') return { page: 'assistant', budgetId, assistantId: itemId };
    if (section === 'expenses') return { page: 'expense', budgetId, expenseId: itemId };
    if (section === 'outcomes') return { page: 'outcome', budgetId, outcomeId: itemId };
    if (section === 'risks') return { page: 'risk', budgetId, riskId: itemId };
  }
  if (
    section === 'domains' &&
    itemId !== undefined &&
    sub === 'lines' &&
    subId !== undefined &&
    parts.length === 6
  ) {
    return { page: 'line', budgetId, domainId: itemId, lineId: subId };
  }
  return { page: 'not-found' };
}

function settingsRoute(parts: readonly string[]): Route {
  if (parts.length === 1) return { page: 'settings' };
  const action = PASSPHRASE_ACTIONS.find((known) => known === parts[2]);
  return parts.length === 3 && parts[1] === 'passphrase' && action !== undefined
    ? { page: 'passphrase', action }
    : { page: 'not-found' };
}

function revisionRoute(budgetId: string, rest: readonly string[]): Route | null {
  const [section, first, second] = rest;
  if (section === 'revisions' && rest.length === 1) return { page: 'revisions', budgetId };
  if (section === 'revisions' && first !== undefined && rest.length === 2)
    return { page: 'revision', budgetId, revision: first };
  if (section === 'commissioner' && rest.length === 1) return { page: 'commissioner', budgetId };
  if (section === 'reprice' && first !== undefined && rest.length === 2)
    return { page: 'reprice', budgetId, cardId: first };
  if (section === 'compare' && first !== undefined && second !== undefined && rest.length === 3) {
    return { page: 'compare', budgetId, from: first, to: second };
  }
  return null;
}

const RATE_CARDS = 'rate-cards';
/** The address of the import page: a card may not take this as its id. */
export const IMPORT = 'import';
const SHEET = 'sheet';

function parseRateCardRoute([cardId, action, ...rest]: readonly string[]): Route {
  if (cardId === undefined) return { page: 'rate-cards' };
  if (cardId === IMPORT && action === undefined) return { page: 'rate-card-import' };
  if (cardId === IMPORT && action === SHEET && rest.length === 0)
    return { page: 'rate-card-sheet' };
  if (action === undefined) return { page: 'rate-card', cardId };
  if (action === 'make' && rest.length === 0) return { page: 'rate-card-make', cardId };
  return { page: 'not-found' };
}

export function href(route: Route): string {
  const budget = (id: string, ...rest: string[]) =>
    `#/${['budgets', id, ...rest].map(encodeURIComponent).join('/')}`;
  switch (route.page) {
    case 'start':
    case 'not-found':
      return '#/';
    case 'caseload':
      return '#/caseload';
    case 'benchmarks':
      return '#/benchmarks';
    case 'monitoring':
      return '#/monitoring';
    case 'import':
      return '#/import';
    case 'accessibility':
      return '#/accessibility';
    case 'task-list':
      return budget(route.budgetId);
    case 'about':
    case 'carers':
    case 'expenses':
    case 'summary':
    case 'delete':
    case 'outcomes':
    case 'agreement':
    case 'reviews':
    case 'risks':
    case 'contingency':
    case 'who-pays':
      return budget(route.budgetId, route.page);
    case 'risk':
      return budget(route.budgetId, 'risks', route.riskId);
    case 'review':
      return budget(route.budgetId, 'reviews', NEW);
    case 'spending':
      return budget(route.budgetId, 'spending', ...route.rest);
    case 'outcome':
      return budget(route.budgetId, 'outcomes', route.outcomeId);
    case 'domain':
      return budget(route.budgetId, 'domains', route.domainId);
    case 'line':
      return budget(route.budgetId, 'domains', route.domainId, 'lines', route.lineId);
    case 'carer':
      return budget(route.budgetId, 'carers', route.carerId);
    case 'assistant':
      return budget(route.budgetId, 'assistants', route.assistantId);
    case 'expense':
      return budget(route.budgetId, 'expenses', route.expenseId);
    case 'settings':
      return '#/settings';
    case 'passphrase':
      return `#/settings/passphrase/${route.action}`;
    case 'revisions':
    case 'commissioner':
      return budget(route.budgetId, route.page);
    case 'revision':
      return budget(route.budgetId, 'revisions', route.revision);
    case 'compare':
      return budget(route.budgetId, 'compare', route.from, route.to);
    case 'reprice':
      return budget(route.budgetId, 'reprice', route.cardId);
    case 'rate-cards':
      return `#/${RATE_CARDS}`;
    case 'rate-card-import':
      return `#/${RATE_CARDS}/${IMPORT}`;
    case 'rate-card-sheet':
      return `#/${RATE_CARDS}/${IMPORT}/${SHEET}`;
    case 'rate-card':
      return `#/${RATE_CARDS}/${encodeURIComponent(route.cardId)}`;
    case 'rate-card-make':
      return `#/${RATE_CARDS}/${encodeURIComponent(route.cardId)}/make`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}
