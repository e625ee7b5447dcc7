/**
 * The rules of reviews and agreement that span fields (docs/plan-around-money.md): the
 * first review is not before the plan starts; a review names a revision the file has and
 * finds on that revision's outcomes, each once; status moves follow one another, each a
 * move the plan may make, in date order, ending at the plan's status.
 */
import type { Budget, Review, StatusChange } from './budget';
import { problem, type Problem } from '../problems';
import { STATUS_MOVES } from './plan-reviews-values';
import { duplicateIds } from './unique-ids';

type Path = readonly (string | number)[];

/** For the budget or one revision's snapshot (`prefix`): the schedule fits the plan. */
export function reviewScheduleProblems(budget: Budget, prefix: Path): Problem[] {
  const { plan } = budget;
  if (plan?.firstReview === undefined || plan.firstReview > plan.start) return [];
  return [
    problem([...prefix, 'plan', 'firstReview'], 'validation.reviewNotAfterStart', {
      start: plan.start,
    }),
  ];
}

/** For the budget only: its reviews and status moves, which revisions do not keep. */
export function reviewHistoryProblems(budget: Budget): Problem[] {
  const reviews = budget.reviews ?? [];
  return [
    ...duplicateIds(reviews, ['reviews']),
    ...reviews.flatMap((review, index) => reviewProblems(budget, review, ['reviews', index])),
    ...statusChangeProblems(budget, budget.statusChanges ?? []),
  ];
}

function reviewProblems(budget: Budget, review: Review, path: Path): Problem[] {
  const revision = (budget.revisions ?? []).find((saved) => saved.number === review.revision);
  if (revision === undefined) {
    return [
      problem([...path, 'revision'], 'validation.reviewRevisionMissing', {
        number: review.revision,
      }),
    ];
  }
  const known = new Set((revision.snapshot.outcomes ?? []).map((outcome) => outcome.id));
  const seen = new Set<string>();
  return review.outcomes.flatMap((finding, index) => {
    const at = [...path, 'outcomes', index, 'outcome'];
    const id = finding.outcome;
    if (!known.has(id))
      return [problem(at, 'validation.reviewUnknownOutcome', { id, number: review.revision })];
    if (seen.has(id)) return [problem(at, 'validation.reviewRepeatedOutcome', { id })];
    seen.add(id);
    return [];
  });
}

function statusChangeProblems(budget: Budget, changes: readonly StatusChange[]): Problem[] {
  const found: Problem[] = [];
  changes.forEach((change, index) => {
    const path = ['statusChanges', index];
    const before = changes[index - 1];
    if (before !== undefined && change.from !== before.to) {
      found.push(problem([...path, 'from'], 'validation.statusFrom', { expected: before.to }));
    }
    if (!STATUS_MOVES[change.from].includes(change.to)) {
      found.push(
        problem([...path, 'to'], 'validation.statusMove', { from: change.from, to: change.to }),
      );
    }
    if (before !== undefined && change.date < before.date) {
      found.push(problem([...path, 'date'], 'validation.statusDateOrder', { date: before.date }));
    }
    if (change.approval !== undefined && change.to !== 'agreed') {
      found.push(problem([...path, 'approval'], 'validation.approvalNotAgreed'));
    }
  });
  const last = changes[changes.length - 1];
  const status = budget.plan?.status ?? 'draft';
  if (last !== undefined && last.to !== status) {
    found.push(
      problem(['statusChanges', changes.length - 1, 'to'], 'validation.statusNotPlan', { status }),
    );
  }
  return found;
}
