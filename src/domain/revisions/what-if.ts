/**
 * Moving care from unpaid carers to paid support: the what-if of the commissioner's view,
 * and "what this plan would cost if the carers could no longer care". Pure: the budget
 * given is not changed, and nothing is saved until the person says so.
 */
import type { Budget, NeedLine } from '../schema/budget';

export type PaidResource = 'personal-assistant' | 'registered-provider';

/**
 * The budget with the chosen unpaid-carer lines given instead by a PA or a provider at the
 * card's standard rates: same needs, same times, a paid worker in place of the carer.
 */
export function moveLinesToPaid(
  budget: Budget,
  lineIds: readonly string[],
  resource: PaidResource,
): Budget {
  const chosen = new Set(lineIds);
  return {
    ...budget,
    lines: budget.lines.map((line) =>
      chosen.has(line.id) && line.resource === 'unpaid-carer' ? toPaid(line, resource) : line,
    ),
  };
}

/** Every unpaid-carer line of the budget moved to paid support. */
export function withoutUnpaidCare(budget: Budget, resource: PaidResource): Budget {
  return moveLinesToPaid(budget, unpaidLineIds(budget), resource);
}

export function unpaidLineIds(budget: Budget, carerId?: string): string[] {
  return budget.lines
    .filter(
      (line) =>
        line.resource === 'unpaid-carer' && (carerId === undefined || line.carer === carerId),
    )
    .map((line) => line.id);
}

function toPaid(line: NeedLine, resource: PaidResource): NeedLine {
  const { carer: _carer, provider: _provider, ...rest } = line;
  return { ...rest, resource };
}
