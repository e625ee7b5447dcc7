/**
 * The task list of a budget (NHS.UK task list pattern): one section per topic, each
 * not started, in progress or completed. Completed is what the person says; in progress
 * is worked out from what the section holds.
 */
import type { Budget } from './schema/budget';
import type { RateCard } from './schema/rate-card';

export type SectionStatus = 'not-started' | 'in-progress' | 'completed';

export interface Section {
  /** `about`, `outcomes`, `domain:<id>`, `carers`, `expenses` or `summary`. */
  readonly id: string;
  readonly kind: 'about' | 'outcomes' | 'domain' | 'carers' | 'expenses' | 'summary';
  readonly domainId?: string;
  readonly status: SectionStatus;
}

export const domainSectionId = (domainId: string) => `domain:${domainId}`;

export function budgetSections(budget: Budget, card: RateCard, completed: readonly string[]): Section[] {
  const status = (id: string, started: boolean): SectionStatus =>
    completed.includes(id) ? 'completed' : started ? 'in-progress' : 'not-started';
  const sections: Section[] = [
    { id: 'about', kind: 'about', status: status('about', budget.person.name !== '') },
    { id: 'outcomes', kind: 'outcomes', status: status('outcomes', (budget.outcomes?.length ?? 0) > 0) },
    ...card.domains.map(
      (domain): Section => ({
        id: domainSectionId(domain.id),
        kind: 'domain',
        domainId: domain.id,
        status: status(domainSectionId(domain.id), budget.lines.some((line) => line.domain === domain.id)),
      }),
    ),
    { id: 'carers', kind: 'carers', status: status('carers', budget.carers.length > 0) },
    { id: 'expenses', kind: 'expenses', status: status('expenses', budget.expenses.length > 0) },
  ];
  // Check and summary is done once everything before it is.
  const allDone = sections.every((section) => section.status === 'completed');
  return [...sections, { id: 'summary', kind: 'summary', status: allDone ? 'completed' : 'not-started' }];
}
