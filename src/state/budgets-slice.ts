/**
 * Budgets kept on the device and every change people make to them. Only inputs are
 * stored: totals are always worked out again from these by the domain.
 */
import type { StateCreator } from 'zustand';
import type { AboutFields } from '../domain/forms/about-form';
import { withoutAssistant } from '../domain/budget-edits';
import type {
  Assistant,
  Budget,
  Carer,
  Expense,
  NeedLine,
  Outcome,
  Plan,
} from '../domain/schema/budget';
import { withOutcome, withoutOutcome } from '../domain/outcomes/outcome-edits';
import { BUDGET_FORMAT, BUDGET_VERSION } from '../domain/schema/budget-values';
import {
  addRevision,
  isSavedAsLatest,
  restoreRevision,
  type RevisionDetails,
} from '../domain/revisions/history';
import { moveLinesToPaid, type PaidResource } from '../domain/revisions/what-if';
import { markSection, type SectionMark } from '../domain/sections';
import { newId } from './ids';
import type { SavedBudget } from './saved-budget';

export interface BudgetsSlice {
  budgets: Readonly<Record<string, SavedBudget>>;
  createBudget(rateCard: string): string;
  /** Adds a copy of a budget from a file or the examples; a new id if its id is taken. */
  addBudget(budget: Budget): { id: string; renamed: boolean };
  /** A copy with a new id and the title given (the page words it: "… (copy)"). */
  duplicateBudget(id: string, title: string): string | null;
  deleteBudget(id: string): void;
  updateAbout(id: string, fields: AboutFields): void;
  saveLine(id: string, line: NeedLine): void;
  duplicateLine(id: string, lineId: string): string | null;
  removeLine(id: string, lineId: string): void;
  saveCarer(id: string, carer: Carer): void;
  /** Refused (false) while any line relies on the carer: those lines must change first. */
  removeCarer(id: string, carerId: string): boolean;
  saveAssistant(id: string, assistant: Assistant): void;
  /** Removes a named personal assistant; the needs naming them stay, with nobody named. */
  removeAssistant(id: string, assistantId: string): void;
  saveExpense(id: string, expense: Expense): void;
  removeExpense(id: string, expenseId: string): void;
  /** Marks a task-list section in the budget file's progress (domain/sections.ts). */
  markSection(id: string, section: string, mark: SectionMark): void;
  markExported(id: string): void;
  /** Saves the current draft as the next revision; returns its number. Revisions are never changed after. */
  saveRevision(id: string, details: RevisionDetails): number | null;
  /** Makes a revision the current draft again; the history is kept as it is. */
  restoreRevision(id: string, number: number): boolean;
  /** Moves the budget to another rate card: the needs stay exactly as they are. */
  repriceBudget(id: string, cardId: string): void;
  /**
   * The what-if, kept: these unpaid-carer lines are given by paid support instead, in one
   * change. With `revisions`, the plan as it was is saved first as a revision (unless it
   * already is the latest), and the moved plan after, so the move can be looked back on
   * and undone by restoring the one before. Returns the new revision's number, or null.
   */
  moveLinesToPaid(
    id: string,
    lineIds: readonly string[],
    resource: PaidResource,
    revisions?: { readonly before: RevisionDetails; readonly after: RevisionDetails },
  ): number | null;
  // The plan around the money.
  saveOutcome(id: string, outcome: Outcome): void;
  /** Takes the outcome out of the plan and out of the needs and expenses that served it. */
  removeOutcome(id: string, outcomeId: string): void;
  /**
   * Keeps what the domain worked out for the plan's agreement and reviews (a status move,
   * a review with its revision, the review schedule): only these parts of the budget change.
   */
  savePlanRecords(id: string, records: PlanRecords): void;
  /**
   * One edit the domain makes to the plan (a risk saved or removed, the contingency, who
   * pays: domain/plan-cover/plan-cover-edits.ts), given by the page that asks for it, so the
   * edits load with their pages rather than at start-up.
   */
  editPlan(id: string, edit: (budget: Budget) => Budget): void;
}

/** The parts of a budget that agreement and reviews change (domain/reviews). */
export type PlanRecords = Pick<Budget, 'plan' | 'statusChanges' | 'reviews' | 'revisions'>;

const now = () => new Date().toISOString();

/**
 * The about form writes the plan's dates, cohort and comparator; the review schedule is
 * set on the reviews page and kept, but a first review no longer after a moved start goes
 * back to the cohort's default.
 */
function withSchedule(plan: Plan | undefined, old: Plan | undefined): Plan | undefined {
  if (plan === undefined || old === undefined) return plan;
  const { firstReview, reviewEveryMonths } = old;
  return {
    ...plan,
    ...(firstReview === undefined || firstReview <= plan.start ? {} : { firstReview }),
    ...(reviewEveryMonths === undefined ? {} : { reviewEveryMonths }),
  };
}

function replaceOrAppend<T extends { id: string }>(items: readonly T[], item: T): T[] {
  return items.some((existing) => existing.id === item.id)
    ? items.map((existing) => (existing.id === item.id ? item : existing))
    : [...items, item];
}

