/**
 * The budget's sections as NHS.UK task lists, in five groups that follow the order a plan
 * is usually made in. Statuses come from the domain (src/domain/sections.ts).
 */
import { useTranslation } from '../../hooks/use-translation';
import type { Section } from '../../../domain/sections';
import type { Budget } from '../../../domain/schema/budget';
import type { RateCard } from '../../../domain/schema/rate-card';
import { localise } from '../../../i18n/localise';
import { TaskList, type Task } from '../../components/task-list';
import { href, hrefAsOf } from '../../routes';
import type { MessageKey } from '../../../i18n/message-keys';

export interface BudgetTaskGroupsProps {
  readonly budget: Budget;
  readonly card: RateCard;
  readonly sections: readonly Section[];
  /** The as-at day chosen on the task list, carried to the summary; undefined for today. */
  readonly asOf?: string | undefined;
}

const GROUPS = [
  { id: 'about', kinds: ['about', 'outcomes'] },
  { id: 'domains', kinds: ['domain'] },
  { id: 'others', kinds: ['carers', 'expenses'] },
  { id: 'cover', kinds: ['risks', 'who-pays'] },
  { id: 'check', kinds: ['summary'] },
] as const;

export function BudgetTaskGroups({ budget, card, sections, asOf }: BudgetTaskGroupsProps) {
  const { t, i18n } = useTranslation();
  const budgetId = budget.id;

  const task = (section: Section): Task => {
    const base = { id: `task-${section.id.replace(':', '-')}`, status: section.status };
    switch (section.kind) {
      case 'about':
        return {
          ...base,
          name: t('budget.tasks.about'),
          hint: t('budget.tasks.aboutHint'),
          href: href({ page: 'about', budgetId }),
        };
      case 'outcomes':
        return {
          ...base,
          name: t('budget.tasks.outcomes'),
          hint: t('budget.tasks.outcomesHint'),
          href: href({ page: 'outcomes', budgetId }),
        };
      case 'domain': {
        const domainId = section.domainId ?? '';
        const domain = card.domains.find((candidate) => candidate.id === domainId);
        const needs = budget.lines.filter((line) => line.domain === domainId).length;
        // An expense put against an area is work there too, so the hint counts it.
        const costs = budget.expenses.filter((expense) => expense.domain === domainId).length;
        const hint = [
          ...(needs > 0 ? [t('budget.tasks.needs', { count: needs })] : []),
          ...(costs > 0 ? [t('budget.tasks.costs', { count: costs })] : []),
        ].join(', ');
        return {
          ...base,
          name: domain === undefined ? domainId : localise(domain.name, i18n.language),
          hint: hint === '' ? undefined : hint,
          href: href({ page: 'domain', budgetId, domainId }),
        };
      }
      case 'carers':
        return {
          ...base,
          name: t('budget.tasks.carers'),
          hint: t('budget.tasks.carersHint'),
          href: href({ page: 'carers', budgetId }),
        };
      case 'expenses':
        return {
          ...base,
          name: t('budget.tasks.expenses'),
          hint: t('budget.tasks.expensesHint'),
          href: href({ page: 'expenses', budgetId }),
        };
      case 'risks':
        return {
          ...base,
          name: t('budget.tasks.risks'),
          hint: t('budget.tasks.risksHint'),
          href: href({ page: 'risks', budgetId }),
        };
      case 'who-pays':
        return {
          ...base,
          name: t('budget.tasks.whoPays'),
          hint: t('budget.tasks.whoPaysHint'),
          href: href({ page: 'who-pays', budgetId }),
        };
      case 'summary':
        return {
          ...base,
          name: t('budget.tasks.summary'),
          hint: t('budget.tasks.summaryHint'),
          // The summary opens as at the day the task list shows.
          href: hrefAsOf({ page: 'summary', budgetId }, asOf),
        };
    }
  };

  return GROUPS.map((group) => {
    const kinds: readonly Section['kind'][] = group.kinds;
    const tasks = sections.filter((section) => kinds.includes(section.kind)).map(task);
    return (
      <section key={group.id} aria-labelledby={`group-${group.id}`}>
        <h2 className="nhsuk-heading-m" id={`group-${group.id}`}>
          {t(`budget.groups.${group.id}` as const satisfies MessageKey)}
        </h2>
        {group.id === 'domains' && <p className="nhsuk-body">{t('budget.groups.domainsIntro')}</p>}
        <TaskList tasks={tasks} />
      </section>
    );
  });
}
