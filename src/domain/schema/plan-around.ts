/**
 * The plan around the money (budget file version 4, docs/plan-around-money.md): the
 * outcomes the person chose, and which of them each need and expense serves. Kept in a
 * file of its own and spread into budget.ts, so these additions stay in one place.
 */
import { z } from 'zod';
import { identifier, isoDate, list, requiredText, text } from './fields';
import { OUTCOME_LIMITS } from './plan-around-values';

export * from './plan-around-values';

/** An outcome: what the person wants, in their own words; what good looks like; by when. */
export const outcomeSchema = z.strictObject({
  id: identifier(),
  words: requiredText(OUTCOME_LIMITS.words, 'many'),
  goodLooksLike: text(OUTCOME_LIMITS.goodLooksLike, 'many').optional(),
  byWhen: isoDate().optional(),
});

/** On a need line or an expense: the ids of the outcomes it serves (absent or empty: none). */
export const servesOutcomes = {
  outcomes: list(identifier(), 0, OUTCOME_LIMITS.servedByOne).optional(),
};

/** On the budget and on each revision's snapshot. */
export const planAroundContent = {
  outcomes: list(outcomeSchema, 0, OUTCOME_LIMITS.outcomes).optional(),
};
