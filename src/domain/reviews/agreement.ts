/**
 * Agreement (docs/plan-around-money.md, "Agreement"): the plan's status moves draft →
 * proposed → agreed → active → ended (or back to draft before it is active), each move
 * recorded with who made it, their role and the day. A plan whose annual cost is over its
 * indicative sum, or over the delegated-authority limit of the card's policy, is agreed
 * only with an approver whose authority covers that cost, and a reason.
 */
import { Dec, parseMoney, toMoneyText, type MoneyText } from '../money';
import { failed, ok, problem, type Problem, type Result } from '../problems';
import type { BudgetPricing } from '../pricing/price-budget';
import type { Approval, Budget, PlanStatus, StatusChange } from '../schema/budget';
import { STATUS_MOVES } from '../schema/plan-reviews-values';

export type AgreementLimitKind = 'indicative-sum' | 'delegated-authority';

export interface AgreementLimit {
  readonly kind: AgreementLimitKind;
  readonly limit: MoneyText;
}

export interface StatusMove {
  readonly to: PlanStatus;
  readonly date: string;
  readonly by: StatusChange['by'];
  readonly approval?: Approval | undefined;
}

export function statusOf(budget: Budget): PlanStatus {
  return budget.plan?.status ?? 'draft';
}

/** The moves the plan may make from where it is. */
export function nextStatuses(budget: Budget): readonly PlanStatus[] {
  return STATUS_MOVES[statusOf(budget)];
}

/** The limits the plan's annual cost (as priced) is over: the indicative sum, the card's delegated authority. */
export function limitsExceeded(pricing: BudgetPricing): AgreementLimit[] {
  const annual = pricing.totals.annual;
  const limits: AgreementLimit[] = [];
  const indicative = pricing.budget.indicativeAnnual;
  if (indicative != null && annual.gt(indicative))
    limits.push({ kind: 'indicative-sum', limit: indicative as MoneyText });
  const delegated = pricing.card.policy?.delegatedAuthorityLimit;
  if (delegated !== undefined && annual.gt(delegated))
    limits.push({ kind: 'delegated-authority', limit: delegated as MoneyText });
  return limits;
}

/**
 * The budget with its status moved and the move recorded, or the problems, each naming
 * the part of the move at fault (`to`, `date`, `by.name`, `approval`, `approval.upTo`,
 * `approval.reason`), for the page to say.
 */
export function moveStatus(pricing: BudgetPricing, move: StatusMove): Result<Budget> {
  const { budget } = pricing;
  const problems = moveProblems(pricing, move);
  if (problems.length > 0 || budget.plan === undefined) return failed(problems);
  const from = statusOf(budget);
  const name = move.by.name.trim();
  const change: StatusChange = {
    from,
    to: move.to,
    date: move.date,
    by: { role: move.by.role, name },
    ...(move.to === 'agreed' && move.approval !== undefined
      ? { approval: trimmed(move.approval) }
      : {}),
  };
  return ok({
    ...budget,
    plan: { ...budget.plan, status: move.to },
    statusChanges: [...(budget.statusChanges ?? []), change],
  });
}

function moveProblems(pricing: BudgetPricing, move: StatusMove): Problem[] {
  const { budget } = pricing;
  if (budget.plan === undefined) return [problem(['plan', 'start'], 'validation.statusNeedsPlan')];
  const from = statusOf(budget);
  const found: Problem[] = [];
  if (!STATUS_MOVES[from].includes(move.to))
    found.push(problem(['to'], 'validation.statusMove', { from, to: move.to }));
  const last = budget.statusChanges?.[budget.statusChanges.length - 1];
  if (last !== undefined && move.date < last.date)
    found.push(problem(['date'], 'validation.statusDateOrder', { date: last.date }));
  if (move.by.name.trim() === '')
    found.push(problem(['by', 'name'], 'validation.requiredText', { max: 200 }));
  if (move.to === 'agreed') found.push(...approvalProblems(pricing, move.approval));
  return found;
}

/** Over a limit: an approver is named, with a reason, whose authority covers the annual cost. */
function approvalProblems(pricing: BudgetPricing, approval: Approval | undefined): Problem[] {
  const over = limitsExceeded(pricing);
  if (over.length === 0) return [];
  const annual = toMoneyText(pricing.totals.annual);
  if (approval === undefined) {
    return [problem(['approval'], 'validation.approvalRequired', { annual, limit: highest(over) })];
  }
  const found: Problem[] = [];
  if (approval.name.trim() === '')
    found.push(problem(['approval', 'name'], 'validation.requiredText', { max: 200 }));
  if (approval.reason.trim() === '')
    found.push(problem(['approval', 'reason'], 'validation.approvalReason'));
  if (approval.upTo !== undefined && parseMoney(approval.upTo).lt(pricing.totals.annual)) {
    found.push(
      problem(['approval', 'upTo'], 'validation.approvalUpTo', { annual, upTo: approval.upTo }),
    );
  }
  return found;
}

function highest(limits: readonly AgreementLimit[]): string {
  return limits.reduce(
    (top, next) => (new Dec(next.limit).gt(top) ? next.limit : top),
    limits[0]?.limit ?? '0.00',
  );
}

function trimmed(approval: Approval): Approval {
  return { ...approval, name: approval.name.trim(), reason: approval.reason.trim() };
}

/** The latest move to `agreed`, when the plan has been agreed and not sent back to draft since. */
export function agreement(budget: Budget): StatusChange | null {
  const changes = budget.statusChanges ?? [];
  for (let index = changes.length - 1; index >= 0; index -= 1) {
    const change = changes[index];
    if (change?.to === 'agreed') return change;
    if (change?.to === 'draft') return null;
  }
  return null;
}
