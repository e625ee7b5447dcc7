/**
 * A revision: a numbered, dated snapshot of a budget's content, with why it was made and
 * by whom (budget file version 2). Snapshots are never changed once saved: the file keeps
 * them so the history travels with the budget.
 */
import { z } from 'zod';
import { identifier, isoDate, oneOf, requiredText, text, wholeNumber } from './fields';

/** Who made a revision, by role: the people at a review. */
export const REVISION_ROLES = [
  'person',
  'family-member',
  'care-coordinator',
  'social-worker',
  'commissioner',
  'other',
] as const;
export type RevisionRole = (typeof REVISION_ROLES)[number];

/** Reviews happen a few times a year: 500 revisions is a lifetime of plans, and bounds a hostile file. */
export const MAX_REVISIONS = 500;

/**
 * The revision's fields around a snapshot of the budget's content (everything but its
 * file header, id and history). The snapshot schema is passed in so this file does not
 * import the budget schema that includes it.
 */
export function revisionSchema<T extends z.ZodType>(snapshot: T) {
  return z.strictObject({
    number: wholeNumber(1, MAX_REVISIONS),
    date: isoDate(),
    reason: requiredText(500, 'many'),
    madeBy: z.strictObject({ role: oneOf(REVISION_ROLES), name: text(200).optional() }),
    /** The rate card the budget was priced on when the revision was saved. */
    rateCard: identifier(),
    snapshot,
  });
}
