/**
 * The plan around the money, continued (budget file version 4, docs/plan-around-money.md):
 * the risks and what is in place, the priced contingency, who pays, and a carer's own
 * score. All optional; kept in a file of its own and spread into budget.ts.
 */
import { z } from 'zod';
import {
  decimalText,
  flag,
  identifier,
  isoDate,
  list,
  money,
  oneOf,
  requiredText,
  text,
  wholeNumber,
} from './fields';
import { COVER_RESOURCES, FUNDERS, PLAN_COVER_LIMITS, RISK_LIKELIHOODS } from './plan-cover-values';

export * from './plan-cover-values';

/** What could go wrong, how likely it is, and what is in place. */
export const riskSchema = z.strictObject({
  id: identifier(),
  what: requiredText(PLAN_COVER_LIMITS.riskWhat, 'many'),
  likelihood: oneOf(RISK_LIKELIHOODS),
  inPlace: text(PLAN_COVER_LIMITS.riskInPlace, 'many').optional(),
});

/**
 * The contingency priced: `carer` prices the unpaid care of one carer (or of all, with no
 * `id`) given instead by `resource`; `providerCover` prices `days` a year of cover for the
 * registered providers' care at the card's standard rates. `inBudget` true counts it in the
 * budget's total as well as showing it apart.
 */
export const contingencySchema = z.strictObject({
  carer: z
    .strictObject({
      id: identifier().optional(),
      resource: oneOf(COVER_RESOURCES),
    })
    .optional(),
  providerCover: z.strictObject({ days: wholeNumber(1, PLAN_COVER_LIMITS.coverDays) }).optional(),
  inBudget: flag().optional(),
});

/**
 * Who pays: the person's weekly contribution (the card's maximum weekly charge caps it,
 * where the card has one) and who funds the rest; `icbPercent` is the ICB's share of a
 * joint funding, the council paying the rest, and is given only with `joint`.
 */
export const whoPaysSchema = z.strictObject({
  contributionWeekly: money().optional(),
  funder: oneOf(FUNDERS),
  icbPercent: decimalText(0, 100).optional(),
});

/** A carer's own score from an assessment done elsewhere: the number, its scale, the day. */
export const carerScoreSchema = z.strictObject({
  value: decimalText(0, PLAN_COVER_LIMITS.scoreMax),
  scale: requiredText(PLAN_COVER_LIMITS.scaleName),
  on: isoDate(),
});

/** On the budget and on each revision's snapshot. */
export const planCoverContent = {
  risks: list(riskSchema, 0, PLAN_COVER_LIMITS.risks).optional(),
  contingency: contingencySchema.optional(),
  whoPays: whoPaysSchema.optional(),
};
