/**
 * The budget file's fixed values (docs/file-format.md), apart from its zod schema in
 * budget.ts, so that code needing only these (the store, the builder's pages) does not
 * carry zod into the app's start-up. budget.ts re-exports them: import from either.
 */
export const BUDGET_FORMAT = 'support-budget';
export const BUDGET_VERSION = 2;

export const RESOURCES = [
  'registered-provider',
  'personal-assistant',
  'unpaid-carer',
  'community',
] as const;
export type Resource = (typeof RESOURCES)[number];

export const FUNDING_ROUTES = ['direct-payment', 'notional', 'third-party'] as const;
export type FundingRoute = (typeof FUNDING_ROUTES)[number];

export const FREQUENCIES = ['weekly', 'monthly', 'annual', 'one-off'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Limits that keep a hostile file from exhausting the device; real plans are far smaller. */
export const BUDGET_LIMITS = { lines: 2000, carers: 20, expenses: 500 } as const;
