/** Changes to a plan's risks, contingency and who pays: each makes a new budget, as every edit does. */
import type { Budget, Contingency, Risk, WhoPays } from '../schema/budget';

/** Adds the risk, or replaces the one with its id where it stands. */
export function withRisk(budget: Budget, risk: Risk): Budget {
  const risks = budget.risks ?? [];
  return {
    ...budget,
    risks: risks.some((existing) => existing.id === risk.id)
      ? risks.map((existing) => (existing.id === risk.id ? risk : existing))
      : [...risks, risk],
  };
}

/** Takes the risk out; a plan left with none has no `risks` at all. */
export function withoutRisk(budget: Budget, riskId: string): Budget {
  const { risks: old, ...rest } = budget;
  const risks = (old ?? []).filter((risk) => risk.id !== riskId);
  return risks.length === 0 ? rest : { ...rest, risks };
}

/** The plan with this contingency, or with none (undefined). */
export function withContingency(budget: Budget, contingency: Contingency | undefined): Budget {
  const { contingency: _old, ...rest } = budget;
  return contingency === undefined ? rest : { ...rest, contingency };
}

export function withWhoPays(budget: Budget, whoPays: WhoPays): Budget {
  return { ...budget, whoPays };
}
