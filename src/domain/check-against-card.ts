/** What a budget names on its rate card must be there: its domains and its providers. */
import { perCard } from './pricing/per-card';
import { problem, type Problem } from './problems';
import type { Budget } from './schema/budget';
import type { RateCard } from './schema/rate-card';

interface CardNames {
  readonly domains: ReadonlySet<string>;
  readonly providers: ReadonlySet<string>;
}

const cardNames = perCard((card): CardNames => ({
  domains: new Set(card.domains.map((domain) => domain.id)),
  providers: new Set(card.registeredProvider.providers.map((provider) => provider.id)),
}));

export function checkBudgetAgainstCard(budget: Budget, card: RateCard): Problem[] {
  const { domains, providers } = cardNames(card);
  const found: Problem[] = [];
  budget.lines.forEach((line, index) => {
    if (!domains.has(line.domain)) {
      found.push(
        problem(['lines', index, 'domain'], 'validation.unknownDomain', {
          id: line.domain,
          card: card.id,
        }),
      );
    }
    if (line.provider !== undefined && !providers.has(line.provider)) {
      found.push(
        problem(['lines', index, 'provider'], 'validation.unknownProvider', {
          id: line.provider,
          card: card.id,
        }),
      );
    }
  });
  budget.expenses.forEach((expense, index) => {
    if (expense.domain !== undefined && !domains.has(expense.domain)) {
      found.push(
        problem(['expenses', index, 'domain'], 'validation.unknownDomain', {
          id: expense.domain,
          card: card.id,
        }),
      );
    }
  });
  return found;
}
