/**
 * The fixed values of the plan around the money (budget file version 4,
 * docs/plan-around-money.md), apart from its zod schema so that pages needing only these
 * do not carry zod into the app's start-up.
 */

/** Limits that keep a hostile file from exhausting the device; a real plan has a handful of outcomes. */
export const OUTCOME_LIMITS = {
  /** Outcomes in one plan. */
  outcomes: 100,
  /** Outcomes one need or expense may serve. */
  servedByOne: 20,
  /** The person's own words, and what good looks like, in characters. */
  words: 500,
  goodLooksLike: 1000,
} as const;