export const createBudgetsSlice: StateCreator<BudgetsSlice, [], [], BudgetsSlice> = (set, get) => {
  /** Applies a change to one budget's file and stamps it; unknown ids change nothing. */
  const change = (
    id: string,
    recipe: (budget: Budget) => Budget,
    extra: Partial<SavedBudget> = {},
  ) =>
    set((state) => {
      const saved = state.budgets[id];
      if (saved === undefined) return state;
      return {
        budgets: {
          ...state.budgets,
          [id]: { ...saved, ...extra, budget: recipe(saved.budget), updatedAt: now() },
        },
      };
    });
  const store = (budget: Budget) => {
    const stamp = now();
    set((state) => ({
      budgets: {
        ...state.budgets,
        [budget.id]: { budget, createdAt: stamp, updatedAt: stamp, exportedAt: null },
      },
    }));
  };

  return {
    budgets: {},
    createBudget(rateCard) {
      const id = newId('b', Object.keys(get().budgets));
      store({
        format: BUDGET_FORMAT,
        version: BUDGET_VERSION,
        id,
        title: '',
        person: { name: '' },
        fundingRoute: 'direct-payment',
        rateCard,
        indicativeAnnual: null,
        carers: [],
        lines: [],
        expenses: [],
      });
      return id;
    },
    addBudget(budget) {
      const taken = get().budgets[budget.id] !== undefined;
      const id = taken ? newId('b', Object.keys(get().budgets)) : budget.id;
      store({ ...budget, id });
      return { id, renamed: taken };
    },
    duplicateBudget(id, title) {
      const saved = get().budgets[id];
      if (saved === undefined) return null;
      const copy = newId('b', Object.keys(get().budgets));
      store({ ...saved.budget, id: copy, title });
      return copy;
    },
    deleteBudget(id) {
      set((state) => {
        const { [id]: _deleted, ...rest } = state.budgets;
        return { budgets: rest };
      });
    },
    updateAbout(id, fields) {
      // The about form always gives `plan`, undefined to take it off; an edit without the field keeps it.
      const { plan, ...rest } = fields;
      change(id, ({ plan: old, ...budget }) => {
        const kept = Object.hasOwn(fields, 'plan') ? withSchedule(plan, old) : old;
        return { ...budget, ...rest, ...(kept === undefined ? {} : { plan: kept }) };
      });
    },
    saveLine(id, line) {
      change(id, (budget) => ({ ...budget, lines: replaceOrAppend(budget.lines, line) }));
    },
    duplicateLine(id, lineId) {
      const budget = get().budgets[id]?.budget;
      const index = budget?.lines.findIndex((line) => line.id === lineId) ?? -1;
      const original = budget?.lines[index];
      if (budget === undefined || original === undefined) return null;
      const copy = {
        ...original,
        id: newId(
          'l',
          budget.lines.map((line) => line.id),
        ),
      };
      change(id, (b) => ({
        ...b,
        lines: [...b.lines.slice(0, index + 1), copy, ...b.lines.slice(index + 1)],
      }));
      return copy.id;
    },
    removeLine(id, lineId) {
      change(id, (budget) => ({
        ...budget,
        lines: budget.lines.filter((line) => line.id !== lineId),
      }));
    },
    saveCarer(id, carer) {
      change(id, (budget) => ({ ...budget, carers: replaceOrAppend(budget.carers, carer) }));
    },
    removeCarer(id, carerId) {
      const budget = get().budgets[id]?.budget;
      if (budget === undefined || budget.lines.some((line) => line.carer === carerId)) return false;
      change(id, (b) => ({ ...b, carers: b.carers.filter((carer) => carer.id !== carerId) }));
      return true;
    },
    saveAssistant(id, assistant) {
      change(id, (budget) => ({
        ...budget,
        assistants: replaceOrAppend(budget.assistants ?? [], assistant),
      }));
    },
    removeAssistant(id, assistantId) {
      change(id, (budget) => withoutAssistant(budget, assistantId));
    },
    saveExpense(id, expense) {
      change(id, (budget) => ({ ...budget, expenses: replaceOrAppend(budget.expenses, expense) }));
    },
    removeExpense(id, expenseId) {
      change(id, (budget) => ({
        ...budget,
        expenses: budget.expenses.filter((e) => e.id !== expenseId),
      }));
    },
    markSection(id, section, mark) {
      change(id, (budget) => markSection(budget, section, mark));
    },
    markExported(id) {
      change(id, (budget) => budget, { exportedAt: now() });
    },
    saveRevision(id, details) {
      if (get().budgets[id] === undefined) return null;
      change(id, (budget) => addRevision(budget, details));
      return get().budgets[id]?.budget.revisions?.length ?? null;
    },
    restoreRevision(id, number) {
      const budget = get().budgets[id]?.budget;
      const restored = budget === undefined ? null : restoreRevision(budget, number);
      if (restored === null) return false;
      change(id, () => restored);
      return true;
    },
    repriceBudget(id, cardId) {
      change(id, (budget) => ({ ...budget, rateCard: cardId }));
    },
    moveLinesToPaid(id, lineIds, resource, revisions) {
      change(id, (budget) => {
        if (revisions === undefined) return moveLinesToPaid(budget, lineIds, resource);
        const before = isSavedAsLatest(budget) ? budget : addRevision(budget, revisions.before);
        return addRevision(moveLinesToPaid(before, lineIds, resource), revisions.after);
      });
      return revisions === undefined ? null : (get().budgets[id]?.budget.revisions?.length ?? null);
    },
    saveOutcome(id, outcome) {
      change(id, (budget) => withOutcome(budget, outcome));
    },
    removeOutcome(id, outcomeId) {
      change(id, (budget) => withoutOutcome(budget, outcomeId));
    },
    savePlanRecords(id, { plan, statusChanges, reviews, revisions }) {
      change(id, (budget) => ({
        ...budget,
        ...(plan === undefined ? {} : { plan }),
        ...(statusChanges === undefined ? {} : { statusChanges }),
        ...(reviews === undefined ? {} : { reviews }),
        ...(revisions === undefined ? {} : { revisions }),
      }));
    },
    editPlan(id, edit) {
      change(id, edit);
    },
  };
};
