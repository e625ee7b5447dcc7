/**
 * The fixed values of the plan's risks, contingency and who pays (budget file version 4,
 * docs/plan-around-money.md), apart from their zod schema so that pages needing only
 * these do not carry zod into the app's start-up.
 */

/** How likely a risk is, in the plan's own three words. */
export const RISK_LIKELIHOODS = ['low', 'medium', 'high'] as const;
export type RiskLikelihood = (typeof RISK_LIKELIHOODS)[number];

/** Who pays what the person does not: the ICB (NHS), the council, or both by a split. */
export const FUNDERS = ['icb', 'council', 'joint'] as const;
export type Funder = (typeof FUNDERS)[number];

/** Who would give the care an unpaid carer gives, if they could no longer give it. */
export const COVER_RESOURCES = ['personal-assistant', 'registered-provider'] as const;
export type CoverResource = (typeof COVER_RESOURCES)[number];

/** Limits that keep a hostile file from exhausting the device; a real plan has a handful of risks. */
export const PLAN_COVER_LIMITS = {
  risks: 50,
  /** What could go wrong, and what is in place, in characters. */
  riskWhat: 500,
  riskInPlace: 1000,
  /** Days of cover a year for a provider who does not turn up. */
  coverDays: 366,
  /** A carer's own score: the scale's name in characters, and the largest score. */
  scaleName: 200,
  scoreMax: 1000,
} as const;
