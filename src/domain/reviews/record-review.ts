/**
 * Recording a review (docs/plan-around-money.md, "Recording a review"): for each of the
 * plan's outcomes, met, partly met or not met, with notes; saved with a revision of the
 * plan as it was reviewed, which the review names. Returns a new budget, or the problems.
 */
import { addRevision, type RevisionDetails } from '../revisions/history';
import { failed, ok, problem, type Problem, type Result } from '../problems';
import type { Budget, Review } from '../schema/budget';
import type { ReviewResult } from '../schema/plan-reviews-values';

export interface ReviewFinding {
  readonly outcome: string;
  /** Null while the question is unanswered: every outcome needs an answer. */
  readonly result: ReviewResult | null;
  readonly notes: string;
}

export interface ReviewDetails {
  /** The day the review was held, YYYY-MM-DD. */
  readonly date: string;
  readonly by: Review['by'];
  readonly findings: readonly ReviewFinding[];
  readonly notes: string;
  /** Why the revision is saved, in the reader's language ("Review of the plan"). */
  readonly revisionReason: string;
}

/** The budget with the review and its revision added, or what is missing (paths under `findings`). */
export function recordReview(budget: Budget, details: ReviewDetails): Result<Budget> {
  const problems = reviewProblems(budget, details);
  if (problems.length > 0) return failed(problems);
  const revision: RevisionDetails = {
    date: details.date,
    reason: details.revisionReason,
    role: details.by.role,
    name: details.by.name,
  };
  const saved = addRevision(budget, revision);
  const number = saved.revisions?.length ?? 1;
  const notes = details.notes.trim();
  const answered = findingsByOutcome(details);
  const review: Review = {
    id: nextReviewId(budget),
    date: details.date,
    by: { role: details.by.role, name: details.by.name.trim() },
    revision: number,
    outcomes: (budget.outcomes ?? []).flatMap((outcome) => {
      const finding = answered.get(outcome.id);
      if (finding?.result == null) return [];
      const said = finding.notes.trim();
      return [
        { outcome: outcome.id, result: finding.result, ...(said === '' ? {} : { notes: said }) },
      ];
    }),
    ...(notes === '' ? {} : { notes }),
  };
  return ok({ ...saved, reviews: [...(saved.reviews ?? []), review] });
}

function reviewProblems(budget: Budget, details: ReviewDetails): Problem[] {
  const found: Problem[] = [];
  if (budget.plan === undefined)
    found.push(problem(['plan', 'start'], 'validation.reviewNeedsPlan'));
  if (details.by.name.trim() === '')
    found.push(problem(['by', 'name'], 'validation.requiredText', { max: 200 }));
  const answered = findingsByOutcome(details);
  (budget.outcomes ?? []).forEach((outcome, index) => {
    if ((answered.get(outcome.id)?.result ?? null) === null) {
      found.push(
        problem(['findings', index, 'result'], 'validation.reviewResultRequired', {
          words: outcome.words,
        }),
      );
    }
  });
  return found;
}

function findingsByOutcome(details: ReviewDetails): ReadonlyMap<string, ReviewFinding> {
  return new Map(details.findings.map((finding) => [finding.outcome, finding]));
}

/** r1, r2… the first number no review of the file has. */
function nextReviewId(budget: Budget): string {
  const taken = new Set((budget.reviews ?? []).map((review) => review.id));
  let number = (budget.reviews?.length ?? 0) + 1;
  while (taken.has(`r${number}`)) number += 1;
  return `r${number}`;
}
