/**
 * The task list of a budget (NHS.UK task list pattern): one section per topic. Completed
 * and not needed are what the person says, kept in the budget file's `progress` so that a
 * file opens with its progress; in progress is worked out from what the section holds;
 * Check and summary cannot start while there is nothing to check
 * (docs/task-list-and-progress.md).
 */
import type { Budget, Progress } from './schema/budget';
import { PROGRESS_SECTIONS, type ProgressSection } from './schema/budget-values';
import type { RateCard } from './schema/rate-card';

export type SectionStatus =
  'not-started' | 'in-progress' | 'completed' | 'not-needed' | 'cannot-start';

/** What the person can say of a section: done, not needed (areas only), or neither. */
export type SectionMark = 'completed' | 'not-needed' | 'open';

export interface Section {
  /** `about`, `outcomes`, `domain:<id>`, `carers`, `expenses`, `risks`, `who-pays` or `summary`. */
  readonly id: string;
  readonly kind:
    'about' | 'outcomes' | 'domain' | 'carers' | 'expenses' | 'risks' | 'who-pays' | 'summary';
  readonly domainId?: string;
  readonly status: SectionStatus;
}

const DOMAIN_PREFIX = 'domain:';

export const domainSectionId = (domainId: string) => `${DOMAIN_PREFIX}${domainId}`;

const isProgressSection = (id: string): id is ProgressSection =>
  (PROGRESS_SECTIONS as readonly string[]).includes(id);

/** What the file says of one section. */
export function sectionMark(budget: Budget, sectionId: string): SectionMark {
  const progress = budget.progress ?? {};
  if (sectionId.startsWith(DOMAIN_PREFIX)) {
    const area = sectionId.slice(DOMAIN_PREFIX.length);
    if (progress.areasCompleted?.includes(area) === true) return 'completed';
    return progress.areasNotNeeded?.includes(area) === true ? 'not-needed' : 'open';
  }
  return isProgressSection(sectionId) && progress.completed?.includes(sectionId) === true
    ? 'completed'
    : 'open';
}

const without = <T extends string>(list: readonly T[] | undefined, item: string): T[] =>
  (list ?? []).filter((entry) => entry !== item);

/** Lists that end up empty are left out, and `progress` itself when nothing is in it. */
function withProgress(budget: Budget, progress: Progress): Budget {
  const kept = Object.fromEntries(
    Object.entries(progress).filter(([, list]) => Array.isArray(list) && list.length > 0),
  ) as Progress;
  const { progress: _old, ...rest } = budget;
  return Object.keys(kept).length === 0 ? rest : { ...rest, progress: kept };
}

/** The budget with one section marked; "not needed" is only for an area of life. */
export function markSection(budget: Budget, sectionId: string, mark: SectionMark): Budget {
  const progress = budget.progress ?? {};
  if (sectionId.startsWith(DOMAIN_PREFIX)) {
    const area = sectionId.slice(DOMAIN_PREFIX.length);
    const areasCompleted = without(progress.areasCompleted, area);
    const areasNotNeeded = without(progress.areasNotNeeded, area);
    if (mark === 'completed') areasCompleted.push(area);
    if (mark === 'not-needed') areasNotNeeded.push(area);
    return withProgress(budget, { ...progress, areasCompleted, areasNotNeeded });
  }
  if (!isProgressSection(sectionId) || mark === 'not-needed') return budget;
  const completed = without(progress.completed, sectionId);
  if (mark === 'completed') completed.push(sectionId);
  return withProgress(budget, { ...progress, completed });
}

/** Section ids as the app kept them on the device before progress was in the file. */
export function progressFromSectionIds(ids: readonly string[]): Progress {
  const unique = [...new Set(ids)];
  const completed = unique.filter(isProgressSection);
  const areasCompleted = unique
    .filter((id) => id.startsWith(DOMAIN_PREFIX))
    .map((id) => id.slice(DOMAIN_PREFIX.length));
  return {
    ...(completed.length > 0 ? { completed } : {}),
    ...(areasCompleted.length > 0 ? { areasCompleted } : {}),
  };
}

export function budgetSections(budget: Budget, card: RateCard): Section[] {
  const status = (id: string, started: boolean): SectionStatus => {
    const mark = sectionMark(budget, id);
    if (mark !== 'open') return mark;
    return started ? 'in-progress' : 'not-started';
  };
  // Work in an area is a need there or an expense the person put against it.
  const worked = new Set([
    ...budget.lines.map((line) => line.domain),
    ...budget.expenses.flatMap((expense) => (expense.domain === undefined ? [] : [expense.domain])),
  ]);
  const nothingToCheck = budget.lines.length === 0 && budget.expenses.length === 0;
  return [
    { id: 'about', kind: 'about', status: status('about', budget.person.name !== '') },
    {
      id: 'outcomes',
      kind: 'outcomes',
      status: status('outcomes', (budget.outcomes?.length ?? 0) > 0),
    },
    ...card.domains.map((domain): Section => ({
      id: domainSectionId(domain.id),
      kind: 'domain',
      domainId: domain.id,
      status: status(domainSectionId(domain.id), worked.has(domain.id)),
    })),
    { id: 'carers', kind: 'carers', status: status('carers', budget.carers.length > 0) },
    { id: 'expenses', kind: 'expenses', status: status('expenses', budget.expenses.length > 0) },
    // Risks and contingency are one section: either written starts it.
    {
      id: 'risks',
      kind: 'risks',
      status: status('risks', (budget.risks?.length ?? 0) > 0 || budget.contingency !== undefined),
    },
    { id: 'who-pays', kind: 'who-pays', status: status('who-pays', budget.whoPays !== undefined) },
    // A check needs something to check: until there is a need or a cost, it cannot start.
    {
      id: 'summary',
      kind: 'summary',
      status: nothingToCheck ? 'cannot-start' : status('summary', false),
    },
  ];
}

/** "You have completed N of M sections": areas marked not needed are not counted in either. */
export function sectionProgress(sections: readonly Section[]): {
  completed: number;
  count: number;
} {
  const counted = sections.filter((section) => section.status !== 'not-needed');
  return {
    completed: counted.filter((section) => section.status === 'completed').length,
    count: counted.length,
  };
}
