/**
 * A budget's history: saving a revision, finding one, and restoring it as the current
 * draft. Every function returns a new budget; a saved revision is never changed.
 */
import type { Budget, BudgetSnapshot, Revision } from '../schema/budget';
import type { RevisionRole } from '../schema/revision';
import { byCodeUnits } from '../code-unit-order';

export interface RevisionDetails {
  /** The day it was agreed, as YYYY-MM-DD. */
  readonly date: string;
  readonly reason: string;
  readonly role: RevisionRole;
  /** Optional: the name of who made it. */
  readonly name?: string | undefined;
}

/** The content a revision keeps: everything a person fills in, in a fixed order. */
export function snapshotOf(budget: Budget): BudgetSnapshot {
  return {
    title: budget.title,
    person: budget.person,
    fundingRoute: budget.fundingRoute,
    indicativeAnnual: budget.indicativeAnnual ?? null,
    carers: budget.carers,
    lines: budget.lines,
    expenses: budget.expenses,
    // Version 3's plan and assistants, kept only when there are some, so that a snapshot
    // of a plan without them reads exactly as one saved before they existed.
    ...(budget.plan === undefined ? {} : { plan: budget.plan }),
    ...(budget.assistants === undefined ? {} : { assistants: budget.assistants }),
    // Version 4's outcomes, the same way.
    ...(budget.outcomes === undefined ? {} : { outcomes: budget.outcomes }),
  };
}

export function revisionsOf(budget: Budget): readonly Revision[] {
  return budget.revisions ?? [];
}

export function latestRevision(budget: Budget): Revision | null {
  const all = revisionsOf(budget);
  return all[all.length - 1] ?? null;
}

export function findRevision(budget: Budget, number: number): Revision | null {
  return revisionsOf(budget).find((revision) => revision.number === number) ?? null;
}

/** The budget with a new revision of its current content appended, numbered after the last. */
export function addRevision(budget: Budget, details: RevisionDetails): Budget {
  const all = revisionsOf(budget);
  const name = details.name?.trim() ?? '';
  const revision: Revision = {
    number: all.length + 1,
    date: details.date,
    reason: details.reason.trim(),
    madeBy: name === '' ? { role: details.role } : { role: details.role, name },
    rateCard: budget.rateCard,
    snapshot: structuredClone(snapshotOf(budget)),
  };
  return { ...budget, revisions: [...all, revision] };
}

/** The budget as it was at a revision (its own id and history kept), for pricing and viewing. */
export function budgetAtRevision(budget: Budget, revision: Revision): Budget {
  const { snapshot } = revision;
  // A revision without a plan, assistants or outcomes had none: the draft's are not carried into it.
  const { plan: _plan, assistants: _assistants, outcomes: _outcomes, ...rest } = budget;
  return {
    ...rest,
    ...(snapshot.plan === undefined ? {} : { plan: snapshot.plan }),
    ...(snapshot.assistants === undefined ? {} : { assistants: snapshot.assistants }),
    ...(snapshot.outcomes === undefined ? {} : { outcomes: snapshot.outcomes }),
    rateCard: revision.rateCard,
    title: snapshot.title,
    person: snapshot.person,
    fundingRoute: snapshot.fundingRoute,
    indicativeAnnual: snapshot.indicativeAnnual ?? null,
    carers: snapshot.carers,
    lines: snapshot.lines,
    expenses: snapshot.expenses,
  };
}

/** The current draft replaced by a copy of the revision's content; the history is unchanged. */
export function restoreRevision(budget: Budget, number: number): Budget | null {
  const revision = findRevision(budget, number);
  return revision === null ? null : structuredClone(budgetAtRevision(budget, revision));
}

/** Whether the current draft is exactly the revision (same content, same card). */
export function matchesRevision(budget: Budget, revision: Revision): boolean {
  const then = snapshotOf(budgetAtRevision(budget, revision));
  return (
    budget.rateCard === revision.rateCard && stableText(snapshotOf(budget)) === stableText(then)
  );
}

/** JSON with keys in sorted order, so a line typed in a form equals the same line read from a file. */
function stableText(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => byCodeUnits(a, b)))
      : item,
  );
}

export interface DocumentRevision {
  readonly number: number;
  readonly date: string;
  /** True when the draft has changed since that revision was saved. */
  readonly changedSince: boolean;
}

/** What a document says of the budget's revision: the latest, and whether the draft has moved on. */
export function documentRevision(budget: Budget): DocumentRevision | undefined {
  const latest = latestRevision(budget);
  if (latest === null) return undefined;
  return {
    number: latest.number,
    date: latest.date,
    changedSince: !matchesRevision(budget, latest),
  };
}

/** Whether the budget as it is now is already its latest revision (nothing changed since). */
export function isSavedAsLatest(budget: Budget): boolean {
  const latest = latestRevision(budget);
  return (
    latest !== null &&
    latest.rateCard === budget.rateCard &&
    JSON.stringify(latest.snapshot) === JSON.stringify(snapshotOf(budget))
  );
}
