/**
 * The names people read for what a payment matches and for the keys of the
 * plan-against-actual tables (docs/ledger.md): a need line by its activity, a named
 * assistant by name, an expense by its description, an employer cost by the card's name,
 * in the reader's language. Nothing here works out an amount.
 */
import type { TransactionMatch } from '../domain/ledger/ledger-schema';
import type { BudgetPricing } from '../domain/pricing/price-budget';
import type { DocumentFormat } from './format';
import type { MessageKey } from '../i18n/message-keys';

export interface SpendingNames {
  /** `line:l1`, `expense:e1`, `employer-cost:c1`, `assistant:a1`, `unplanned`, `unmatched`. */
  item(key: string): string;
  /** An area of life id, `general`, `unplanned` or `unmatched`. */
  area(key: string): string;
  /** A kind of support, `unplanned` or `unmatched`. */
  resource(key: string): string;
  assistant(id: string): string;
  /** A need line by its activity, or an expense by its description (a flag may name either). */
  line(id: string): string;
  /** What a match says: "Help to get up (a need in the plan)". */
  match(match: Pick<TransactionMatch, 'kind' | 'id'>): string;
}

const OUTSIDE = new Set(['unplanned', 'unmatched']);

export function spendingNames(pricing: BudgetPricing, format: DocumentFormat): SpendingNames {
  const { t, labels, localise } = format;
  const { budget, card } = pricing;
  const lines = new Map(budget.lines.map((line) => [line.id, line.activity]));
  const expenses = new Map(budget.expenses.map((expense) => [expense.id, expense.description]));
  const costs = new Map(
    card.personalAssistant.employerCosts.map((cost) => [cost.id, localise(cost.name)]),
  );
  const named = (kind: string, id: string): string => {
    const found =
      kind === 'line'
        ? lines.get(id)
        : kind === 'assistant'
          ? labels.assistant(id)
          : kind === 'expense'
            ? expenses.get(id)
            : costs.get(id);
    return found ?? id;
  };
  const outside = (key: string) => t(`spending.keys.${key}`);
  return {
    item(key) {
      if (OUTSIDE.has(key)) return outside(key);
      const [kind = '', id = ''] = key.split(/:(.*)/s);
      return named(kind, id);
    },
    area: (key) => (OUTSIDE.has(key) ? outside(key) : labels.domain(key)),
    resource: (key) => (OUTSIDE.has(key) ? outside(key) : labels.resourceTitle(key)),
    assistant: labels.assistant,
    // A flag's lines may be expenses too (spending after an expense ended).
    line: (id) => lines.get(id) ?? expenses.get(id) ?? id,
    match(match) {
      if (match.kind === 'unplanned') return outside('unplanned');
      return t(`spending.matchKinds.${match.kind}` as const satisfies MessageKey, {
        name: named(match.kind, match.id ?? ''),
      });
    },
  };
}
